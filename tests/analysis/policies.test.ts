/**
 * The CORS-middleware model: which calls are CORS middleware (by import, never
 * by name), and what each options object amounts to under its library's rules.
 */
import parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { getCorsModel } from '../../src/analysis/model.js';
import { effectiveOrigin, LIBRARIES, type CorsPolicy } from '../../src/analysis/policies/index.js';
import { fileText } from '../../src/analysis/relevance.js';
import { libraryText } from '../../src/analysis/policies/registry.js';
import plugin from '../../src/index.js';

function sourceCodeOf(code: string, filename = 'file.ts'): Readonly<TSESLint.SourceCode> {
  let captured: Readonly<TSESLint.SourceCode> | undefined;
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js'],
        languageOptions: { parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
        plugins: {
          capture: {
            rules: {
              source: {
                create(context) {
                  captured = context.sourceCode as unknown as Readonly<TSESLint.SourceCode>;
                  return {};
                },
              },
            },
          },
        },
        rules: { 'capture/source': 'error' },
      },
    ],
    filename,
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
  if (!captured) throw new Error('no source code');
  return captured;
}

function policiesOf(code: string, filename?: string): readonly CorsPolicy[] {
  return getCorsModel(sourceCodeOf(code, filename)).policies?.policies ?? [];
}

/** `library origin[/callback] credentials -> effective` for each policy of a snippet. */
function summarize(code: string, filename?: string): string[] {
  return policiesOf(code, filename).map((p) => {
    const origin = p.origin.callback ? `${p.origin.kind}/${p.origin.callback.kind}` : p.origin.kind;
    return `${p.semantics.library} ${origin} credentials=${p.credentials.kind} -> ${effectiveOrigin(p)}`;
  });
}

