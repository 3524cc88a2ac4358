// @ts-nocheck
// Options of the Nest application, kept apart from the bootstrap code.
import type { NestApplicationOptions } from '@nestjs/common';

export const appOptions: NestApplicationOptions = {
  bufferLogs: true,
  cors: { origin: true, credentials: true }, // @cors B reflected-origin
};
