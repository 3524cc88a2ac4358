// @ts-nocheck
// Options of the Nest application: logging only.
import type { NestApplicationOptions } from '@nestjs/common';

export const appOptions: NestApplicationOptions = {
  bufferLogs: true,
};
