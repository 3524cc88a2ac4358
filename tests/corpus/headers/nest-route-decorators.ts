// @ts-nocheck
import { Controller, Get, Header, Post } from '@nestjs/common';

const CREDENTIALS = 'Access-Control-Allow-Credentials';

@Controller('account')
export class AccountController {
  @Get('me')
  @Header('Access-Control-Allow-Origin', '*') // @cors A wildcard-credentials
  @Header(CREDENTIALS, 'true') // @cors A
  me() {
    return { id: 1 };
  }

  @Post('settings')
  @Header('Access-Control-Allow-Origin', 'https://app.example.com')
  @Header(CREDENTIALS, 'TRUE') // @cors B invalid-credentials-value fix
  save() {
    return { ok: true };
  }

  @Get('status')
  @Header('Access-Control-Allow-Origin', '*')
  status() {
    return { up: true };
  }
}