describe('recognising CORS middleware by import', () => {
  it('cors: default import, renamed import, require, namespace import, per-route use', () => {
    expect(summarize(`import cors from 'cors';\napp.use(cors({ origin: true, credentials: true }));`)).toEqual([
      'cors echo credentials=on -> echo',
    ]);
    expect(summarize(`import allowCrossOrigin from 'cors';\napp.use(allowCrossOrigin({ origin: true, credentials: true }));`)).toEqual([
      'cors echo credentials=on -> echo',
    ]);
    expect(summarize(`const corsMiddleware = require('cors');\napp.use(corsMiddleware({ origin: true, credentials: true }));`)).toEqual([
      'cors echo credentials=on -> echo',
    ]);
    expect(summarize(`import * as cors from 'cors';\napp.use(cors({ origin: '*', credentials: true }));`)).toEqual([
      'cors any credentials=on -> wildcard',
    ]);
    expect(summarize(`import cors from 'cors';\napp.get('/x', cors({ origin: true }), handler);`)).toEqual([
      'cors echo credentials=off -> echo',
    ]);
  });

  it('does not take a function for the package because of its name', () => {
    expect(summarize(`function cors(options) { return options; }\napp.use(cors({ origin: true, credentials: true }));`)).toEqual([]);
    expect(summarize(`import { cors } from './middleware/cors';\napp.use(cors({ origin: true, credentials: true }));`)).toEqual([]);
    expect(summarize(`const cors = require('./cors');\napp.use(cors({ origin: '*', credentials: true }));`)).toEqual([]);
    expect(summarize(`import cors from 'cors';\nfunction f(cors) { app.use(cors({ origin: true, credentials: true })); }`)).toEqual([]);
    expect(summarize(`import { cors } from 'cors';\napp.use(cors({ origin: true, credentials: true }));`)).toEqual([]);
  });

  it('@koa/cors by ESM and CommonJS import', () => {
    expect(summarize(`import koaCors from '@koa/cors';\napp.use(koaCors({ credentials: true }));`)).toEqual(['@koa/cors any credentials=on -> echo']);
    expect(summarize(`const cors = require('@koa/cors');\napp.use(cors());`)).toEqual(['@koa/cors any credentials=off -> wildcard']);
    expect(summarize(`const cors = require('@koa/cors').default;\napp.use(cors({ origin: '*', credentials: true }));`)).toEqual([
      '@koa/cors any credentials=on -> echo',
    ]);
  });

  it('@fastify/cors registered as a plugin: default, named, required, imported dynamically', () => {
    const opts = `{ origin: '*', credentials: true }`;
    const expected = ['@fastify/cors any credentials=on -> wildcard'];
    expect(summarize(`import fastifyCors from '@fastify/cors';\nfastify.register(fastifyCors, ${opts});`)).toEqual(expected);
    expect(summarize(`import { fastifyCors } from '@fastify/cors';\nfastify.register(fastifyCors, ${opts});`)).toEqual(expected);
    expect(summarize(`fastify.register(require('@fastify/cors'), ${opts});`)).toEqual(expected);
    expect(summarize(`fastify.register(import('@fastify/cors'), ${opts});`)).toEqual(expected);
    expect(summarize(`await fastify.register(await import('@fastify/cors'), ${opts});`)).toEqual(expected);
    expect(summarize(`fastify.register(require('fastify-cors'), ${opts});`)).toEqual(expected);
    expect(summarize(`const cors = await import('@fastify/cors');\nfastify.register(cors, ${opts});`)).toEqual(expected);
    expect(summarize(`fastify.register((await import('@fastify/cors')).default, ${opts});`)).toEqual(expected);
    expect(summarize(`const mod = await import('@fastify/cors');\nfastify.register(mod.fastifyCors, ${opts});`)).toEqual(expected);
    expect(summarize(`const mod = await import('@fastify/helmet');\nfastify.register(mod.default, ${opts});`)).toEqual([]);
    expect(summarize(`import helmet from '@fastify/helmet';\nfastify.register(helmet, ${opts});`)).toEqual([]);
  });

  it('hono/cors by its named export only', () => {
    expect(summarize(`import { cors } from 'hono/cors';\napp.use('*', cors({ origin: '*', credentials: true }));`)).toEqual([
      'hono/cors any credentials=on -> wildcard',
    ]);
    expect(summarize(`import { cors as honoCors } from 'hono/cors';\napp.use('/api/*', honoCors());`)).toEqual(['hono/cors any credentials=off -> wildcard']);
    expect(summarize(`import { cors } from 'hono';\napp.use('*', cors({ origin: '*', credentials: true }));`)).toEqual([]);
  });

  it('NestJS: enableCors, NestFactory.create options, and the Fastify adapter', () => {
    expect(
      summarize(`import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\napp.enableCors({ origin: true, credentials: true });`),
    ).toEqual(['nestjs echo credentials=on -> echo']);
    expect(summarize(`import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule, { cors: { origin: '*', credentials: true } });`)).toEqual([
      'nestjs any credentials=on -> wildcard',
    ]);
    expect(summarize(`import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule, { cors: true });`)).toEqual([
      'nestjs any credentials=off -> wildcard',
    ]);
    expect(summarize(`import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule, { cors: false });`)).toEqual([]);
    expect(summarize(`import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule, { logger: false });`)).toEqual([]);
    const fastify = `import { NestFactory } from '@nestjs/core';\nimport { FastifyAdapter } from '@nestjs/platform-fastify';\n`;
    expect(summarize(`${fastify}const app = await NestFactory.create(AppModule, new FastifyAdapter(), { cors: { origin: ['*'], credentials: true } });`)).toEqual([
      '@fastify/cors any credentials=on -> wildcard',
    ]);
    expect(summarize(`${fastify}const adapter = new FastifyAdapter();\nconst app = await NestFactory.create(AppModule, adapter);\napp.enableCors({ origin: ['*'], credentials: true });`)).toEqual([
      '@fastify/cors any credentials=on -> wildcard',
    ]);
    expect(
      summarize(
        `import type { NestFastifyApplication } from '@nestjs/platform-fastify';\nexport function setup(app: NestFastifyApplication) {\n  app.enableCors({ origin: ['*'], credentials: true });\n}`,
      ),
    ).toEqual(['@fastify/cors any credentials=on -> wildcard']);
    expect(
      summarize(`import type { NestExpressApplication } from '@nestjs/platform-express';\nexport function setup(app: NestExpressApplication) {\n  app.enableCors({ origin: ['*'], credentials: true });\n}`),
    ).toEqual(['nestjs list credentials=on -> restricted']);
    // Express adapter: `cors` semantics, where ['*'] matches nothing.
    expect(summarize(`import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\napp.enableCors({ origin: ['*'], credentials: true });`)).toEqual([
      'nestjs list credentials=on -> restricted',
    ]);
    // A Nest application passed around, in a file of a Nest project (CommonJS too).
    expect(summarize(`import { INestApplication } from '@nestjs/common';\nexport function setup(app: INestApplication) { app.enableCors({ origin: true, credentials: true }); }`)).toEqual([
      'nestjs echo credentials=on -> echo',
    ]);
    expect(summarize(`const { NestFactory } = require('@nestjs/core');\nasync function main(app) { app.enableCors({ origin: true, credentials: true }); }`)).toEqual([
      'nestjs echo credentials=on -> echo',
    ]);
    // `enableCors` in a file that has nothing to do with NestJS.
    expect(summarize(`server.enableCors({ origin: true, credentials: true });`)).toEqual([]);
  });

  it('socket.io: new Server, the module called as a function, no cors option', () => {
    expect(summarize(`import { Server } from 'socket.io';\nconst io = new Server(httpServer, { cors: { origin: true, credentials: true } });`)).toEqual([
      'socket.io echo credentials=on -> echo',
    ]);
    expect(summarize(`const io = require('socket.io')(http, { cors: { origin: '*', credentials: true } });`)).toEqual(['socket.io any credentials=on -> wildcard']);
    expect(summarize(`const { Server: IO } = require('socket.io');\nconst io = new IO(3000, { cors: { origin: '*' } });`)).toEqual(['socket.io any credentials=off -> wildcard']);
    expect(summarize(`import { Server } from 'socket.io';\nconst io = new Server(httpServer);\nconst io2 = new Server(httpServer, { path: '/ws' });`)).toEqual([]);
    expect(summarize(`import { Server } from 'ws';\nconst wss = new Server({ cors: { origin: '*', credentials: true } });`)).toEqual([]);
  });

  it('Apollo Server: constructor and applyMiddleware options', () => {
    expect(summarize(`import { ApolloServer } from 'apollo-server';\nconst server = new ApolloServer({ typeDefs, cors: { origin: '*', credentials: true } });`)).toEqual([
      'apollo-server any credentials=on -> wildcard',
    ]);
    expect(
      summarize(`const { ApolloServer } = require('apollo-server-express');\nconst server = new ApolloServer({ typeDefs });\nserver.applyMiddleware({ app, cors: { origin: true, credentials: true } });`),
    ).toEqual(['apollo-server echo credentials=on -> echo']);
    expect(summarize(`import { ApolloServer } from 'apollo-server-express';\nconst server = new ApolloServer({ typeDefs });\nserver.applyMiddleware({ app, cors: false });`)).toEqual([]);
    expect(summarize(`const server = makeServer();\nserver.applyMiddleware({ app, cors: { origin: true, credentials: true } });`)).toEqual([]);
  });

  it('hapi: server and route cors options, ESM and CommonJS', () => {
    expect(summarize(`import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: 3000, routes: { cors: { credentials: true } } });`)).toEqual([
      '@hapi/hapi any credentials=on -> echo',
    ]);
    expect(summarize(`import { Server } from '@hapi/hapi';\nconst server = new Server({ routes: { cors: true } });`)).toEqual(['@hapi/hapi any credentials=off -> echo']);
    expect(
      summarize(`const Hapi = require('@hapi/hapi');\nconst server = Hapi.server({ port: 3000 });\nserver.route({ method: 'GET', path: '/', options: { cors: { origin: ['*'], credentials: true } }, handler });`),
    ).toEqual(['@hapi/hapi any credentials=on -> echo']);
    expect(
      summarize(
        `import Hapi from '@hapi/hapi';\nserver.route([\n  { method: 'GET', path: '/a', config: { cors: true } },\n  { method: 'GET', path: '/b', options: { cors: { origin: ['https://app.example.com'], credentials: true } } },\n]);`,
      ),
    ).toEqual(['@hapi/hapi any credentials=off -> echo', '@hapi/hapi list credentials=on -> restricted']);
    // `route()` of something else, in a file without hapi.
    expect(summarize(`import express from 'express';\nrouter.route({ options: { cors: { credentials: true } } });`)).toEqual([]);
  });

  it('h3: imported helpers, and auto-imported globals of Nuxt/Nitro only when undeclared', () => {
    expect(summarize(`import { handleCors } from 'h3';\nexport default defineEventHandler((event) => { handleCors(event, { origin: '*', credentials: true }); });`)).toEqual([
      'h3 any credentials=on -> wildcard',
    ]);
    expect(summarize(`import * as h3 from 'h3';\nh3.appendCorsHeaders(event, { origin: '*', credentials: true });`)).toEqual(['h3 any credentials=on -> wildcard']);
    expect(summarize(`export default defineEventHandler((event) => { appendCorsHeaders(event, { origin: '*', credentials: true }); });`)).toEqual([
      'h3 any credentials=on -> wildcard',
    ]);
    expect(summarize(`function handleCors(event, options) {}\nhandleCors(event, { origin: '*', credentials: true });`)).toEqual([]);
    expect(summarize(`import { handleCors } from './cors';\nhandleCors(event, { origin: '*', credentials: true });`)).toEqual([]);
  });
});

