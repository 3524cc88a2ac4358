import rule from '../../src/rules/no-reflected-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at, ONE_ORIGIN, TWO_ORIGINS } from './middleware-cases.js';

const ruleTester = createRuleTester();

const CORS = `import cors from 'cors';\n`;
const KOA = `import cors from '@koa/cors';\n`;
const ALLOWLIST = `const allowlist = ['https://app.example.com', 'https://admin.example.com'];\n`;

// CORS middleware whose options echo any origin while allowing credentials.
ruleTester.run('no-reflected-origin-with-credentials (CORS middleware)', rule, {
  assertionOptions,
  valid: [
    // Echo without credentials: the strict any-origin rule's business.
    `${CORS}app.use(cors({ origin: true }));`,
    `${CORS}app.use(cors({ origin: true, credentials: false }));`,
    // Restricted origins.
    `${CORS}app.use(cors({ origin: 'https://app.example.com', credentials: true }));`,
    `${CORS}app.use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true }));`,
    `${CORS}app.use(cors({ origin: /^https:\\/\\/app\\.example\\.com$/, credentials: true }));`,
    `${CORS}app.use(cors({ origin: process.env.CORS_ORIGIN, credentials: true }));`,
    `${CORS}import { config } from './config';\napp.use(cors({ origin: config.cors.origins, credentials: true }));`,
    // CORS switched off.
    `${CORS}app.use(cors({ origin: false, credentials: true }));`,
    `${CORS}app.use(cors({ origin: null, credentials: true }));`,
    `${CORS}app.use(cors({ origin: undefined, credentials: true }));`,
    // cors: ['*'] matches nothing; @fastify/cors ['*'] is a wildcard (another rule); hono ['*'] is literal.
    `${CORS}app.use(cors({ origin: ['*'], credentials: true }));`,
    `import cors from '@fastify/cors';\nfastify.register(cors, { origin: ['*'], credentials: true });`,
    `import { cors } from 'hono/cors';\napp.use(cors({ origin: ['*'], credentials: true }));`,
    // `*` sent literally with credentials: broken, reported by no-wildcard-origin-with-credentials.
    `${CORS}app.use(cors({ origin: '*', credentials: true }));`,
    `${CORS}app.use(cors({ credentials: true }));`,
    `import Hapi from '@hapi/hapi';\nHapi.server({ routes: { cors: { origin: 'ignore', credentials: true } } });`,
    // Look-alikes that are not the package.
    `function cors(options) { return options; }\napp.use(cors({ origin: true, credentials: true }));`,
    `import { cors } from './middleware/cors';\napp.use(cors({ origin: true, credentials: true }));`,
    `const cors = require('./cors');\napp.use(cors({ origin: true, credentials: true }));`,
    `server.enableCors({ origin: true, credentials: true });`,
    `import express from 'express';\nrouter.route({ options: { cors: { credentials: true } } });`,
    `export default { origin: true, name: 'point' };`,
    `const options = { origin: true, credentials: true };\nconfigure(options);`,
    // Safe origin callbacks.
    `${CORS}${ALLOWLIST}app.use(cors({\n  origin(origin, callback) {\n    if (!origin || allowlist.includes(origin)) {\n      callback(null, true);\n    } else {\n      callback(new Error('Not allowed by CORS'));\n    }\n  },\n  credentials: true,\n}));`,
    `${CORS}${ALLOWLIST}app.use(cors({ origin: (origin, callback) => { if (allowlist.indexOf(origin) !== -1) callback(null, true); else callback(new Error('Not allowed')); }, credentials: true }));`,
    `${CORS}${ALLOWLIST}app.use(cors({ origin: (origin, callback) => callback(null, allowlist.includes(origin)), credentials: true }));`,
    `${CORS}${ALLOWLIST}app.use(cors({ origin: (origin, callback) => { if (!allowlist.includes(origin)) return callback(new Error('Not allowed')); callback(null, true); }, credentials: true }));`,
    `${CORS}const allowed = new Set(['https://app.example.com']);\napp.use(cors({ origin: (origin, cb) => cb(null, allowed.has(origin)), credentials: true }));`,
    `${CORS}const allowed = new Set(['https://app.example.com']);\nfunction checkOrigin(origin, cb) { if (allowed.has(origin)) return cb(null, origin); cb(new Error('no')); }\napp.use(cors({ origin: checkOrigin, credentials: true }));`,
    `${KOA}const ALLOWED = ['https://app.example.com'];\napp.use(cors({ origin: (ctx) => (ALLOWED.includes(ctx.get('Origin')) ? ctx.get('Origin') : ''), credentials: true }));`,
    `import { cors } from 'hono/cors';\nconst ALLOWED = ['https://app.example.com'];\napp.use('*', cors({ origin: (origin) => (ALLOWED.includes(origin) ? origin : null), credentials: true }));`,
    // Dev-only switch, unknown helpers: not judged.
    `${CORS}app.use(cors({ origin: (origin, cb) => { if (process.env.NODE_ENV !== 'production') cb(null, true); else cb(null, false); }, credentials: true }));`,
    `${CORS}app.use(cors({ origin: (origin, cb) => { isAllowed(origin).then((ok) => cb(null, ok)); }, credentials: true }));`,
    // Weak checks: no-permissive-origin-check reports them.
    `${CORS}app.use(cors({ origin: (origin, cb) => { if (origin.endsWith('example.com')) cb(null, true); else cb(new Error('no')); }, credentials: true }));`,
    // Koa and hapi with an explicit allowlist.
    `${KOA}app.use(cors({ origin: 'https://app.example.com', credentials: true }));`,
    `${KOA}app.use(cors({ origin: process.env.ORIGIN, credentials: true }));`,
    `import Hapi from '@hapi/hapi';\nHapi.server({ routes: { cors: { origin: ['https://app.example.com'], credentials: true } } });`,
    `import Hapi from '@hapi/hapi';\nHapi.server({ routes: { cors: true } });`,
    // Credentials unknown or off.
    `${CORS}app.use(cors({ origin: true, credentials: process.env.CORS_CREDENTIALS === 'true' }));`,
    `${CORS}app.use(cors({ ...defaults, origin: true }));`,
    `${KOA}app.use(cors());`,
    // Shapes that cannot be read are skipped.
    `${CORS}app.use(cors(getOptions()));`,
    `${CORS}app.use(cors(...args));`,
    `${CORS}app.use(cors(makeDelegate()));`,
    // Options delegates that check the Origin against an allowlist.
    `${CORS}${ALLOWLIST}function corsOptionsDelegate(req, callback) {\n  let corsOptions;\n  if (allowlist.indexOf(req.header('Origin')) !== -1) {\n    corsOptions = { origin: true, credentials: true };\n  } else {\n    corsOptions = { origin: false };\n  }\n  callback(null, corsOptions);\n}\napp.use(cors(corsOptionsDelegate));`,
    `${CORS}${ALLOWLIST}app.use(cors((req, cb) => cb(null, allowlist.includes(req.headers.origin) ? { origin: true, credentials: true } : { origin: false })));`,
    `${CORS}app.use(cors({ ...defaults, credentials: true }));`,
    `${CORS}let options = { origin: true, credentials: true };\noptions = loadOptions();\napp.use(cors(options));`,
    { code: `${CORS}app.use(cors({ origin: ['https://app.example.com'], credentials: true }));`, settings: ONE_ORIGIN },
  ],
  invalid: [
    (() => {
      const code = `${CORS}app.use(cors({ origin: true, credentials: true }));`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            data: { library: 'cors' },
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${CORS}app.use(cors({ origin: true }));` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ origin: true, credentials: true }));`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `${CORS}app.use(cors({ origin: ['https://app.example.com'], credentials: true }));`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${CORS}app.use(cors({ origin: true }));` }],
          },
        ],
      };
    })(),
    (() => {
      // Renamed require, per-route middleware, double quotes kept.
      const code = `const corsMiddleware = require("cors");\napp.get("/me", corsMiddleware({ origin: true, credentials: true }), me);`;
      return {
        code,
        settings: TWO_ORIGINS,
        output: `const corsMiddleware = require("cors");\napp.get("/me", corsMiddleware({ origin: ["https://app.example.com", "https://admin.example.com"], credentials: true }), me);`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `const corsMiddleware = require("cors");\napp.get("/me", corsMiddleware({ origin: true }), me);` }],
          },
        ],
      };
    })(),
    (() => {
      // Namespace import; multi-line options keep their layout.
      const code = `import * as cors from 'cors';\napp.use(\n  cors({\n    origin: true,\n    credentials: true,\n    methods: ['GET', 'POST'],\n  }),\n);`;
      return {
        code,
        settings: TWO_ORIGINS,
        output: `import * as cors from 'cors';\napp.use(\n  cors({\n    origin: ['https://app.example.com', 'https://admin.example.com'],\n    credentials: true,\n    methods: ['GET', 'POST'],\n  }),\n);`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'origin: true'),
            suggestions: [
              {
                messageId: 'removeCredentials' as const,
                output: `import * as cors from 'cors';\napp.use(\n  cors({\n    origin: true,\n    methods: ['GET', 'POST'],\n  }),\n);`,
              },
            ],
          },
        ],
      };
    })(),
    (() => {
      // Allow-all callback: reported on the call that lets every origin through.
      const code = `${CORS}app.use(cors({\n  origin: (origin, callback) => callback(null, true),\n  credentials: true,\n}));`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `${CORS}app.use(cors({\n  origin: ['https://app.example.com'],\n  credentials: true,\n}));`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'callback(null, true)'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${CORS}app.use(cors({\n  origin: (origin, callback) => callback(null, true),\n}));` }],
          },
        ],
      };
    })(),
    (() => {
      // Echo callback, after a check that only tests that an Origin is present.
      const code = `${CORS}app.use(cors({ origin: (origin, cb) => { if (!origin) return cb(null, true); cb(null, origin); }, credentials: true }));`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'cb(null, origin)'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${CORS}app.use(cors({ origin: (origin, cb) => { if (!origin) return cb(null, true); cb(null, origin); } }));` }],
          },
        ],
      };
    })(),
    (() => {
      // A method: the whole method becomes the option.
      const code = `${CORS}app.use(cors({\n  origin(origin, callback) {\n    callback(null, true);\n  },\n  credentials: true,\n}));`;
      return {
        code,
        settings: TWO_ORIGINS,
        output: `${CORS}app.use(cors({\n  origin: ['https://app.example.com', 'https://admin.example.com'],\n  credentials: true,\n}));`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'callback(null, true)'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${CORS}app.use(cors({\n  origin(origin, callback) {\n    callback(null, true);\n  },\n}));` }],
          },
        ],
      };
    })(),
    (() => {
      // A callback declared as a function elsewhere in the module.
      const code = `${CORS}function checkOrigin(origin, callback) {\n  callback(null, true);\n}\napp.use(cors({ origin: checkOrigin, credentials: true }));`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'callback(null, true)'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${CORS}function checkOrigin(origin, callback) {\n  callback(null, true);\n}\napp.use(cors({ origin: checkOrigin }));` }],
          },
        ],
      };
    })(),
    (() => {
      // Options in a module-level constant used by several calls: one report, on the constant.
      const code = `${CORS}const corsOptions = { origin: true, credentials: true };\napp.use(cors(corsOptions));\napp.options('*', cors(corsOptions));`;
      return {
        code,
        settings: ONE_ORIGIN,
        // The options are shared by two uses: each use gets the origin, the declaration stays.
        output: `${CORS}const corsOptions = { origin: true, credentials: true };\napp.use(cors({ ...corsOptions, origin: ['https://app.example.com'] }));\napp.options('*', cors({ ...corsOptions, origin: ['https://app.example.com'] }));`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${CORS}const corsOptions = { origin: true };\napp.use(cors(corsOptions));\napp.options('*', cors(corsOptions));` }],
          },
        ],
      };
    })(),
    (() => {
      // Credentials from a spread object of the module.
      const code = `${CORS}const base = { credentials: true, maxAge: 600 };\napp.use(cors({ ...base, origin: true }));`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${CORS}const base = { maxAge: 600 };\napp.use(cors({ ...base, origin: true }));` }],
          },
        ],
      };
    })(),
    (() => {
      // Shorthand properties.
      const code = `${CORS}const origin = true;\nconst credentials = true;\napp.use(cors({ origin, credentials }));`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `${CORS}const origin = true;\nconst credentials = true;\napp.use(cors({ origin: ['https://app.example.com'], credentials }));`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'origin', 2),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${CORS}const origin = true;\nconst credentials = true;\napp.use(cors({ origin }));` }],
          },
        ],
      };
    })(),
    (() => {
      // TypeScript: typed constant, `as const`, `satisfies`.
      const code = `import cors, { type CorsOptions } from 'cors';\nconst a: CorsOptions = { origin: true, credentials: true };\nconst b = { origin: true, credentials: true } as const;\nconst c = { origin: true, credentials: true } satisfies CorsOptions;\napp.use(cors(b), cors(c));`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `import cors, { type CorsOptions } from 'cors';\nconst a: CorsOptions = { origin: ['https://app.example.com'], credentials: true };\nconst b = { origin: ['https://app.example.com'], credentials: true } as const;\nconst c = { origin: ['https://app.example.com'], credentials: true } satisfies CorsOptions;\napp.use(cors(b), cors(c));`,
        errors: [1, 2, 3].map((n) => ({
          messageId: 'reflectedOption' as const,
          ...at(code, 'origin: true', n),
          suggestions: [
            {
              messageId: 'removeCredentials' as const,
              output: code.replace(new RegExp(`^((?:[^\\n]*\\n){${n}}[^\\n]*?)origin: true, credentials: true`), '$1origin: true'),
            },
          ],
        })),
      };
    })(),
    (() => {
      // Options in their own module.
      const code = `module.exports = {\n  origin: true,\n  credentials: true,\n};`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `module.exports = {\n  origin: ['https://app.example.com'],\n  credentials: true,\n};`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `module.exports = {\n  origin: true,\n};` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `import type { CorsOptions } from 'cors';\nexport const corsOptions: CorsOptions = { origin: (o, cb) => cb(null, o), credentials: true };`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'cb(null, o)'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `import type { CorsOptions } from 'cors';\nexport const corsOptions: CorsOptions = { origin: (o, cb) => cb(null, o) };` }],
          },
        ],
      };
    })(),
    (() => {
      // An options delegate that echoes without checking the Origin.
      const code = `${CORS}app.use(cors((req, callback) => {\n  callback(null, { origin: req.header('Origin'), credentials: true });\n}));`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `${CORS}app.use(cors((req, callback) => {\n  callback(null, { origin: ['https://app.example.com'], credentials: true });\n}));`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, `origin: req.header('Origin')`),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${CORS}app.use(cors((req, callback) => {\n  callback(null, { origin: req.header('Origin') });\n}));` }],
          },
        ],
      };
    })(),
    // @koa/cors: credentials with no origin or `*` echo the request origin.
    (() => {
      const code = `${KOA}app.use(cors({ credentials: true }));`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            data: { library: '@koa/cors', option: 'origin' },
            ...at(code, 'credentials: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${KOA}app.use(cors({}));` }],
          },
        ],
      };
    })(),
    (() => {
      // Koa takes one origin string: with one configured origin it is the fix.
      const code = `${KOA}app.use(cors({ credentials: true }));`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `${KOA}app.use(cors({ origin: 'https://app.example.com', credentials: true }));`,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            ...at(code, 'credentials: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${KOA}app.use(cors({}));` }],
          },
        ],
      };
    })(),
    (() => {
      // ...with several, one suggestion per origin and no fix.
      const code = `const cors = require('@koa/cors');\napp.use(cors({\n  origin: '*',\n  credentials: true,\n}));`;
      return {
        code,
        settings: TWO_ORIGINS,
        output: null,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            ...at(code, `'*'`),
            suggestions: [
              { messageId: 'useAllowedOrigin' as const, data: { origin: 'https://app.example.com' }, output: `const cors = require('@koa/cors');\napp.use(cors({\n  origin: 'https://app.example.com',\n  credentials: true,\n}));` },
              { messageId: 'useAllowedOrigin' as const, data: { origin: 'https://admin.example.com' }, output: `const cors = require('@koa/cors');\napp.use(cors({\n  origin: 'https://admin.example.com',\n  credentials: true,\n}));` },
              { messageId: 'removeCredentials' as const, output: `const cors = require('@koa/cors');\napp.use(cors({\n  origin: '*',\n}));` },
            ],
          },
        ],
      };
    })(),
    (() => {
      // Koa turns any truthy credentials option on.
      const code = `${KOA}app.use(cors({ credentials: 'true', maxAge: 600 }));`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            ...at(code, `credentials: 'true'`),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${KOA}app.use(cors({ maxAge: 600 }));` }],
          },
        ],
      };
    })(),
    (() => {
      // `origin: false` is no origin to Koa: it falls back to `*`, echoed with credentials.
      const code = `import koaCors from '@koa/cors';\napp.use(koaCors({ origin: false, credentials: true }));`;
      return {
        code,
        settings: TWO_ORIGINS,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            ...at(code, 'origin: false'),
            suggestions: [
              { messageId: 'useAllowedOrigin' as const, output: `import koaCors from '@koa/cors';\napp.use(koaCors({ origin: 'https://app.example.com', credentials: true }));` },
              { messageId: 'useAllowedOrigin' as const, output: `import koaCors from '@koa/cors';\napp.use(koaCors({ origin: 'https://admin.example.com', credentials: true }));` },
              { messageId: 'removeCredentials' as const, output: `import koaCors from '@koa/cors';\napp.use(koaCors({ origin: false }));` },
            ],
          },
        ],
      };
    })(),
    (() => {
      const code = `${KOA}app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `${KOA}app.use(cors({ origin: 'https://app.example.com', credentials: true }));`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, `ctx.get('Origin')`),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${KOA}app.use(cors({ origin: (ctx) => ctx.get('Origin') }));` }],
          },
        ],
      };
    })(),
    // @fastify/cors
    (() => {
      const code = `fastify.register(require('@fastify/cors'), { origin: true, credentials: true });`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `fastify.register(require('@fastify/cors'), { origin: ['https://app.example.com'], credentials: true });`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            data: { library: '@fastify/cors' },
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `fastify.register(require('@fastify/cors'), { origin: true });` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `import { fastifyCors } from '@fastify/cors';\nawait app.register(fastifyCors, { origin: (origin, cb) => { cb(null, true); }, credentials: true });`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'cb(null, true)'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `import { fastifyCors } from '@fastify/cors';\nawait app.register(fastifyCors, { origin: (origin, cb) => { cb(null, true); } });` }],
          },
        ],
      };
    })(),
    // hono/cors
    (() => {
      const code = `import { cors } from 'hono/cors';\napp.use('/api/*', cors({ origin: (origin) => origin, credentials: true }));`;
      return {
        code,
        settings: TWO_ORIGINS,
        output: `import { cors } from 'hono/cors';\napp.use('/api/*', cors({ origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true }));`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            data: { library: 'hono/cors' },
            ...at(code, 'origin', 3),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `import { cors } from 'hono/cors';\napp.use('/api/*', cors({ origin: (origin) => origin }));` }],
          },
        ],
      };
    })(),
    // NestJS
    (() => {
      const code = `import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\napp.enableCors({ origin: true, credentials: true });`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            data: { library: 'NestJS' },
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\napp.enableCors({ origin: true });` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule, {\n  cors: { origin: true, credentials: true },\n});`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule, {\n  cors: { origin: ['https://app.example.com'], credentials: true },\n});`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule, {\n  cors: { origin: true },\n});` }],
          },
        ],
      };
    })(),
    // socket.io
    (() => {
      const code = `import { Server } from 'socket.io';\nconst io = new Server(httpServer, { cors: { origin: true, credentials: true } });`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            data: { library: 'socket.io' },
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `import { Server } from 'socket.io';\nconst io = new Server(httpServer, { cors: { origin: true } });` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `const io = require('socket.io')(http, { cors: { origin: (origin, cb) => cb(null, origin), credentials: true } });`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `const io = require('socket.io')(http, { cors: { origin: ['https://app.example.com'], credentials: true } });`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'cb(null, origin)'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `const io = require('socket.io')(http, { cors: { origin: (origin, cb) => cb(null, origin) } });` }],
          },
        ],
      };
    })(),
    // Apollo Server
    (() => {
      const code = `const { ApolloServer } = require('apollo-server-express');\nconst server = new ApolloServer({ typeDefs, resolvers });\nserver.applyMiddleware({ app, cors: { origin: true, credentials: true } });`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            data: { library: 'Apollo Server' },
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `const { ApolloServer } = require('apollo-server-express');\nconst server = new ApolloServer({ typeDefs, resolvers });\nserver.applyMiddleware({ app, cors: { origin: true } });` }],
          },
        ],
      };
    })(),
    // hapi: the default ['*'] echoes with credentials.
    (() => {
      const code = `const Hapi = require('@hapi/hapi');\nconst server = Hapi.server({ port: 3000, routes: { cors: { credentials: true } } });`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `const Hapi = require('@hapi/hapi');\nconst server = Hapi.server({ port: 3000, routes: { cors: { origin: ['https://app.example.com'], credentials: true } } });`,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            data: { library: 'hapi', option: 'origin' },
            ...at(code, 'credentials: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `const Hapi = require('@hapi/hapi');\nconst server = Hapi.server({ port: 3000, routes: { cors: {} } });` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `const Hapi = require('@hapi/hapi');\nserver.route({\n  method: 'GET',\n  path: '/me',\n  options: { cors: { origin: ['*'], credentials: true } },\n  handler,\n});`;
      return {
        code,
        settings: TWO_ORIGINS,
        output: `const Hapi = require('@hapi/hapi');\nserver.route({\n  method: 'GET',\n  path: '/me',\n  options: { cors: { origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true } },\n  handler,\n});`,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `const Hapi = require('@hapi/hapi');\nserver.route({\n  method: 'GET',\n  path: '/me',\n  options: { cors: { origin: ['*'] } },\n  handler,\n});` }],
          },
        ],
      };
    })(),
    // h3: a callback that returns true echoes.
    (() => {
      const code = `import { handleCors } from 'h3';\nexport default defineEventHandler((event) => {\n  if (handleCors(event, { origin: () => true, credentials: true })) return;\n});`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `import { handleCors } from 'h3';\nexport default defineEventHandler((event) => {\n  if (handleCors(event, { origin: ['https://app.example.com'], credentials: true })) return;\n});`,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            data: { library: 'h3 CORS' },
            ...at(code, 'true', 1),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `import { handleCors } from 'h3';\nexport default defineEventHandler((event) => {\n  if (handleCors(event, { origin: () => true })) return;\n});` }],
          },
        ],
      };
    })(),
  ],
});
