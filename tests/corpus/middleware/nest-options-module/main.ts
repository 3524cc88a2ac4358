// @ts-nocheck
// The application options come from ./app-options.ts: this file never names CORS.
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { appOptions } from './app-options';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, appOptions); // @cors A reflected-origin
  await app.listen(3000);
}
bootstrap();
