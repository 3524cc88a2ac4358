import rule from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at, ONE_ORIGIN, TWO_ORIGINS } from './middleware-cases.js';

const ruleTester = createRuleTester();

const CORS = `import cors from 'cors';\n`;

// CORS middleware that sends `*` literally together with credentials (browsers reject it).
ruleTester.run('no-wildcard-origin-with-credentials (CORS middleware)', rule, {
  assertionOptions,
  valid: [
    `${CORS}app.use(cors({ origin: '*' }));`,
    `${CORS}app.use(cors());`,
    `${CORS}app.use(cors({ origin: '*', credentials: false }));`,
    `${CORS}app.use(cors({ origin: 'https://app.example.com', credentials: true }));`,
    `${CORS}app.use(cors({ origin: process.env.CORS_ORIGIN, credentials: true }));`,
    `${CORS}app.use(cors({ origin: false, credentials: true }));`,
    `${CORS}app.use(cors({ origin: null, credentials: true }));`,
    // cors: ['*'] matches nothing; hono and h3 compare '*' literally.
    `${CORS}app.use(cors({ origin: ['*'], credentials: true }));`,
    `import { cors } from 'hono/cors';\napp.use(cors({ origin: ['*'], credentials: true }));`,
    `import { handleCors } from 'h3';\nhandleCors(event, { origin: ['*'], credentials: true });`,
    // @koa/cors and hapi echo instead: no-reflected-origin-with-credentials reports them.
    `import cors from '@koa/cors';\napp.use(cors({ origin: '*', credentials: true }));`,
    `import cors from '@koa/cors';\napp.use(cors({ credentials: true }));`,
    `import Hapi from '@hapi/hapi';\nHapi.server({ routes: { cors: { origin: ['*'], credentials: true } } });`,
    // Echo with credentials: the reflected-origin rule.
    `${CORS}app.use(cors({ origin: true, credentials: true }));`,
    `import cors from '@koa/cors';\napp.use(cors({ origin: () => '*', credentials: true }));`,
    // Credentials unknown.
    `${CORS}app.use(cors({ origin: '*', credentials: process.env.CORS_CREDENTIALS === 'true' }));`,
    `${CORS}app.use(cors({ ...shared, origin: '*' }));`,
    // Look-alikes.
    `function cors(options) { return options; }\napp.use(cors({ origin: '*', credentials: true }));`,
    `import { cors } from 'hono';\napp.use(cors({ origin: '*', credentials: true }));`,
    `import helmet from '@fastify/helmet';\nfastify.register(helmet, { origin: '*', credentials: true });`,
    `function handleCors(event, options) {}\nhandleCors(event, { origin: '*', credentials: true });`,
    `const fetchInit = { origin: '*', credentials: 'include' };\nexport default fetchInit;`,
    // Unreadable shapes.
    `${CORS}app.use(cors(loadOptions()));`,
    `${CORS}app.use(cors(...args));`,
    `${CORS}app.use(cors(optionsFor(tenant)));`,
  ],
  invalid: [
    (() => {
      const code = `${CORS}app.use(cors({ origin: '*', credentials: true }));`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: 'cors', option: 'origin' },
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: `${CORS}app.use(cors({ origin: '*' }));` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ origin: '*', credentials: true }));`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `${CORS}app.use(cors({ origin: ['https://app.example.com'], credentials: true }));`,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: `${CORS}app.use(cors({ origin: '*' }));` }],
          },
        ],
      };
    })(),
    (() => {
      // No origin option: the default `*`; reported on the credentials option, origin inserted first.
      const code = `const corsMiddleware = require("cors");\napp.use(\n  corsMiddleware({\n    credentials: true,\n    methods: ["GET", "POST"],\n  }),\n);`;
      return {
        code,
        settings: TWO_ORIGINS,
        output: `const corsMiddleware = require("cors");\napp.use(\n  corsMiddleware({\n    origin: ["https://app.example.com", "https://admin.example.com"],\n    credentials: true,\n    methods: ["GET", "POST"],\n  }),\n);`,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, 'credentials: true'),
            suggestions: [
              {
                messageId: 'removeCredentialsOption' as const,
                output: `const corsMiddleware = require("cors");\napp.use(\n  corsMiddleware({\n    methods: ["GET", "POST"],\n  }),\n);`,
              },
            ],
          },
        ],
      };
    })(),
    (() => {
      // Per-route, options through a constant and a spread, the `*` from a constant.
      const code = `${CORS}const ANY = '*';\nconst base = { origin: ANY };\nconst options = { ...base, credentials: true };\napp.get('/me', cors(options), me);\napp.post('/me', cors(options), update);`;
      return {
        code,
        settings: ONE_ORIGIN,
        // Shared options stay as they are: each use gets the origin.
        output: `${CORS}const ANY = '*';\nconst base = { origin: ANY };\nconst options = { ...base, credentials: true };\napp.get('/me', cors({ ...options, origin: ['https://app.example.com'] }), me);\napp.post('/me', cors({ ...options, origin: ['https://app.example.com'] }), update);`,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `'*'`),
            suggestions: [
              {
                messageId: 'removeCredentialsOption' as const,
                output: `${CORS}const ANY = '*';\nconst base = { origin: ANY };\nconst options = { ...base };\napp.get('/me', cors(options), me);\napp.post('/me', cors(options), update);`,
              },
            ],
          },
        ],
      };
    })(),
    (() => {
      // TypeScript: typed options in their own module.
      const code = `import type { CorsOptions } from 'cors';\n\nexport const corsOptions: CorsOptions = {\n  origin: '*',\n  credentials: true,\n} satisfies CorsOptions;`;
      return {
        code,
        settings: ONE_ORIGIN,
        // Exported options serve every importer: the origin is a suggestion, not an autofix.
        output: null,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `'*'`),
            suggestions: [
              { messageId: 'useAllowedOrigins' as const, output: `import type { CorsOptions } from 'cors';\n\nexport const corsOptions: CorsOptions = {\n  origin: ['https://app.example.com'],\n  credentials: true,\n} satisfies CorsOptions;` },
              { messageId: 'removeCredentialsOption' as const, output: `import type { CorsOptions } from 'cors';\n\nexport const corsOptions: CorsOptions = {\n  origin: '*',\n} satisfies CorsOptions;` },
            ],
          },
        ],
      };
    })(),
    (() => {
      const code = `export default { origin: '*', credentials: true, maxAge: 86400 };`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: `export default { origin: '*', maxAge: 86400 };` }],
          },
        ],
      };
    })(),
    (() => {
      // An options delegate.
      const code = `${CORS}app.use(cors((req, callback) => callback(null, { origin: '*', credentials: true })));`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: `${CORS}app.use(cors((req, callback) => callback(null, { origin: '*' })));` }],
          },
        ],
      };
    })(),
    (() => {
      // An origin callback that answers '*'.
      const code = `${CORS}app.use(cors({ origin: (origin, callback) => callback(null, '*'), credentials: true }));`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `${CORS}app.use(cors({ origin: ['https://app.example.com'], credentials: true }));`,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: `${CORS}app.use(cors({ origin: (origin, callback) => callback(null, '*') }));` }],
          },
        ],
      };
    })(),
    // @fastify/cors: a list containing '*' is `*`.
    (() => {
      const code = `import fastifyCors from '@fastify/cors';\nawait fastify.register(fastifyCors, {\n  origin: ['https://app.example.com', '*'],\n  credentials: true,\n});`;
      return {
        code,
        settings: TWO_ORIGINS,
        output: `import fastifyCors from '@fastify/cors';\nawait fastify.register(fastifyCors, {\n  origin: ['https://app.example.com', 'https://admin.example.com'],\n  credentials: true,\n});`,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: '@fastify/cors', option: 'origin' },
            ...at(code, `'*'`),
            suggestions: [
              { messageId: 'removeCredentialsOption' as const, output: `import fastifyCors from '@fastify/cors';\nawait fastify.register(fastifyCors, {\n  origin: ['https://app.example.com', '*'],\n});` },
            ],
          },
        ],
      };
    })(),
    (() => {
      const code = `fastify.register(import('@fastify/cors'), { origin: ['*'], credentials: true });`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: `fastify.register(import('@fastify/cors'), { origin: ['*'] });` }],
          },
        ],
      };
    })(),
    // hono/cors
    (() => {
      const code = `import { cors } from 'hono/cors';\napp.use('/api/*', cors({ origin: '*', credentials: true }));`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `import { cors } from 'hono/cors';\napp.use('/api/*', cors({ origin: ['https://app.example.com'], credentials: true }));`,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: 'hono/cors', option: 'origin' },
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: `import { cors } from 'hono/cors';\napp.use('/api/*', cors({ origin: '*' }));` }],
          },
        ],
      };
    })(),
    // h3: imported, and auto-imported in a Nuxt server route.
    (() => {
      const code = `import { handleCors } from 'h3';\nexport default defineEventHandler((event) => {\n  if (handleCors(event, { origin: '*', credentials: true })) return;\n});`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: 'h3 CORS', option: 'origin' },
            ...at(code, `'*'`),
            suggestions: [
              { messageId: 'removeCredentialsOption' as const, output: `import { handleCors } from 'h3';\nexport default defineEventHandler((event) => {\n  if (handleCors(event, { origin: '*' })) return;\n});` },
            ],
          },
        ],
      };
    })(),
    (() => {
      const code = `export default defineEventHandler((event) => {\n  appendCorsHeaders(event, { credentials: true });\n});`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `export default defineEventHandler((event) => {\n  appendCorsHeaders(event, { origin: ['https://app.example.com'], credentials: true });\n});`,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, 'credentials: true'),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: `export default defineEventHandler((event) => {\n  appendCorsHeaders(event, {});\n});` }],
          },
        ],
      };
    })(),
    // NestJS, Express and Fastify adapters.
    (() => {
      const code = `import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule, { cors: { origin: '*', credentials: true } });`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: 'NestJS', option: 'origin' },
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: `import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule, { cors: { origin: '*' } });` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `import { NestFactory } from '@nestjs/core';\nimport { FastifyAdapter } from '@nestjs/platform-fastify';\nconst app = await NestFactory.create(AppModule, new FastifyAdapter());\napp.enableCors({ origin: ['*'], credentials: true });`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `import { NestFactory } from '@nestjs/core';\nimport { FastifyAdapter } from '@nestjs/platform-fastify';\nconst app = await NestFactory.create(AppModule, new FastifyAdapter());\napp.enableCors({ origin: ['https://app.example.com'], credentials: true });`,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: '@fastify/cors', option: 'origin' },
            ...at(code, `'*'`),
            suggestions: [
              {
                messageId: 'removeCredentialsOption' as const,
                output: `import { NestFactory } from '@nestjs/core';\nimport { FastifyAdapter } from '@nestjs/platform-fastify';\nconst app = await NestFactory.create(AppModule, new FastifyAdapter());\napp.enableCors({ origin: ['*'] });`,
              },
            ],
          },
        ],
      };
    })(),
    // socket.io and Apollo Server
    (() => {
      const code = `const io = require('socket.io')(server, { cors: { origin: '*', credentials: true } });`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: 'socket.io', option: 'origin' },
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: `const io = require('socket.io')(server, { cors: { origin: '*' } });` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `import { ApolloServer } from 'apollo-server-express';\nconst server = new ApolloServer({ typeDefs });\nserver.applyMiddleware({ app, cors: { credentials: true } });`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `import { ApolloServer } from 'apollo-server-express';\nconst server = new ApolloServer({ typeDefs });\nserver.applyMiddleware({ app, cors: { origin: ['https://app.example.com'], credentials: true } });`,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: 'Apollo Server', option: 'origin' },
            ...at(code, 'credentials: true'),
            suggestions: [
              { messageId: 'removeCredentialsOption' as const, output: `import { ApolloServer } from 'apollo-server-express';\nconst server = new ApolloServer({ typeDefs });\nserver.applyMiddleware({ app, cors: {} });` },
            ],
          },
        ],
      };
    })(),
    // hapi's 'ignore' always sends `*`.
    (() => {
      const code = `const Hapi = require('@hapi/hapi');\nconst server = Hapi.server({ routes: { cors: { origin: 'ignore', credentials: true } } });`;
      return {
        code,
        settings: TWO_ORIGINS,
        output: `const Hapi = require('@hapi/hapi');\nconst server = Hapi.server({ routes: { cors: { origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true } } });`,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: 'hapi', option: 'origin' },
            ...at(code, `'ignore'`),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: `const Hapi = require('@hapi/hapi');\nconst server = Hapi.server({ routes: { cors: { origin: 'ignore' } } });` }],
          },
        ],
      };
    })(),
  ],
});