describe('library semantics', () => {
  const use = {
    cors: (o: string) => `import cors from 'cors';\napp.use(cors(${o}));`,
    koa: (o: string) => `import cors from '@koa/cors';\napp.use(cors(${o}));`,
    fastify: (o: string) => `import cors from '@fastify/cors';\nfastify.register(cors, ${o});`,
    hono: (o: string) => `import { cors } from 'hono/cors';\napp.use(cors(${o}));`,
    h3: (o: string) => `import { handleCors } from 'h3';\nhandleCors(event, ${o});`,
    hapi: (o: string) => `import Hapi from '@hapi/hapi';\nHapi.server({ routes: { cors: ${o} } });`,
    micro: (o: string) => `import microCors from 'micro-cors';\nexport default microCors(${o})(handler);`,
    next: (o: string) => `import NextCors from 'nextjs-cors';\nexport default async (req, res) => { await NextCors(req, res${o}); };`,
    kcors: (o: string) => `import cors from 'kcors';\napp.use(cors(${o}));`,
  };

  it("kcors: no or a falsy origin echoes, '*' stays literal with credentials, credentials are truthy", () => {
    expect(summarize(use.kcors(''))).toEqual(['kcors echo credentials=off -> echo']);
    expect(summarize(use.kcors(`{ credentials: 'yes' }`))).toEqual(['kcors echo credentials=on -> echo']);
    expect(summarize(use.kcors(`{ origin: null, credentials: true }`))).toEqual(['kcors echo credentials=on -> echo']);
    expect(summarize(use.kcors(`{ origin: '*', credentials: true }`))).toEqual(['kcors any credentials=on -> wildcard']);
    expect(summarize(use.kcors(`{ origin: () => '*', credentials: true }`))).toEqual(['kcors callback/allow-all credentials=on -> wildcard']);
    expect(summarize(use.kcors(`{ origin: true, credentials: true }`))).toEqual(['kcors unknown credentials=on -> unknown']);
    expect(summarize(use.kcors(`{ origin: 'https://app.example.com', credentials: true }`))).toEqual(['kcors fixed credentials=on -> restricted']);
    // An array is written as one header line per entry (broken), so its `'*'` is no wildcard; header options keep `*` as written.
    expect(summarize(use.kcors(`{ origin: ['https://app.example.com', '*'], credentials: true }`))).toEqual(['kcors list credentials=on -> restricted']);
    expect(policiesOf(use.kcors(`{ allowHeaders: '*', exposeHeaders: ['*'], allowMethods: 'GET', credentials: true }`))[0]!.headerWildcards.map((w) => w.header)).toEqual([
      'Access-Control-Allow-Headers',
      'Access-Control-Expose-Headers',
    ]);
  });

  it('nextjs-cors: the third argument means what it means to cors', () => {
    expect(summarize(use.next(''))).toEqual(['nextjs-cors any credentials=off -> wildcard']);
    expect(summarize(use.next(`, { origin: '*', credentials: true }`))).toEqual(['nextjs-cors any credentials=on -> wildcard']);
    expect(summarize(use.next(`, (req, cb) => cb(null, { origin: true, credentials: true })`))).toEqual(['nextjs-cors echo credentials=on -> echo']);
    const options = [`{ origin: true, credentials: true }`, `{ origin: true, credentials: 'yes' }`, `{ origin: ['https://app.example.com', '*'], credentials: true }`, `{ origin: false }`, `{ origin: (o, cb) => cb(null, o) }`];
    for (const o of options) expect(summarize(use.next(`, ${o}`))).toEqual(summarize(use.cors(o)).map((s) => s.replace(/^cors /, 'nextjs-cors ')));
  });

  it('micro-cors: credentials on by default, one static origin (no echo, no list, no pattern)', () => {
    expect(summarize(use.micro('')).concat(summarize(use.micro('{}')))).toEqual(['micro-cors any credentials=on -> wildcard', 'micro-cors any credentials=on -> wildcard']);
    expect(summarize(use.micro(`{ allowCredentials: undefined }`))).toEqual(['micro-cors any credentials=on -> wildcard']);
    expect(summarize(use.micro(`{ allowCredentials: false }`))).toEqual(['micro-cors any credentials=off -> wildcard']);
    expect(summarize(use.micro(`{ origin: 'https://app.example.com' }`))).toEqual(['micro-cors fixed credentials=on -> restricted']);
    expect(summarize(use.micro(`{ origin: true }`))).toEqual(['micro-cors unknown credentials=on -> unknown']);
    expect(summarize(use.micro(`{ origin: /example\\.com/ }`))).toEqual(['micro-cors unknown credentials=on -> unknown']);
    expect(summarize(use.micro(`{ origin: (o) => o }`))).toEqual(['micro-cors config credentials=on -> restricted']);
    expect(summarize(use.micro(`{ origin: process.env.ORIGIN }`))).toEqual(['micro-cors config credentials=on -> restricted']);
    // `credentials` is not a micro-cors option.
    expect(summarize(use.micro(`{ credentials: false }`))).toEqual(['micro-cors any credentials=on -> wildcard']);
  });

  it("['*'] with credentials: matches nothing in cors, any in @fastify/cors, an echo in hapi (with or without credentials), literal in hono and h3", () => {
    const options = `{ origin: ['*'], credentials: true }`;
    expect(summarize(use.cors(options))).toEqual(['cors list credentials=on -> restricted']);
    expect(summarize(use.fastify(options))).toEqual(['@fastify/cors any credentials=on -> wildcard']);
    expect(summarize(use.hapi(options))).toEqual(['@hapi/hapi any credentials=on -> echo']);
    expect(summarize(use.hapi(`{ origin: ['*'] }`))).toEqual(['@hapi/hapi any credentials=off -> echo']);
    expect(summarize(use.hono(options))).toEqual(['hono/cors list credentials=on -> restricted']);
    expect(summarize(use.h3(options))).toEqual(['h3 list credentials=on -> restricted']);
    expect(summarize(use.fastify(`{ origin: ['https://app.example.com', '*'], credentials: true }`))).toEqual(['@fastify/cors any credentials=on -> wildcard']);
  });

  it("'*' or no origin with credentials: sent literally, except by @koa/cors and hapi, which echo", () => {
    expect(summarize(use.cors(`{ credentials: true }`))).toEqual(['cors any credentials=on -> wildcard']);
    expect(summarize(use.cors(`{ origin: '*', credentials: true }`))).toEqual(['cors any credentials=on -> wildcard']);
    expect(summarize(use.koa(`{ credentials: true }`))).toEqual(['@koa/cors any credentials=on -> echo']);
    expect(summarize(use.koa(`{ origin: '*', credentials: true }`))).toEqual(['@koa/cors any credentials=on -> echo']);
    expect(summarize(use.koa(`{ origin: '*' }`))).toEqual(['@koa/cors any credentials=off -> wildcard']);
    expect(summarize(use.hono(`{ credentials: true }`))).toEqual(['hono/cors any credentials=on -> wildcard']);
    expect(summarize(use.h3(`{ credentials: true }`))).toEqual(['h3 any credentials=on -> wildcard']);
    expect(summarize(use.hapi(`{ credentials: true }`))).toEqual(['@hapi/hapi any credentials=on -> echo']);
    expect(summarize(use.hapi(`true`))).toEqual(['@hapi/hapi any credentials=off -> echo']);
  });

  it("hapi: 'ignore' always sends *, other plain strings are not valid hapi options", () => {
    expect(summarize(use.hapi(`{ origin: 'ignore', credentials: true }`))).toEqual(['@hapi/hapi any credentials=on -> wildcard']);
    expect(summarize(use.hapi(`{ origin: '*', credentials: true }`))).toEqual(['@hapi/hapi unknown credentials=on -> unknown']);
    expect(summarize(use.hapi(`false`))).toEqual([]);
  });

  it('origin: true echoes in cors and @fastify/cors, and means nothing known elsewhere', () => {
    expect(summarize(use.cors(`{ origin: true }`))).toEqual(['cors echo credentials=off -> echo']);
    expect(summarize(use.fastify(`{ origin: true, credentials: true }`))).toEqual(['@fastify/cors echo credentials=on -> echo']);
    expect(summarize(use.koa(`{ origin: true, credentials: true }`))).toEqual(['@koa/cors unknown credentials=on -> unknown']);
    expect(summarize(use.hono(`{ origin: true, credentials: true }`))).toEqual(['hono/cors unknown credentials=on -> unknown']);
  });

  it('origin: false | null | undefined | "" disables cors; Koa falls back to its default', () => {
    for (const value of ['false', 'null', 'undefined', "''"]) {
      expect(summarize(use.cors(`{ origin: ${value}, credentials: true }`))).toEqual(['cors disabled credentials=on -> disabled']);
    }
    expect(summarize(use.fastify(`{ origin: false, credentials: true }`))).toEqual(['@fastify/cors disabled credentials=on -> disabled']);
    expect(summarize(use.koa(`{ origin: false, credentials: true }`))).toEqual(['@koa/cors any credentials=on -> echo']);
  });

  it('fixed origins, lists, patterns and configuration restrict the origin', () => {
    expect(summarize(use.cors(`{ origin: 'https://app.example.com', credentials: true }`))).toEqual(['cors fixed credentials=on -> restricted']);
    expect(summarize(use.cors(`{ origin: ['https://a.example.com', 'https://b.example.com'], credentials: true }`))).toEqual(['cors list credentials=on -> restricted']);
    expect(summarize(use.cors(`{ origin: /^https:\\/\\/app\\.example\\.com$/, credentials: true }`))).toEqual(['cors pattern credentials=on -> restricted']);
    expect(summarize(use.cors(`{ origin: process.env.CORS_ORIGIN, credentials: true }`))).toEqual(['cors config credentials=on -> restricted']);
    expect(summarize(use.cors(`{ origin: process.env.CORS_ORIGINS.split(','), credentials: true }`))).toEqual(['cors config credentials=on -> restricted']);
    expect(summarize(`import cors from 'cors';\nimport { config } from './config';\napp.use(cors({ origin: config.origins, credentials: true }));`)).toEqual([
      'cors config credentials=on -> restricted',
    ]);
    expect(summarize(use.cors(`{ origin: [...allowed], credentials: true }`))).toEqual(['cors config credentials=on -> restricted']);
  });

  it('credentials: on only for true; unknown when computed or hidden in an unknown spread', () => {
    expect(summarize(use.cors(`{ origin: true, credentials: false }`))).toEqual(['cors echo credentials=off -> echo']);
    expect(summarize(use.cors(`{ origin: true, credentials: process.env.CREDS === '1' }`))).toEqual(['cors echo credentials=unknown -> echo']);
    // cors sends the credentials header for `true` only; Koa, @fastify/cors, hono and h3 for any truthy value.
    expect(summarize(use.cors(`{ origin: true, credentials: 'true' }`))).toEqual(['cors echo credentials=unknown -> echo']);
    expect(summarize(use.koa(`{ credentials: 'true' }`))).toEqual(['@koa/cors any credentials=on -> echo']);
    expect(summarize(use.koa(`{ credentials: (ctx) => ctx.path.startsWith('/api') }`))).toEqual(['@koa/cors any credentials=unknown -> wildcard']);
    expect(summarize(use.fastify(`{ origin: '*', credentials: 1 }`))).toEqual(['@fastify/cors any credentials=on -> wildcard']);
    expect(summarize(use.hono(`{ origin: '*', credentials: 0 }`))).toEqual(['hono/cors any credentials=off -> wildcard']);
    expect(summarize(use.cors(`{ ...defaults, origin: true }`))).toEqual(['cors echo credentials=unknown -> echo']);
    // The origin may come from the unknown spread: nothing can be said.
    expect(summarize(use.cors(`{ ...defaults, credentials: true }`))).toEqual([]);
    // A later unknown spread or computed key may replace what is written before it.
    expect(summarize(use.cors(`{ origin: '*', credentials: true, ...overrides }`))).toEqual([]);
    expect(summarize(use.cors(`{ credentials: true, origin: '*', [key]: value }`))).toEqual([]);
    expect(summarize(use.cors(`{ credentials: true, ...overrides, origin: '*' }`))).toEqual(['cors any credentials=unknown -> wildcard']);
    expect(summarize(use.cors(`{ ...defaults, origin: '*', credentials: true }`))).toEqual(['cors any credentials=on -> wildcard']);
    // Accessors are computed when read.
    expect(summarize(use.cors(`{ get origin() { return '*'; }, credentials: true }`))).toEqual([]);
  });

  it('origin functions: cors needs the callback parameter; @fastify/cors also takes a promise', () => {
    expect(summarize(use.cors(`{ origin: (origin) => true, credentials: true }`))).toEqual(['cors callback/unknown credentials=on -> restricted']);
    expect(summarize(use.cors(`{ origin: async (origin) => true, credentials: true }`))).toEqual(['cors callback/unknown credentials=on -> restricted']);
    expect(summarize(use.fastify(`{ origin: async (origin) => true, credentials: true }`))).toEqual(['@fastify/cors callback/allow-all credentials=on -> echo']);
    expect(summarize(use.fastify(`{ origin: (origin) => true, credentials: true }`))).toEqual(['@fastify/cors callback/unknown credentials=on -> restricted']);
    expect(summarize(use.fastify(`{ origin: (origin, cb) => cb(null, true), credentials: true }`))).toEqual(['@fastify/cors callback/allow-all credentials=on -> echo']);
  });

  it('@fastify/cors delegators decide per request: the options they hand back unchecked are judged', () => {
    expect(summarize(use.fastify(`{ delegator: (req, cb) => cb(null, { origin: true }) }`))).toEqual(['@fastify/cors echo credentials=off -> echo']);
    expect(summarize(use.fastify(`(instance) => (req, cb) => cb(null, { origin: true })`))).toEqual(['@fastify/cors echo credentials=off -> echo']);
    expect(summarize(use.fastify(`() => (req, cb) => cb(null, LIST.includes(req.headers.origin) ? { origin: true, credentials: true } : { origin: false })`))).toEqual([
      '@fastify/cors disabled credentials=off -> disabled',
    ]);
    // A delegator returning a promise (one parameter) is not read.
    expect(summarize(use.fastify(`{ delegator: async (req) => ({ origin: true, credentials: true }) }`))).toEqual([]);
  });
});

