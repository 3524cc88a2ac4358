import rule from '../../src/rules/no-null-origin.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const ruleTester = createRuleTester();

const CORS = `import cors from 'cors';\n`;
const ACAC = `  res.setHeader('Access-Control-Allow-Credentials', 'true');\n`;

/** A report on the `occurrence`-th `'null'`, with the given suggestions. */
function nullAt(code: string, suggestions: Array<{ messageId: 'removeNull' | 'removeHeader'; output: string }> = [], occurrence = 1, literal = "'null'") {
  return { messageId: 'nullOrigin' as const, ...at(code, literal, occurrence), suggestions };
}

ruleTester.run('no-null-origin', rule, {
  assertionOptions,
  valid: [
    // The JavaScript null switches the cors middleware off.
    `${CORS}app.use(cors({ origin: null, credentials: true }));`,
    // null without credentials, and a null that is not the header's value.
    `http.createServer((req, res) => {\n  res.setHeader('Access-Control-Allow-Origin', null);\n  res.end();\n});`,
    `http.createServer((req, res) => {\n  res.setHeader('Access-Control-Allow-Origin', lookup(null));\n${ACAC}  res.end();\n});`,
    `${CORS}app.use(cors({ origin: [null, 'https://app.example.com'].filter(Boolean), credentials: true }));`,
    // 'null' without credentials exposes nothing private.
    `${CORS}app.use(cors({ origin: ['https://app.example.com', 'null'] }));`,
    `${CORS}app.use(cors({ origin: 'null', credentials: false }));`,
    `app.use((req, res, next) => {\n  res.setHeader('Access-Control-Allow-Origin', 'null');\n  next();\n});`,
    `const allowed = ['https://app.example.com', 'null'];\napp.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (allowed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);\n  next();\n});`,
    // Credentials unknown: not judged.
    `${CORS}app.use(cors({ origin: ['https://app.example.com', 'null'], credentials: process.env.CREDENTIALS === 'on' }));`,
    // 'null' excluded, not trusted.
    `const allowed = ['https://app.example.com'];\napp.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (origin === 'null') return next();\n  if (allowed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  next();\n});`,
    `const allowed = ['https://app.example.com', 'null'];\napp.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (origin !== 'null' && allowed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  next();\n});`,
    `${CORS}const allowed = ['https://app.example.com', 'null'];\napp.use(cors({ credentials: true, origin(origin, cb) {\n  if (origin === 'null') return cb(new Error('Sandboxed pages are not allowed'));\n  cb(null, allowed.includes(origin));\n} }));`,
    // A denylist: 'null' is refused, the other origins are checked afterwards.
    `const blocked = new Set(['null']);\nconst allowed = ['https://app.example.com'];\napp.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (blocked.has(origin) || !allowed.includes(origin)) return next();\n  res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  next();\n});`,
    // A 'null' list used for something else than the origin.
    `const values = ['null', 'undefined'];\napp.use((req, res, next) => {\n  if (values.includes(req.query.x)) res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');\n${ACAC}  next();\n});`,
    // The word inside other strings.
    `${CORS}app.use(cors({ origin: 'https://null.example.com', credentials: true }));`,
    // A 'null' fallback on a response without credentials.
    `const allowed = ['https://app.example.com'];\napp.use((req, res, next) => {\n  const o = req.headers.origin;\n  res.setHeader('Access-Control-Allow-Origin', allowed.includes(o) ? o : 'null');\n  next();\n});`,
  ],
  invalid: [
    // An allowlist entry of CORS middleware: removing it keeps the formatting.
    (() => {
      const code = `${CORS}app.use(cors({ origin: ['https://app.example.com', 'null'], credentials: true }));`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeNull', output: `${CORS}app.use(cors({ origin: ['https://app.example.com'], credentials: true }));` }])] };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ origin: ['null', 'https://app.example.com'], credentials: true }));`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeNull', output: `${CORS}app.use(cors({ origin: ['https://app.example.com'], credentials: true }));` }])] };
    })(),
    (() => {
      const code = `${CORS}export const corsMiddleware = cors({\n  origin: [\n    'https://app.example.com',\n    'null',\n    'https://admin.example.com',\n  ],\n  credentials: true,\n});`;
      const output = `${CORS}export const corsMiddleware = cors({\n  origin: [\n    'https://app.example.com',\n    'https://admin.example.com',\n  ],\n  credentials: true,\n});`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeNull', output }])] };
    })(),
    (() => {
      const code = `${CORS}const ORIGINS = [\n  'https://app.example.com',\n  "null",\n];\napp.use(cors({ origin: ORIGINS, credentials: true }));`;
      const output = `${CORS}const ORIGINS = [\n  'https://app.example.com',\n];\napp.use(cors({ origin: ORIGINS, credentials: true }));`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeNull', output }], 1, '"null"')] };
    })(),
    (() => {
      const code = `import fastifyCors from '@fastify/cors';\nfastify.register(fastifyCors, { origin: ['https://app.example.com', 'null'], credentials: true });`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeNull', output: code.replace(", 'null'", '') }])] };
    })(),
    // A fixed value: no evident replacement in middleware options.
    (() => {
      const code = `${CORS}app.use(cors({ origin: 'null', credentials: true }));`;
      return { code, errors: [nullAt(code)] };
    })(),
    (() => {
      const code = `${CORS}const SANDBOX_ORIGIN = 'null';\napp.use(cors({ origin: SANDBOX_ORIGIN, credentials: true }));`;
      return { code, errors: [nullAt(code)] };
    })(),
    // The JavaScript null as a header value: Node sends the text `null`.
    (() => {
      const code = `http.createServer((req, res) => {\n  res.setHeader('Access-Control-Allow-Origin', null);\n${ACAC}  res.end();\n});`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeHeader', output: code.replace(`  res.setHeader('Access-Control-Allow-Origin', null);\n`, '') }], 1, 'null')] };
    })(),
    // A fixed header: removing it trusts nothing.
    (() => {
      const code = `app.use((req, res, next) => {\n  res.setHeader('Access-Control-Allow-Origin', 'null');\n${ACAC}  next();\n});`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeHeader', output: code.replace(`  res.setHeader('Access-Control-Allow-Origin', 'null');\n`, '') }])] };
    })(),
    (() => {
      const code = `export async function GET() {\n  return new Response('ok', {\n    headers: {\n      'Access-Control-Allow-Origin': 'null',\n      'Access-Control-Allow-Credentials': 'true',\n    },\n  });\n}`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeHeader', output: code.replace(`      'Access-Control-Allow-Origin': 'null',\n`, '') }])] };
    })(),
    // A fallback: no evident replacement (the answer is to send no CORS headers), and never an echo.
    (() => {
      const code = `const allowed = ['https://app.example.com'];\napp.use((req, res, next) => {\n  const o = req.headers.origin;\n  res.setHeader('Access-Control-Allow-Origin', allowed.includes(o) ? o : 'null');\n${ACAC}  next();\n});`;
      return { code, errors: [nullAt(code)] };
    })(),
    (() => {
      const code = `app.use(async (ctx, next) => {\n  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin') || 'null');\n  ctx.set('Access-Control-Allow-Credentials', 'true');\n  await next();\n});`;
      return { code, errors: [nullAt(code)] };
    })(),
    // An allowlist checked by a hand-written guard or an origin callback.
    (() => {
      const code = `const allowed = ['https://app.example.com', 'null'];\napp.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (allowed.includes(origin)) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  }\n  next();\n});`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeNull', output: code.replace(", 'null'", '') }])] };
    })(),
    (() => {
      const code = `const allowed = new Set(['https://app.example.com', 'null']);\napp.use((req, res, next) => {\n  const origin = req.get('origin');\n  if (!allowed.has(origin)) return next();\n  res.set('Access-Control-Allow-Origin', origin);\n  res.set('Access-Control-Allow-Credentials', 'true');\n  next();\n});`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeNull', output: code.replace(", 'null'", '') }])] };
    })(),
    (() => {
      const code = `${CORS}const allowed = ['https://app.example.com', 'null'];\napp.use(cors({\n  credentials: true,\n  origin(origin, callback) {\n    if (allowed.indexOf(origin) !== -1) callback(null, true);\n    else callback(new Error('Not allowed'));\n  },\n}));`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeNull', output: code.replace(", 'null'", '') }])] };
    })(),
    (() => {
      const code = `import { cors } from 'hono/cors';\nconst allowed = ['https://app.example.com', 'null'];\napp.use('*', cors({ credentials: true, origin: (origin) => (allowed.includes(origin) ? origin : null) }));`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeNull', output: code.replace(", 'null'", '') }])] };
    })(),
    // A comparison with 'null' in an echo path: the alternative goes.
    (() => {
      const code = `const allowed = ['https://app.example.com'];\napp.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (origin === 'null' || allowed.includes(origin)) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  }\n  next();\n});`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeNull', output: code.replace("origin === 'null' || ", '') }])] };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ credentials: true, origin: (origin, cb) => cb(null, !origin || origin === 'https://app.example.com' || origin === 'null') }));`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeNull', output: code.replace(" || origin === 'null'", '') }])] };
    })(),
    (() => {
      const code = `const allowed = ['https://app.example.com'];\napp.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if ((origin === 'null') || (allowed.includes(origin))) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  }\n  next();\n});`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeNull', output: code.replace("(origin === 'null') || ", '') }])] };
    })(),
    (() => {
      const code = `const allowed = ['https://app.example.com'];\napp.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (allowed.includes(origin) || (origin == 'null') || !origin) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  }\n  next();\n});`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeNull', output: code.replace(" || (origin == 'null')", '') }])] };
    })(),
    // Echoed only when it is 'null'.
    (() => {
      const code = `app.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (origin !== 'null') return next();\n  res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  next();\n});`;
      return { code, errors: [nullAt(code)] };
    })(),
    // The same list used by middleware and by hand-written code is reported once.
    (() => {
      const code = `${CORS}const allowed = ['https://app.example.com', 'null'];\napp.use(cors({ origin: allowed, credentials: true }));\napp.get('/x', (req, res) => {\n  if (allowed.includes(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n  res.send('x');\n});`;
      return { code, errors: [nullAt(code, [{ messageId: 'removeNull', output: code.replace(", 'null'", '') }])] };
    })(),
  ],
});
