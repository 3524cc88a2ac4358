/**
 * `'*'` in the header list options of CORS middleware (`allowedHeaders`,
 * `methods`, `exposedHeaders` and each library's names) with credentials on:
 * sent as a literal name, like a hand-written header.
 */
import rule from '../../src/rules/no-wildcard-headers-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at } from './middleware-cases.js';

const ruleTester = createRuleTester();

const CORS = `import cors from 'cors';\n`;
const ORIGIN = `origin: ['https://app.example.com']`;

function error(code: string, header: string, occurrence = 1, output: string | null = null) {
  return {
    messageId: 'wildcardListWithCredentials' as const,
    data: { header },
    ...at(code, `'*'`, occurrence),
    suggestions: output === null ? [] : [{ messageId: 'removeWildcard' as const, output }],
  };
}

ruleTester.run('no-wildcard-headers-with-credentials (middleware options)', rule, {
  assertionOptions,
  valid: [
    // Without credentials, `*` is a real wildcard.
    `${CORS}app.use('/public', cors({ origin: '*', allowedHeaders: '*' }));`,
    `${CORS}app.use(cors({ ${ORIGIN}, credentials: false, methods: '*' }));`,
    // Named headers.
    `${CORS}app.use(cors({ ${ORIGIN}, credentials: true, allowedHeaders: ['Content-Type', 'Authorization'] }));`,
    // CORS switched off.
    `${CORS}app.use(cors({ origin: false, credentials: true, allowedHeaders: '*' }));`,
    // Not a CORS library, and a name from elsewhere.
    `import cors from './cors';\napp.use(cors({ ${ORIGIN}, credentials: true, allowedHeaders: '*' }));`,
    `${CORS}app.use(cors({ ${ORIGIN}, credentials: true, allowedHeaders: HEADERS }));`,
    // h3 2 reflects the requested headers and method for `'*'` when credentials are on.
    `import { handleCors } from 'h3';\nhandleCors(event, { origin: ['https://app.example.com'], credentials: true, allowHeaders: '*', methods: '*' });`,
    // @koa/cors uses its own names: `allowedHeaders` is not one of them.
    `import cors from '@koa/cors';\napp.use(cors({ origin: 'https://app.example.com', credentials: true, allowedHeaders: '*' }));`,
  ],
  invalid: [
    (() => {
      const code = `${CORS}app.use(cors({ ${ORIGIN}, credentials: true, allowedHeaders: '*', methods: '*', exposedHeaders: ['*'] }));`;
      return {
        code,
        errors: [
          error(code, 'Access-Control-Allow-Headers', 1),
          error(code, 'Access-Control-Allow-Methods', 2),
          error(code, 'Access-Control-Expose-Headers', 3),
        ],
      };
    })(),
    (() => {
      const code = `${CORS}const options = {\n  ${ORIGIN},\n  credentials: true,\n  allowedHeaders: ['Content-Type', '*'],\n};\napp.use(cors(options));`;
      return { code, errors: [error(code, 'Access-Control-Allow-Headers', 1, `${CORS}const options = {\n  ${ORIGIN},\n  credentials: true,\n  allowedHeaders: ['Content-Type'],\n};\napp.use(cors(options));`)] };
    })(),
    (() => {
      const code = `import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\napp.enableCors({ origin: ['https://a.example.com'], credentials: true, allowedHeaders: 'Content-Type, *' });`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardListWithCredentials' as const,
            data: { header: 'Access-Control-Allow-Headers' },
            ...at(code, `'Content-Type, *'`),
            suggestions: [{ messageId: 'removeWildcard' as const, output: code.replace(`'Content-Type, *'`, `'Content-Type'`) }],
          },
        ],
      };
    })(),
    (() => {
      const code = `import cors from '@koa/cors';\napp.use(cors({ origin: 'https://app.example.com', credentials: true, allowHeaders: '*' }));`;
      return { code, errors: [error(code, 'Access-Control-Allow-Headers')] };
    })(),
    (() => {
      const code = `import cors from '@fastify/cors';\nfastify.register(cors, { origin: ['https://app.example.com'], credentials: true, exposedHeaders: '*' });`;
      return { code, errors: [error(code, 'Access-Control-Expose-Headers')] };
    })(),
    (() => {
      const code = `import { cors } from 'hono/cors';\napp.use(cors({ origin: 'https://app.example.com', credentials: true, allowMethods: ['GET', '*'] }));`;
      return { code, errors: [error(code, 'Access-Control-Allow-Methods', 1, code.replace(`['GET', '*']`, `['GET']`))] };
    })(),
    (() => {
      // micro-cors: credentials are on by default.
      const code = `import microCors from 'micro-cors';\nexport default microCors({ origin: 'https://app.example.com', allowHeaders: ['*'] })(handler);`;
      return { code, errors: [error(code, 'Access-Control-Allow-Headers')] };
    })(),
    (() => {
      const code = `import { Server } from 'socket.io';\nnew Server(http, { cors: { ${ORIGIN}, credentials: true, allowedHeaders: '*' } });`;
      return { code, errors: [error(code, 'Access-Control-Allow-Headers')] };
    })(),
  ],
});