describe('following options', () => {
  it('through constants, spreads of known objects, TypeScript wrappers and typed constants', () => {
    expect(summarize(`import cors from 'cors';\nconst options = { origin: true, credentials: true };\napp.use(cors(options));`)).toEqual(['cors echo credentials=on -> echo']);
    expect(summarize(`import cors from 'cors';\nconst base = { credentials: true };\napp.use(cors({ ...base, origin: true }));`)).toEqual(['cors echo credentials=on -> echo']);
    expect(summarize(`import cors from 'cors';\nconst base = { origin: true, credentials: true };\napp.use(cors({ ...base, credentials: false }));`)).toEqual(['cors echo credentials=off -> echo']);
    expect(summarize(`import cors from 'cors';\nconst options = { origin: true, credentials: true } as const;\napp.use(cors(options));`)).toEqual(['cors echo credentials=on -> echo']);
    expect(
      summarize(`import cors, { type CorsOptions } from 'cors';\nconst options = { origin: '*', credentials: true } satisfies CorsOptions;\napp.use(cors(options));`),
    ).toEqual(['cors any credentials=on -> wildcard']);
    expect(summarize(`import cors, { CorsOptions } from 'cors';\nconst options: CorsOptions = { origin: true, credentials: true };\napp.use(cors(options));`)).toEqual([
      'cors echo credentials=on -> echo',
    ]);
    expect(summarize(`import cors from 'cors';\nconst ORIGIN = '*';\nconst CREDS = true;\napp.use(cors({ origin: ORIGIN, credentials: CREDS }));`)).toEqual([
      'cors any credentials=on -> wildcard',
    ]);
  });

  it('one module-level options object used by several calls gives one policy per call on the same object', () => {
    const policies = policiesOf(`import cors from 'cors';\nconst options = { origin: true, credentials: true };\napp.use(cors(options));\napp.options('*', cors(options));`);
    expect(policies).toHaveLength(2);
    expect(policies[0]!.options).toBe(policies[1]!.options);
    expect(policies[0]!.origin.property).toBe(policies[1]!.origin.property);
  });

  it('a variable that is reassigned is not followed', () => {
    expect(summarize(`import cors from 'cors';\nlet options = { origin: true, credentials: true };\noptions = load();\napp.use(cors(options));`)).toEqual([]);
  });

  it('skips what it cannot read without failing', () => {
    expect(summarize(`import cors from 'cors';\napp.use(cors(getOptions()));`)).toEqual([]);
    expect(summarize(`import cors from 'cors';\napp.use(cors(...args));`)).toEqual([]);
    expect(summarize(`import cors from 'cors';\napp.use(cors(makeDelegate()));`)).toEqual([]);
    expect(summarize(`import cors from 'cors';\napp.use(cors((req) => {}));`)).toEqual([]);
    expect(summarize(`import cors from 'cors';\napp.use(cors({ [key]: true, credentials: true }));`)).toEqual([]);
    expect(summarize(`import cors from 'cors';\napp.use(cors({ origin: getOrigin(), credentials: true }));`)).toEqual(['cors config credentials=on -> restricted']);
    expect(summarize(`import cors from '@koa/cors';\napp.use(cors({ origin, credentials: true }));`)).toEqual(['@koa/cors config credentials=on -> restricted']);
    expect(summarize(`import Hapi from '@hapi/hapi';\nHapi.server(config);\nserver.route(routes);\nserver.route({ options: getOptions() });`)).toEqual([]);
    expect(summarize(`import { Server } from 'socket.io';\nnew Server(...args);`)).toEqual([]);
    expect(summarize(`fastify.register();`)).toEqual([]);
  });
});

