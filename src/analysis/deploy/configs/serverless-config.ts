/**
 * A Serverless Framework configuration written in TypeScript or JavaScript
 * (`serverless.ts`): the same `functions[].events[].http.cors` and
 * `provider.httpApi.cors` as `serverless.yml`, read by the same module.
 */
import { serverless } from '../files/serverless.js';
import type { ConfigSource } from './types.js';

export const serverlessConfig: ConfigSource = {
  keys: ['functions', 'provider'],
  read: (config) => serverless.read(config),
};
