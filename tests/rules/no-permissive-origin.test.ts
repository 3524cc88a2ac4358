import rule from '../../src/rules/no-permissive-origin.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at, ONE_ORIGIN, TWO_ORIGINS } from './middleware-cases.js';

const ruleTester = createRuleTester();

const CORS = `import cors from 'cors';\n`;

ruleTester.run('no-permissive-origin', rule, {
  assertionOptions,
  valid: [
    // Response headers read back and compared in a test (declared, then reassigned): expected values.
    `test('cors', async () => {
  let res = await app.inject({ method: 'GET', url: '/' });
  let actual = { 'access-control-allow-origin': res.headers['access-control-allow-origin'], vary: res.headers.vary };
  assert.deepStrictEqual(actual, { 'access-control-allow-origin': 'https://a.example', vary: 'Origin' });
  res = await app.inject({ method: 'OPTIONS', url: '/' });
  actual = { 'access-control-allow-origin': res.headers['access-control-allow-origin'], vary: res.headers.vary };
  assert.deepStrictEqual(actual, { 'access-control-allow-origin': 'https://b.example', vary: 'Origin' });
});`,
    // Fixed origins and allowlists.
    `${CORS}app.use(cors({ origin: 'https://app.example.com' }));`,
    `${CORS}app.use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'] }));`,
    `${CORS}app.use(cors({ origin: /^https:\\/\\/app\\.example\\.com$/ }));`,
    `${CORS}const allowlist = ['https://app.example.com'];\napp.use(cors({ origin: (origin, cb) => cb(null, allowlist.includes(origin)) }));`,
    `import { cors } from 'hono/cors';\napp.use(cors({ origin: 'https://app.example.com' }));`,
    `import { cors } from 'hono/cors';\napp.use(cors({ origin: ['*'] }));`,
    `import cors from '@koa/cors';\napp.use(cors({ origin: 'https://app.example.com' }));`,
    `import Hapi from '@hapi/hapi';\nHapi.server({ routes: { cors: { origin: ['https://app.example.com'] } } });`,
    // cors: ['*'] matches nothing.
    `${CORS}app.use(cors({ origin: ['*'] }));`,
    // Disabled CORS, and configuration.
    `${CORS}app.use(cors({ origin: false }));`,
    `${CORS}app.use(cors({ origin: null }));`,
    `${CORS}app.use(cors({ origin: process.env.CORS_ORIGIN }));`,
    `${CORS}app.use(cors({ origin: process.env.CORS_ORIGINS?.split(',') }));`,
    `import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule, { cors: false });`,
    `import { Server } from 'socket.io';\nconst io = new Server(httpServer);`,
    `import { ApolloServer } from 'apollo-server';\nconst server = new ApolloServer({ typeDefs });`,
    // With credentials: the wildcard and reflected-origin rules report those.
    `${CORS}app.use(cors({ origin: '*', credentials: true }));`,
    `${CORS}app.use(cors({ origin: true, credentials: true }));`,
    `import cors from '@koa/cors';\napp.use(cors({ credentials: true }));`,
    `app.get('/me', (req, res) => {\n  res.setHeader('Access-Control-Allow-Origin', '*');\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n  res.json(req.user);\n});`,
    // Unknown credentials: not judged.
    `${CORS}app.use(cors({ origin: '*', credentials: process.env.CREDENTIALS === 'true' }));`,
    `${CORS}app.use(cors({ ...base, origin: '*' }));`,
    // Hand-written fixed and allowlisted origins.
    `app.get('/x', (req, res) => {\n  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');\n  res.end();\n});`,
    `const allowed = ['https://app.example.com'];\napp.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (allowed.includes(origin)) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n    res.setHeader('Vary', 'Origin');\n  }\n  next();\n});`,
    // Look-alikes.
    `function cors() { return (req, res, next) => next(); }\napp.use(cors());`,
    `import { cors } from './cors';\napp.use(cors({ origin: '*' }));`,
    `export default { origin: '*', name: 'center' };`,
    `const headers = { 'Access-Control-Allow-Origin-Note': '*' };`,
    // Unreadable shapes.
    `${CORS}app.use(cors(getOptions()));`,
    `${CORS}app.use(cors(...args));`,
    `${CORS}app.use(cors((req, cb) => cb(null, allowed.has(req.header('Origin')) ? { origin: true } : { origin: false })));`,
    `${CORS}app.use(cors({ ...defaults, methods: ['GET'] }));`,
  ],
  invalid: [
    (() => {
      const code = `${CORS}app.use(cors());`;
      return {
        code,
        errors: [{ messageId: 'wildcardPolicy' as const, data: { library: 'cors' }, ...at(code, 'cors()'), suggestions: [] }],
      };
    })(),
    (() => {
      const code = `${CORS}app.use(cors());`;
      return {
        code,
        settings: TWO_ORIGINS,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, 'cors()'),
            suggestions: [
              { messageId: 'useAllowedOrigin' as const, data: { origin: 'https://app.example.com' }, output: `${CORS}app.use(cors({ origin: ['https://app.example.com'] }));` },
              { messageId: 'useAllowedOrigin' as const, data: { origin: 'https://admin.example.com' }, output: `${CORS}app.use(cors({ origin: ['https://admin.example.com'] }));` },
            ],
          },
        ],
      };
    })(),
    (() => {
      const code = `const corsMiddleware = require('cors');\napp.get('/public', corsMiddleware({ origin: '*' }), handler);`;
      return {
        code,
        settings: ONE_ORIGIN,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'useAllowedOrigin' as const, output: `const corsMiddleware = require('cors');\napp.get('/public', corsMiddleware({ origin: ['https://app.example.com'] }), handler);` }],
          },
        ],
      };
    })(),
    (() => {
      // origin: true without credentials echoes every origin.
      const code = `${CORS}app.use(cors({ origin: true, credentials: false }));`;
      return {
        code,
        errors: [{ messageId: 'echoPolicy' as const, data: { library: 'cors' }, ...at(code, 'origin: true'), suggestions: [] }],
      };
    })(),
    (() => {
      // No origin option: the default `*`; multi-line object keeps its layout.
      const code = `${CORS}app.use(\n  cors({\n    methods: ['GET'],\n    maxAge: 600,\n  }),\n);`;
      return {
        code,
        settings: ONE_ORIGIN,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `cors({\n    methods: ['GET'],\n    maxAge: 600,\n  })`),
            suggestions: [
              {
                messageId: 'useAllowedOrigin' as const,
                output: `${CORS}app.use(\n  cors({\n    origin: ['https://app.example.com'],\n    methods: ['GET'],\n    maxAge: 600,\n  }),\n);`,
              },
            ],
          },
        ],
      };
    })(),
    (() => {
      // Allow-all callback.
      const code = `${CORS}app.use(cors({ origin: (origin, callback) => callback(null, true) }));`;
      return {
        code,
        errors: [{ messageId: 'echoPolicy' as const, data: { library: 'cors' }, ...at(code, 'callback(null, true)'), suggestions: [] }],
      };
    })(),
    (() => {
      // Options through a typed constant and a spread of a known object; the whole value is replaced
      // (a readonly `as const` tuple would not type-check as cors options).
      const code = `import cors, { type CorsOptions } from 'cors';\nconst base = { origin: '*' as const };\nconst options: CorsOptions = { ...base, maxAge: 600 };\napp.use(cors(options));`;
      return {
        code,
        settings: ONE_ORIGIN,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'useAllowedOrigin' as const, output: code.replace(`'*' as const`, `['https://app.example.com']`) }],
          },
        ],
      };
    })(),
    (() => {
      const code = `import cors from '@koa/cors';\napp.use(cors());`;
      return {
        code,
        settings: TWO_ORIGINS,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: '@koa/cors' },
            ...at(code, 'cors()'),
            suggestions: [
              { messageId: 'useAllowedOrigin' as const, output: `import cors from '@koa/cors';\napp.use(cors({ origin: 'https://app.example.com' }));` },
              { messageId: 'useAllowedOrigin' as const, output: `import cors from '@koa/cors';\napp.use(cors({ origin: 'https://admin.example.com' }));` },
            ],
          },
        ],
      };
    })(),
    (() => {
      const code = `import fastifyCors from '@fastify/cors';\nfastify.register(fastifyCors);`;
      return {
        code,
        settings: ONE_ORIGIN,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: '@fastify/cors' },
            ...at(code, 'fastify.register(fastifyCors)'),
            suggestions: [{ messageId: 'useAllowedOrigin' as const, output: `import fastifyCors from '@fastify/cors';\nfastify.register(fastifyCors, { origin: ['https://app.example.com'] });` }],
          },
        ],
      };
    })(),
    (() => {
      // @fastify/cors reads a list containing '*' as `*`.
      const code = `fastify.register(require('@fastify/cors'), { origin: ['https://app.example.com', '*'] });`;
      return {
        code,
        errors: [{ messageId: 'wildcardPolicy' as const, ...at(code, `'*'`), suggestions: [] }],
      };
    })(),
    (() => {
      const code = `import { cors } from 'hono/cors';\napp.use('*', cors());`;
      return {
        code,
        errors: [{ messageId: 'wildcardPolicy' as const, data: { library: 'hono/cors' }, ...at(code, 'cors()'), suggestions: [] }],
      };
    })(),
    (() => {
      const code = `import { handleCors } from 'h3';\nexport default defineEventHandler((event) => {\n  handleCors(event, { origin: '*', methods: '*' });\n});`;
      return {
        code,
        settings: ONE_ORIGIN,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: 'h3 CORS' },
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'useAllowedOrigin' as const, output: code.replace(`origin: '*'`, `origin: ['https://app.example.com']`) }],
          },
        ],
      };
    })(),
    (() => {
      // NestJS: `cors: true` and enableCors() take the defaults.
      const code = `import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule, { cors: true });\napp.enableCors();`;
      return {
        code,
        settings: ONE_ORIGIN,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: 'NestJS' },
            ...at(code, 'cors: true'),
            suggestions: [{ messageId: 'useAllowedOrigin' as const, output: code.replace('cors: true', `cors: { origin: ['https://app.example.com'] }`) }],
          },
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, 'app.enableCors()'),
            suggestions: [{ messageId: 'useAllowedOrigin' as const, output: code.replace('app.enableCors()', `app.enableCors({ origin: ['https://app.example.com'] })`) }],
          },
        ],
      };
    })(),
    (() => {
      const code = `const { Server } = require('socket.io');\nconst io = new Server(3000, { cors: { origin: '*' } });`;
      return {
        code,
        errors: [{ messageId: 'wildcardPolicy' as const, data: { library: 'socket.io' }, ...at(code, `'*'`), suggestions: [] }],
      };
    })(),
    (() => {
      const code = `import { ApolloServer } from 'apollo-server';\nconst server = new ApolloServer({ typeDefs, cors: { origin: true } });`;
      return {
        code,
        errors: [{ messageId: 'echoPolicy' as const, data: { library: 'Apollo Server' }, ...at(code, 'origin: true'), suggestions: [] }],
      };
    })(),
    (() => {
      // hapi answers ['*'] (its default) with the request's own origin.
      const code = `const Hapi = require('@hapi/hapi');\nserver.route({ method: 'GET', path: '/', options: { cors: true }, handler });`;
      return {
        code,
        settings: ONE_ORIGIN,
        errors: [
          {
            messageId: 'echoPolicy' as const,
            data: { library: 'hapi' },
            ...at(code, 'cors: true'),
            suggestions: [{ messageId: 'useAllowedOrigin' as const, output: code.replace('cors: true', `cors: { origin: ['https://app.example.com'] }`) }],
          },
        ],
      };
    })(),
    (() => {
      const code = `import Hapi from '@hapi/hapi';\nHapi.server({ routes: { cors: { origin: 'ignore' } } });`;
      return {
        code,
        errors: [{ messageId: 'wildcardPolicy' as const, data: { library: 'hapi' }, ...at(code, `'ignore'`), suggestions: [] }],
      };
    })(),
    (() => {
      // Options in their own module.
      const code = `module.exports = {\n  origin: '*',\n  methods: ['GET', 'POST'],\n};`;
      return {
        code,
        settings: ONE_ORIGIN,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'useAllowedOrigin' as const, output: `module.exports = {\n  origin: ['https://app.example.com'],\n  methods: ['GET', 'POST'],\n};` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `${CORS}app.use(cors((req, cb) => cb(null, { origin: '*' })));`;
      return {
        code,
        errors: [{ messageId: 'wildcardPolicy' as const, data: { library: 'cors' }, ...at(code, `'*'`), suggestions: [] }],
      };
    })(),
    // Hand-written headers on responses without credentials.
    (() => {
      const code = `app.get('/x', (req, res) => {\n  res.setHeader('Access-Control-Allow-Origin', '*');\n  res.json(data);\n});`;
      return {
        code,
        settings: TWO_ORIGINS,
        errors: [
          {
            messageId: 'wildcardHeader' as const,
            ...at(code, `'*'`),
            suggestions: [
              { messageId: 'useAllowedOrigin' as const, output: code.replace(`'*'`, `'https://app.example.com'`) },
              { messageId: 'useAllowedOrigin' as const, output: code.replace(`'*'`, `'https://admin.example.com'`) },
            ],
          },
        ],
      };
    })(),
    (() => {
      const code = `const ANY = "*";\nexport function GET() {\n  return new Response("ok", { headers: { "Access-Control-Allow-Origin": ANY } });\n}`;
      return {
        code,
        settings: ONE_ORIGIN,
        errors: [
          {
            messageId: 'wildcardHeader' as const,
            ...at(code, `"*"`),
            suggestions: [{ messageId: 'useAllowedOrigin' as const, output: code.replace(`"*"`, `"https://app.example.com"`) }],
          },
        ],
      };
    })(),
    (() => {
      const code = `app.use((req, res, next) => {\n  res.header('Access-Control-Allow-Origin', req.headers.origin);\n  next();\n});`;
      return {
        code,
        errors: [
          {
            messageId: 'echoHeader' as const,
            ...at(code, 'req.headers.origin'),
            suggestions: [],
          },
        ],
      };
    })(),
    // Other request data without credentials: the caller still picks the origin.
    (() => {
      const code = `app.get('/widget', (req, res) => {\n  res.set('Access-Control-Allow-Origin', req.query.origin);\n  res.vary('Origin');\n  res.json({});\n});`;
      return {
        code,
        errors: [{ messageId: 'requestDataHeader' as const, data: { source: 'the query string' }, ...at(code, 'req.query.origin'), suggestions: [] }],
      };
    })(),
  ],
});