describe('options delegates', () => {
  const delegate = (body: string) => `import cors from 'cors';\nconst allowlist = ['https://app.example.com'];\napp.use(cors(${body}));`;

  it('options handed over without looking at the Origin are policies', () => {
    expect(summarize(delegate(`(req, callback) => callback(null, { origin: true, credentials: true })`))).toEqual(['cors echo credentials=on -> echo']);
    expect(summarize(delegate(`(req, callback) => { callback(null, { origin: req.header('Origin'), credentials: true }); }`))).toEqual(['cors echo credentials=on -> echo']);
    expect(summarize(delegate(`function (req, cb) { const origin = req.headers.origin; cb(null, { origin, credentials: true }); }`))).toEqual(['cors echo credentials=on -> echo']);
    expect(summarize(delegate(`(req, cb) => cb(null, { origin: '*' })`))).toEqual(['cors any credentials=off -> wildcard']);
    expect(
      summarize(`import cors from 'cors';\nfunction corsOptionsDelegate(req, callback) {\n  let corsOptions;\n  corsOptions = { origin: true, credentials: true };\n  callback(null, corsOptions);\n}\napp.use(cors(corsOptionsDelegate));`),
    ).toEqual(['cors echo credentials=on -> echo']);
  });

  it('options built behind an allowlist check of the Origin are trusted', () => {
    expect(
      summarize(
        delegate(`function (req, callback) {\n  let corsOptions;\n  if (allowlist.indexOf(req.header('Origin')) !== -1) {\n    corsOptions = { origin: true, credentials: true };\n  } else {\n    corsOptions = { origin: false };\n  }\n  callback(null, corsOptions);\n}`),
      ),
    ).toEqual(['cors disabled credentials=off -> disabled']);
    expect(summarize(delegate(`(req, cb) => { if (!allowlist.includes(req.headers.origin)) return cb(null, { origin: false }); cb(null, { origin: true, credentials: true }); }`))).toEqual([
      'cors disabled credentials=off -> disabled',
    ]);
    expect(summarize(delegate(`(req, cb) => cb(null, allowlist.includes(req.header('Origin')) ? { origin: true, credentials: true } : { origin: false })`))).toEqual([
      'cors disabled credentials=off -> disabled',
    ]);
    // A condition on the route does not restrict origins: the /api routes echo every origin.
    expect(summarize(delegate(`(req, cb) => cb(null, req.path.startsWith('/api') ? { origin: true, credentials: true } : { origin: false })`))).toEqual([
      'cors echo credentials=on -> echo',
      'cors disabled credentials=off -> disabled',
    ]);
    // Conditions on anything else (an environment switch) are not judged, as in origin callbacks.
    expect(summarize(delegate(`(req, cb) => cb(null, process.env.OPEN_CORS ? { origin: true, credentials: true } : { origin: false })`))).toEqual([]);
  });

  it('ignores objects that are not handed to the callback, and objects in nested functions', () => {
    expect(summarize(delegate(`(req, cb) => { log({ origin: true, credentials: true }); cb(null, options); }`))).toEqual([]);
    expect(summarize(delegate(`(req, cb) => { lookup(req, (err, site) => cb(null, { origin: true, credentials: true })); }`))).toEqual([]);
  });
});

