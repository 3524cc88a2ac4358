/**
 * Options of a CORS library imported from a module of the project, in a file
 * that never says `cors` itself (`new Server(server, ioOptions)`,
 * `NestFactory.create(AppModule, appOptions)`): the options are judged where
 * they are used and reported there, never edited from there. The modules are
 * written to a temporary directory and the cases are linted as files in it.
 */
import path from 'node:path';
import noReflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import noWildcard from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { temporaryProjects } from '../temp-project.js';
import { assertionOptions, corsSettings, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const project = temporaryProjects('cors-options-modules-');
const dir = project({
  'io-options.js': `exports.ioOptions = {\n  pingTimeout: 20000,\n  cors: {\n    origin: true,\n    credentials: true,\n  },\n};\n`,
  'io-wildcard.js': `exports.ioOptions = { cors: { origin: '*', credentials: true } };\n`,
  'io-plain.js': `exports.ioOptions = { pingTimeout: 20000, transports: ['websocket'] };\n`,
  'io-pinned.js': `exports.ioOptions = { cors: { origin: 'https://app.example.com', credentials: true } };\n`,
  'app-options.ts': `export const appOptions = { bufferLogs: true, cors: { origin: true, credentials: true } };\n`,
  // An index that re-exports the options from a module of its own.
  'config/index.ts': `export * from './server';\n`,
  'config/server.ts': `export const serverOptions = { cors: { origin: true, credentials: true } };\n`,
});
const filename = path.join(dir, 'server.ts');
const ruleTester = createRuleTester();
const oneOrigin = corsSettings({ allowedOrigins: ['https://app.example.com'] });

const socket = (module: string) => `const http = require('http');
const { Server } = require('socket.io');
const { ioOptions } = require('./${module}');
const server = http.createServer();
const io = new Server(server, ioOptions);`;

const nest = `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { appOptions } from './app-options';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, appOptions);
  await app.listen(3000);
}`;

const reexported = `import { Server } from 'socket.io';
import { serverOptions } from './config';
export const io = new Server(3001, serverOptions);`;

ruleTester.run('no-reflected-origin-with-credentials: options imported from a module of the project', noReflected, {
  assertionOptions,
  valid: [
    // The module configures no CORS, or a pinned origin; or it cannot be read.
    { filename, code: socket('io-plain') },
    { filename, code: socket('io-pinned') },
    { filename, code: socket('missing') },
    // Without a file name, no module is read.
    socket('io-options'),
  ],
  invalid: [
    {
      filename,
      code: socket('io-options'),
      // Never edited from here, even with the allowed origins known: the options belong to another module.
      settings: oneOrigin,
      output: null,
      errors: [{ messageId: 'reflectedOption', ...at(socket('io-options'), 'new Server(server, ioOptions)') }],
    },
    {
      filename,
      code: nest,
      output: null,
      errors: [{ messageId: 'reflectedOption', ...at(nest, 'NestFactory.create(AppModule, appOptions)') }],
    },
    {
      filename,
      code: reexported,
      output: null,
      errors: [{ messageId: 'reflectedOption', ...at(reexported, 'new Server(3001, serverOptions)') }],
    },
  ],
});

ruleTester.run('no-wildcard-origin-with-credentials: options imported from a module of the project', noWildcard, {
  assertionOptions,
  valid: [{ filename, code: socket('io-pinned') }, { filename, code: socket('io-plain') }],
  invalid: [
    {
      filename,
      code: socket('io-wildcard'),
      output: null,
      errors: [{ messageId: 'wildcardPolicy', ...at(socket('io-wildcard'), 'new Server(server, ioOptions)') }],
    },
  ],
});
