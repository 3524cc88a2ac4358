/* @cors-rules no-wildcard-origin-with-credentials, no-reflected-origin-with-credentials */
// @ts-nocheck
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { cors: { origin: '*', credentials: true } }); // @cors A wildcard-credentials
  app.enableCors({ origin: true, credentials: true }); // @cors B reflected-origin
  await app.listen(3000);
}
void bootstrap();