describe('options defined in their own module', () => {
  it('the cors key of an exported application configuration, at any depth, and cors(config.cors)', () => {
    expect(summarize(`export default {\n  server: { port: 3000, cors: { origin: true, credentials: true } },\n};`)).toEqual(['cors echo credentials=on -> echo']);
    expect(summarize(`module.exports = { http: { cors: { origin: '*', credentials: true } } };`)).toEqual(['cors any credentials=on -> wildcard']);
    expect(summarize(`const config = { cors: { origin: true, credentials: true } };\nexport default config;`)).toEqual(['cors echo credentials=on -> echo']);
    expect(summarize(`import cors from 'cors';\nconst config = { port: 3000, cors: { origin: true, credentials: true } };\napp.use(cors(config.cors));`)).toEqual([
      'cors echo credentials=on -> echo',
    ]);
    // Not CORS options: no origin, or not under a `cors` key, or not exported.
    expect(summarize(`export const fetchDefaults = { request: { cors: { mode: 'cors', credentials: 'include' } } };`)).toEqual([]);
    expect(summarize(`export default { server: { proxy: { origin: true, credentials: true } } };`)).toEqual([]);
    expect(summarize(`const config = { server: { cors: { origin: true, credentials: true } } };\nstart(config);`)).toEqual([]);
  });

  it('exported CORS-shaped objects are judged under cors semantics', () => {
    expect(summarize(`module.exports = { origin: true, credentials: true };`, 'config/cors.js')).toEqual(['cors echo credentials=on -> echo']);
    expect(summarize(`export default { origin: '*', credentials: true };`)).toEqual(['cors any credentials=on -> wildcard']);
    expect(summarize(`import type { CorsOptions } from 'cors';\nexport const corsOptions: CorsOptions = { origin: true, credentials: true };`)).toEqual([
      'cors echo credentials=on -> echo',
    ]);
    expect(summarize(`export const corsOptions = { origin: true, credentials: true } as const;`)).toEqual(['cors echo credentials=on -> echo']);
    expect(summarize(`const corsOptions = { origin: true, credentials: true };\nmodule.exports = corsOptions;`)).toEqual(['cors echo credentials=on -> echo']);
    expect(summarize(`const corsOptions = { origin: true, credentials: true };\nexport { corsOptions };`)).toEqual(['cors echo credentials=on -> echo']);
    expect(summarize(`const corsOptions = { origin: true, credentials: true };\nmodule.exports = { corsOptions };`)).toEqual(['cors echo credentials=on -> echo']);
    expect(summarize(`exports.corsOptions = { origin: '*', methods: ['GET'] };`)).toEqual(['cors any credentials=off -> wildcard']);
    expect(summarize(`export const koaCorsOptions = { origin: '*', allowMethods: 'GET,POST' };`)).toEqual(['cors any credentials=off -> wildcard']);
    expect(summarize(`module.exports = { port: 3000, cors: { origin: true, credentials: true } };`)).toEqual(['cors echo credentials=on -> echo']);
    expect(summarize(`export default { port: 3000, cors: { origin: true, credentials: true } };`)).toEqual(['cors echo credentials=on -> echo']);
    expect(summarize(`export const config = { cors: { origin: '*', credentials: true } };`)).toEqual(['cors any credentials=on -> wildcard']);
  });

  it('typed as CorsOptions without being exported', () => {
    expect(summarize(`import type { CorsOptions } from 'cors';\nconst corsOptions: CorsOptions = { origin: true, credentials: true };`)).toEqual([
      'cors echo credentials=on -> echo',
    ]);
    expect(summarize(`import type { CorsOptions } from 'cors';\nconst corsOptions = { origin: '*', credentials: true } satisfies CorsOptions;`)).toEqual([
      'cors any credentials=on -> wildcard',
    ]);
    expect(summarize(`import type { FastifyCorsOptions } from '@fastify/cors';\nconst options = <FastifyCorsOptions>{ origin: true, credentials: true };`)).toEqual([
      'cors echo credentials=on -> echo',
    ]);
  });

  it('only objects with the CORS options shape, and only when exported or typed', () => {
    expect(summarize(`export default { origin: true, name: 'point' };`)).toEqual([]);
    expect(summarize(`export const vector = { origin: [0, 0], direction: [1, 0] };`)).toEqual([]);
    expect(summarize(`export default { credentials: true, methods: ['GET'] };`)).toEqual([]);
    expect(summarize(`const options = { origin: true, credentials: true };\nuse(options);`)).toEqual([]);
    expect(summarize(`function f() { return { origin: '*', credentials: true }; }`)).toEqual([]);
    expect(summarize(`export default { nested: { deeper: { origin: true, credentials: true } } };`)).toEqual([]);
    expect(summarize(`export const config = { cors: { origin: process.env.ORIGIN, credentials: true } };`)).toEqual(['cors config credentials=on -> restricted']);
  });

  it('an exported object also used by a call in the same module gives only the call', () => {
    expect(summarize(`import cors from '@koa/cors';\nexport const options = { origin: '*', credentials: true };\napp.use(cors(options));`)).toEqual([
      '@koa/cors any credentials=on -> echo',
    ]);
  });
});

describe('origin callbacks', () => {
  const node = (fn: string) => `import cors from 'cors';\nconst allowlist = ['https://app.example.com'];\napp.use(cors({ origin: ${fn}, credentials: true }));`;

  it('allow-all and echo callbacks echo; the permissive call is the node to report', () => {
    const [allowAll] = policiesOf(node(`(origin, callback) => callback(null, true)`));
    expect(allowAll!.origin.callback?.kind).toBe('allow-all');
    expect(effectiveOrigin(allowAll!)).toBe('echo');
    expect(allowAll!.origin.callback?.permissive?.type).toBe('CallExpression');
    expect(summarize(node(`(origin, cb) => cb(null, origin)`))).toEqual(['cors callback/echo credentials=on -> echo']);
    expect(summarize(node(`function (origin, cb) { if (!origin) return cb(null, true); cb(null, origin); }`))).toEqual(['cors callback/echo credentials=on -> echo']);
    expect(summarize(`import cors from 'cors';\nfunction check(origin, cb) { cb(null, true); }\napp.use(cors({ origin: check, credentials: true }));`)).toEqual([
      'cors callback/allow-all credentials=on -> echo',
    ]);
  });

  it('safe allowlist checks stay restricted', () => {
    for (const fn of [
      `function (origin, callback) { if (!origin || allowlist.includes(origin)) { callback(null, true); } else { callback(new Error('Not allowed by CORS')); } }`,
      `(origin, callback) => { if (allowlist.indexOf(origin) !== -1) callback(null, true); else callback(new Error('Not allowed')); }`,
      `(origin, callback) => callback(null, allowlist.includes(origin))`,
      `(origin, callback) => { if (!allowlist.includes(origin)) return callback(new Error('Not allowed')); callback(null, true); }`,
      `(origin, cb) => cb(null, new Set(allowlist).has(origin))`,
      `(origin, cb) => { if (origin === 'https://app.example.com') cb(null, origin); else cb(null, false); }`,
    ]) {
      expect(summarize(node(fn)), fn).toEqual(['cors callback/safe credentials=on -> restricted']);
    }
  });

  it('checks it cannot judge, or dev-only switches, are unknown (and restricted)', () => {
    expect(summarize(node(`(origin, cb) => { if (process.env.NODE_ENV !== 'production') cb(null, true); else cb(null, false); }`))).toEqual([
      'cors callback/unknown credentials=on -> restricted',
    ]);
    expect(summarize(node(`(origin, cb) => { isAllowed(origin).then((ok) => cb(null, ok)); }`))).toEqual(['cors callback/unknown credentials=on -> restricted']);
    expect(summarize(node(`(origin, cb) => cb(null, computed)`))).toEqual(['cors callback/unknown credentials=on -> restricted']);
  });

  it("callbacks that answer '*' send `*`, which Koa echoes with credentials", () => {
    expect(summarize(node(`(origin, cb) => cb(null, '*')`))).toEqual(['cors callback/allow-all credentials=on -> wildcard']);
    expect(summarize(`import { cors } from 'hono/cors';\napp.use(cors({ origin: () => '*', credentials: true }));`)).toEqual(['hono/cors callback/allow-all credentials=on -> wildcard']);
    expect(summarize(`import cors from '@koa/cors';\napp.use(cors({ origin: () => '*', credentials: true }));`)).toEqual(['@koa/cors callback/allow-all credentials=on -> echo']);
    expect(summarize(`import cors from '@koa/cors';\napp.use(cors({ origin: () => '*' }));`)).toEqual(['@koa/cors callback/allow-all credentials=off -> wildcard']);
  });

  it('weak checks are left to the origin-check rule', () => {
    expect(summarize(node(`(origin, cb) => { if (origin.endsWith('example.com')) cb(null, true); else cb(new Error('no')); }`))).toEqual([
      'cors callback/weak credentials=on -> restricted',
    ]);
  });

  it('Koa and Hono callbacks return the origin to send', () => {
    expect(summarize(`import cors from '@koa/cors';\nconst ALLOWED = ['https://app.example.com'];\napp.use(cors({ origin: (ctx) => (ALLOWED.includes(ctx.get('Origin')) ? ctx.get('Origin') : ''), credentials: true }));`)).toEqual([
      '@koa/cors callback/safe credentials=on -> restricted',
    ]);
    expect(summarize(`import cors from '@koa/cors';\napp.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));`)).toEqual([
      '@koa/cors callback/echo credentials=on -> echo',
    ]);
    expect(summarize(`import cors from '@koa/cors';\napp.use(cors({ origin: (ctx) => ctx.request.header.origin, credentials: true }));`)).toEqual([
      '@koa/cors callback/echo credentials=on -> echo',
    ]);
    expect(summarize(`import { cors } from 'hono/cors';\nconst ALLOWED = ['https://app.example.com'];\napp.use(cors({ origin: (origin) => (ALLOWED.includes(origin) ? origin : null), credentials: true }));`)).toEqual([
      'hono/cors callback/safe credentials=on -> restricted',
    ]);
    expect(summarize(`import { cors } from 'hono/cors';\napp.use(cors({ origin: (origin) => origin, credentials: true }));`)).toEqual([
      'hono/cors callback/echo credentials=on -> echo',
    ]);
    expect(summarize(`import { cors } from 'hono/cors';\napp.use(cors({ origin: (origin, c) => { return origin; }, credentials: true }));`)).toEqual([
      'hono/cors callback/echo credentials=on -> echo',
    ]);
  });

  it('h3 callbacks return whether the origin is allowed', () => {
    expect(summarize(`import { handleCors } from 'h3';\nhandleCors(event, { origin: (origin) => true, credentials: true });`)).toEqual(['h3 callback/allow-all credentials=on -> echo']);
    expect(summarize(`import { handleCors } from 'h3';\nconst allowed = ['https://app.example.com'];\nhandleCors(event, { origin: (origin) => allowed.includes(origin), credentials: true });`)).toEqual([
      'h3 callback/safe credentials=on -> restricted',
    ]);
  });
});

describe('nodes kept for reports and fixes', () => {
  it('the cors key and the options as written', () => {
    const [policy] = policiesOf(`import Hapi from '@hapi/hapi';\nHapi.server({ routes: { cors: true } });`);
    expect(policy!.corsProperty?.key).toMatchObject({ name: 'cors' });
    expect(policy!.written).toMatchObject({ type: 'Literal', value: true });
    expect(policy!.options).toBeNull();
    const [fromCall] = policiesOf(`import cors from 'cors';\nconst options = { origin: '*' };\napp.use(cors(options));`);
    expect(fromCall!.corsProperty).toBeNull();
    expect(fromCall!.written).toMatchObject({ type: 'Identifier', name: 'options' });
    expect(fromCall!.options?.type).toBe('ObjectExpression');
    expect(fromCall!.origin.wildcard).toMatchObject({ type: 'Literal', value: '*' });
  });
});

describe('odd code', () => {
  const snippets = [
    `import cors from 'cors';\napp.use(cors(undefined), cors(null), cors(true), cors({}), cors\`x\`);`,
    `import cors from 'cors';\napp.use(cors({ origin: [, ...x, '*'], credentials: true }), cors({ origin: 42 }), cors({ origin: Symbol() }));`,
    `import cors from 'cors';\napp.use(cors({ origin: (o, ...rest) => rest[0](null, true), credentials: true }), cors({ origin: ({ x }, cb) => cb(null, true) }));`,
    `import cors from 'cors';\napp.use(cors({ origin: function* (o, cb) { yield cb(null, true); }, credentials: true }));`,
    `import cors from 'cors';\napp.use(cors((req, cb) => cb()), cors((req) => ({ origin: true })), cors(function (req, cb) { cb(null, cb); }));`,
    `import cors from 'cors';\nnew cors({ origin: true, credentials: true });\ncors.call(null, { origin: true, credentials: true });`,
    `import Hapi from '@hapi/hapi';\nHapi.server();\nHapi.server(null);\nHapi.server({ routes: null });\nserver.route();\nserver.route([null, , ...r, 1, { options: null }, { options: { cors: [] } }]);`,
    `import { NestFactory } from '@nestjs/core';\nNestFactory.create();\nNestFactory.create(AppModule, null);\nNestFactory.create(AppModule, ...opts);\napp.enableCors(...x);`,
    `import { Server } from 'socket.io';\nnew Server();\nnew Server(http, { cors: null });\nnew Server(...args);`,
    `import { handleCors } from 'h3';\nhandleCors();\nhandleCors(event, null);`,
    `fastify.register(require('@fastify/cors'), (instance) => (req, cb) => cb(null, { origin: true }));\nfastify.register(require(name), { origin: '*' });`,
    `module.exports = { cors: { origin: true, credentials: true }, other: { origin: '*', methods: 'GET' } };\nexports = { origin: true, credentials: true };`,
    `export default { ...rest, origin: '*', credentials: true, get methods() { return 'GET'; } };`,
    `import cors from 'cors';\nconst a = { ...b };\nconst b = { ...a, origin: true, credentials: true };\napp.use(cors(b));`,
  ];
  const linter = new Linter({ configType: 'flat' });
  const ruleNames = ['no-reflected-origin-with-credentials', 'no-wildcard-origin-with-credentials', 'no-permissive-origin', 'no-null-origin', 'no-permissive-origin-check'];
  for (const code of snippets) {
    it(`lints without failing: ${code.split('\n').at(-1)!.slice(0, 60)}`, () => {
      const messages = linter.verify(
        code,
        [
          {
            files: ['**/*.ts'],
            languageOptions: { parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
            plugins: { cors: plugin as never },
            settings: { cors: { allowedOrigins: ['https://app.example.com', 'https://admin.example.com'] } },
            rules: Object.fromEntries(ruleNames.map((name) => [`cors/${name}`, 'error'])),
          },
        ],
        'file.ts',
      );
      expect(messages.filter((m) => m.fatal || m.ruleId === null)).toEqual([]);
    });
  }
});

describe('libraries reached through others', () => {
  it('Nest gateways hand their cors option to socket.io; tRPC takes the cors package as middleware', () => {
    expect(summarize(`import { WebSocketGateway } from '@nestjs/websockets';\n@WebSocketGateway(81, { namespace: 'chat', cors: { origin: true, credentials: true } })\nexport class ChatGateway {}`)).toEqual([
      '@nestjs/websockets echo credentials=on -> echo',
    ]);
    expect(summarize(`import { WebSocketGateway } from '@nestjs/websockets';\n@WebSocketGateway({ transports: ['websocket'] })\nexport class ChatGateway {}`)).toEqual([]);
    expect(summarize(`import { WebSocketGateway } from './decorators';\n@WebSocketGateway({ cors: { origin: true, credentials: true } })\nexport class ChatGateway {}`)).toEqual([]);
    expect(
      summarize(`import cors from 'cors';\nimport { createHTTPServer } from '@trpc/server/adapters/standalone';\ncreateHTTPServer({ router, middleware: cors({ origin: true, credentials: true }) });`),
    ).toEqual(['cors echo credentials=on -> echo']);
  });
});

describe('the library registry', () => {
  /** The CommonJS form of an example: `import x from 'm'` → `const x = require('m')`. */
  function asRequire(example: string): string {
    return example
      .replace(/import (\w+) from ('[^']+')/g, 'const $1 = require($2)')
      .replace(/import \{ ([^}]+) \} from ('[^']+')/g, (_, names: string, source: string) => `const { ${names.replace(/ as /g, ': ')} } = require(${source})`);
  }

  const cases = LIBRARIES.flatMap((library) => library.modules.map((module) => ({ library, module })));

  it.each(cases)('finds $library.id imported as $module, and its file passes the text gate', ({ library, module }) => {
    const code = library.example.replaceAll('MODULE', module);
    expect(code).toContain(`'${module}'`);
    expect(fileText(sourceCodeOf(code)).usesLibrary(undefined)).toBe(true);
    expect(policiesOf(code).map((p) => p.semantics.library)).toContain(library.id);
    const required = asRequire(code);
    expect(fileText(sourceCodeOf(required)).usesLibrary(undefined)).toBe(true);
    expect(policiesOf(required).map((p) => p.semantics.library)).toContain(library.id);
  });

  it('the gate of a list of libraries lets through exactly their modules', () => {
    const [first, ...rest] = LIBRARIES;
    const gate = libraryText(rest);
    for (const module of first!.modules) expect(gate.test(`import x from '${module}';`)).toBe(false);
    for (const library of rest) for (const module of library.modules) expect(gate.test(`const x = require('${module}');`)).toBe(true);
  });

  it('every library has its own identifier and semantics', () => {
    const ids = LIBRARIES.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const library of LIBRARIES) expect(library.semantics.library).toBe(library.id);
  });
});
