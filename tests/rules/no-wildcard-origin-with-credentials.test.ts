import rule from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { assertionOptions, corsSettings, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const ruleTester = createRuleTester();
const oneOrigin = corsSettings({ allowedOrigins: ['https://app.example.com'] });
const twoOrigins = corsSettings({ allowedOrigins: ['https://app.example.com', 'https://admin.example.com'] });

/** One report on the `occurrence`-th `'*'` (or `snippet`), with the given fix output and suggestions. */
function wildcard(
  code: string,
  output: string | null,
  suggestions: Array<{ messageId: 'useAllowedOrigin' | 'removeCredentials'; output: string; data?: Record<string, string> }>,
  snippet = "'*'",
  occurrence = 1,
) {
  return { code, output, errors: [{ messageId: 'wildcardWithCredentials' as const, ...at(code, snippet, occurrence), suggestions }] };
}

// Each setter family, first without settings (suggestion: remove credentials), then with one configured origin (autofix).
const nodeSetHeader = `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
}`;
const nodeAppendHeader = `function handler(req, res) {
  res.appendHeader('Access-Control-Allow-Origin', '*');
  res.appendHeader('Access-Control-Allow-Credentials', 'true');
}`;
const writeHead = `http.createServer((req, res) => {
  res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' });
  res.end();
});`;
const writeHeadMessage = `http.createServer((req, res) => {
  res.writeHead(200, 'OK', {
    'Content-Type': 'text/plain',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Credentials': 'true',
  });
});`;
const expressSet = `import express from 'express';
const app = express();
app.use((req, res, next) => {
  res.set('Access-Control-Allow-Origin', '*');
  res.set('Access-Control-Allow-Credentials', 'true');
  next();
});`;
const expressSetObject = `app.get('/me', (req, res) => {
  res.set({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' });
  res.json(req.user);
});`;
const expressHeader = `router.get('/me', function (req, res) {
  res.header('Access-Control-Allow-Origin', "*");
  res.header('Access-Control-Allow-Credentials', "true");
  res.send('ok');
});`;
const expressHeaderObject = `app.all('*', (req, res, next) => {
  res.header({ 'access-control-allow-origin': '*', 'access-control-allow-credentials': true });
  next();
});`;
const expressAppend = `app.use((req, res, next) => {
  res.append('Access-Control-Allow-Origin', '*');
  res.append('Access-Control-Allow-Credentials', 'true');
  next();
});`;
const koaSet = `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Access-Control-Allow-Credentials', 'true');
  await next();
});`;
const koaSetObject = `app.use(async (ctx) => {
  ctx.set({
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Credentials': 'true',
  });
});`;
const koaResponseSet = `router.get('/me', async (ctx) => {
  ctx.response.set('Access-Control-Allow-Origin', '*');
  ctx.append('Access-Control-Allow-Credentials', 'true');
});`;
const fastifyHeader = `fastify.get('/me', async (request, reply) => {
  reply.header('Access-Control-Allow-Origin', '*');
  reply.header('Access-Control-Allow-Credentials', 'true');
  return request.user;
});`;
const fastifyHeaders = `fastify.get('/me', async (request, reply) => {
  reply.headers({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' });
  return request.user;
});`;
const fastifyChain = `fastify.get('/me', (request, reply) => {
  reply.header('Access-Control-Allow-Origin', '*').header('Access-Control-Allow-Credentials', 'true').send(request.user);
});`;
const honoHeader = `app.get('/me', (c) => {
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Access-Control-Allow-Credentials', 'true');
  return c.json(c.get('user'));
});`;
const honoJsonHeaders = `app.get('/me', (c) => {
  c.header('Access-Control-Allow-Credentials', 'true');
  return c.json(c.get('user'), 200, { 'Access-Control-Allow-Origin': '*' });
});`;
const fetchNewHeaders = `export async function GET() {
  const headers = new Headers({ 'Access-Control-Allow-Origin': '*' });
  headers.set('Access-Control-Allow-Credentials', 'true');
  return new Response('ok', { headers });
}`;
const fetchHeadersAppend = `export async function GET() {
  const headers = new Headers();
  headers.append('Access-Control-Allow-Origin', '*');
  headers.append('Access-Control-Allow-Credentials', 'true');
  return new Response('ok', { headers });
}`;
const fetchResponse = `export default {
  fetch() {
    return new Response('ok', {
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Credentials': 'true',
      },
    });
  },
};`;
const responseJson = `export function GET() {
  return Response.json({ ok: true }, { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });
}`;
const nextResponseJson = `import { NextResponse } from 'next/server';
export async function GET() {
  return NextResponse.json({ ok: true }, { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });
}`;
const newNextResponse = `import { NextResponse } from 'next/server';
export async function POST() {
  return new NextResponse(null, { status: 204, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });
}`;
const nextMiddleware = `import { NextResponse } from 'next/server';
export function middleware() {
  const response = NextResponse.next();
  response.headers.set('Access-Control-Allow-Origin', '*');
  response.headers.set('Access-Control-Allow-Credentials', 'true');
  return response;
}`;
const h3 = `import { defineEventHandler, setResponseHeader, appendResponseHeader } from 'h3';
export default defineEventHandler((event) => {
  setResponseHeader(event, 'Access-Control-Allow-Origin', '*');
  appendResponseHeader(event, 'Access-Control-Allow-Credentials', 'true');
  return { ok: true };
});`;
const h3Object = `import { defineEventHandler, setResponseHeaders } from 'h3';
export default defineEventHandler((event) => {
  setResponseHeaders(event, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' });
});`;
const h3Namespace = `import * as h3 from 'h3';
export default h3.defineEventHandler((event) => {
  h3.setResponseHeader(event, 'Access-Control-Allow-Origin', '*');
  h3.setResponseHeader(event, 'Access-Control-Allow-Credentials', 'true');
});`;
const lambda = `exports.handler = async () => ({
  statusCode: 200,
  headers: {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Credentials': true,
  },
  body: JSON.stringify({ ok: true }),
});`;
const lambdaAssignments = `exports.handler = async (event) => {
  const response = { statusCode: 200, headers: {}, body: '{}' };
  response.headers['Access-Control-Allow-Origin'] = '*';
  response.headers['Access-Control-Allow-Credentials'] = 'true';
  return response;
};`;
const lambdaEdge = `exports.handler = (event, context, callback) => {
  const response = event.Records[0].cf.response;
  const headers = response.headers;
  headers['access-control-allow-origin'] = [{ key: 'Access-Control-Allow-Origin', value: '*' }];
  headers['access-control-allow-credentials'] = [{ key: 'Access-Control-Allow-Credentials', value: 'true' }];
  callback(null, response);
};`;
const nextConfig = `module.exports = {
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
          { key: 'Access-Control-Allow-Origin', value: '*' },
        ],
      },
    ];
  },
};`;

// Names and values written through constants, templates, computed keys and spreads.
const singleUseConstant = `const ALLOWED_ORIGIN = "*";
function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', ALLOWED_ORIGIN);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
}`;
const sharedConstant = `const ANY = '*';
app.get('/public', (req, res) => { res.set('Access-Control-Allow-Origin', ANY); });
app.get('/me', (req, res) => {
  res.set('Access-Control-Allow-Origin', ANY);
  res.set('Access-Control-Allow-Credentials', 'true');
});`;
const nameConstants = `const ACAO = 'Access-Control-Allow-Origin';
const H = { credentials: \`Access-Control-Allow-\${'Credentials'}\` } as const;
function handler(req, res) {
  res.setHeader(ACAO, \`*\`);
  res.setHeader(H.credentials, 'true');
}`;
const computedKeys = `const ACAO = 'access-control-allow-origin' as const;
const ACAC = 'Access-Control-Allow-Credentials';
export const handler = async () => ({ statusCode: 200, headers: { [ACAO]: '*', [ACAC]: 'true' } });`;
const spreadObjects = `const cors = { 'Access-Control-Allow-Origin': '*' };
const credentials = { 'Access-Control-Allow-Credentials': 'true' };
export function GET() {
  return Response.json({ ok: true }, { headers: { ...cors, ...credentials } });
}`;
const satisfiesObject = `const headers = {
  'Access-Control-Allow-Origin': '*' as const,
  'Access-Control-Allow-Credentials': 'true',
} satisfies HeadersInit;
export function GET() {
  return new Response('ok', { headers });
}`;
const multiLine = `res.setHeader(
  'ACCESS-CONTROL-ALLOW-ORIGIN',
  ' * ',
);
res.setHeader(
  'access-control-allow-credentials',
  'true',
);`;
// Scopes: middleware, helpers, mounted routers.
const inheritedCredentials = `import express from 'express';
const app = express();
app.use((req, res, next) => {
  res.set('Access-Control-Allow-Credentials', 'true');
  next();
});
app.get('/feed', (req, res) => {
  res.set('Access-Control-Allow-Origin', '*');
  res.json(feed);
});`;
const pathMiddleware = `app.use('/api/*', async (c, next) => {
  c.header('Access-Control-Allow-Credentials', 'true');
  await next();
});
app.get('/api/me', (c) => {
  c.header('Access-Control-Allow-Origin', '*');
  return c.json(c.get('user'));
});`;
const mountedRouter = `const app = express();
const router = express.Router();
app.use((req, res, next) => { res.header('Access-Control-Allow-Credentials', 'true'); next(); });
router.get('/me', asyncHandler(async (req, res) => { res.header('Access-Control-Allow-Origin', '*'); res.json(req.user); }));
app.use('/api', router);`;
const helper = `function allowAll(res) {
  res.setHeader('Access-Control-Allow-Origin', '*');
}
export default function handler(req, res) {
  allowAll(res);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({ ok: true });
}`;

const FAMILIES = [
  nodeSetHeader, nodeAppendHeader, writeHead, writeHeadMessage, expressSet, expressSetObject, expressHeader, expressHeaderObject,
  expressAppend, koaSet, koaSetObject, koaResponseSet, fastifyHeader, fastifyHeaders, fastifyChain, honoHeader, honoJsonHeaders,
  fetchNewHeaders, fetchHeadersAppend, fetchResponse, responseJson, nextResponseJson, newNextResponse, nextMiddleware, h3, h3Object,
  h3Namespace, lambda, lambdaAssignments, lambdaEdge, nextConfig,
];
/** The header value `*` of a family snippet (the route path `'*'` of `app.all('*', …)` stays). */
function withOrigin(code: string, origin: string): string {
  return code.replace(/(Access-Control-Allow-Origin['"]?\]?\s*[,:=]\s*(?:value:\s*)?)(['"])\*\2/i, `$1$2${origin}$2`);
}
/** The code without its credentials header. */
function withoutCredentials(code: string): string {
  return code.replace(/(['"])access-control-allow-credentials\1/gi, "'X-Request-Id'");
}

ruleTester.run('no-wildcard-origin-with-credentials', rule, {
  assertionOptions,
  valid: [
    // Every family with a fixed origin, and every family without credentials.
    ...FAMILIES.map((code) => withOrigin(code, 'https://app.example.com')),
    ...FAMILIES.map(withoutCredentials),
    // `*` without credentials: a public API.
    `res.setHeader('Access-Control-Allow-Origin', '*');`,
    `app.get('/public', (req, res) => { res.set('Access-Control-Allow-Origin', '*'); res.json(data); });`,
    `export function GET() { return Response.json(data, { headers: { 'Access-Control-Allow-Origin': '*' } }); }`,
    // A fixed origin with credentials is correct.
    `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
}`,
    // Different routes in one file: a public `*` route and a credentialed fixed-origin route.
    `import express from 'express';
const app = express();
app.get('/public', (req, res) => {
  res.set('Access-Control-Allow-Origin', '*');
  res.json({ status: 'ok' });
});
app.get('/me', (req, res) => {
  res.set('Access-Control-Allow-Origin', 'https://app.example.com');
  res.set('Access-Control-Allow-Credentials', 'true');
  res.json(req.user);
});`,
    // Middleware on another path does not reach this route.
    `app.use('/account', (req, res, next) => { res.set('Access-Control-Allow-Credentials', 'true'); next(); });
app.get('/public/feed', (req, res) => { res.set('Access-Control-Allow-Origin', '*'); res.json(feed); });`,
    // Exclusive branches.
    `function handler(req, res) {
  if (isPublic(req)) {
    res.setHeader('Access-Control-Allow-Origin', '*');
  } else {
    res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
}`,
    `function handler(req, res) {
  if (req.url.startsWith('/public')) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    return res.end(publicData);
  }
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end(privateData);
}`,
    `function handler(req, res) {
  switch (req.url) {
    case '/public':
      res.setHeader('Access-Control-Allow-Origin', '*');
      break;
    default:
      res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
      res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
}`,
    // Two servers started by one function.
    `export function start() {
  http.createServer((req, res) => { res.setHeader('Access-Control-Allow-Origin', '*'); res.end(); }).listen(8080);
  https.createServer(tls, (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.end();
  }).listen(8443);
}`,
    // Two separate response objects.
    `export function GET() {
  const publicHeaders = { 'Access-Control-Allow-Origin': '*' };
  const privateHeaders = { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' };
  return isPublic ? Response.json(data, { headers: publicHeaders }) : Response.json(data, { headers: privateHeaders });
}`,
    // Next.js config: two sources.
    `module.exports = {
  async headers() {
    return [
      { source: '/public/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] },
      { source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Credentials', value: 'true' }, { key: 'Access-Control-Allow-Origin', value: 'https://app.example.com' }] },
    ];
  },
};`,
    // Credentials that are not granted: false, or a value not known statically.
    `res.setHeader('Access-Control-Allow-Origin', '*'); res.setHeader('Access-Control-Allow-Credentials', 'false');`,
    `res.setHeader('Access-Control-Allow-Origin', '*'); res.setHeader('Access-Control-Allow-Credentials', String(config.credentials));`,
    // Request headers, not response headers.
    `fetch('https://api.example.com/me', {
  credentials: 'include',
  headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' },
});`,
    `const headers = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' };
await fetch(url, { headers, credentials: 'include' });`,
    `const headers = new Headers();
headers.set('Access-Control-Allow-Origin', '*');
headers.set('Access-Control-Allow-Credentials', 'true');
await fetch(new Request(url, { headers }));`,
    `axios.get('/api/me', { withCredentials: true, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });`,
    `const api = axios.create({ headers: { common: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } } });`,
    // Client code that (wrongly) sends CORS headers with its requests is not a response.
    `const httpOptions = {
  headers: new HttpHeaders({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' }),
  withCredentials: true,
};`,
    `axios.defaults.headers.common = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' };`,
    `api.interceptors.request.use((config) => {
  config.headers = { ...config.headers, 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' };
  return config;
});`,
    `const me = await request('/api/me', { method: 'GET', credentials: 'include', headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });`,
    // Look-alike calls.
    `const labels = new Map();
labels.set('Access-Control-Allow-Origin', '*');
labels.set('Access-Control-Allow-Credentials', 'true');`,
    `url.searchParams.set('Access-Control-Allow-Origin', '*'); url.searchParams.set('Access-Control-Allow-Credentials', 'true');`,
    `function setResponseHeader(table, name, value) { table.push([name, value]); }
setResponseHeader(rows, 'Access-Control-Allow-Origin', '*');
setResponseHeader(rows, 'Access-Control-Allow-Credentials', 'true');`,
    // Other headers.
    `res.setHeader('X-Frame-Options', '*'); res.setHeader('Access-Control-Allow-Credentials', 'true'); res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');`,
    `res.setHeader('Access-Control-Request-Headers', '*'); res.setHeader('Access-Control-Allow-Credentials', 'true');`,
    // Odd code does not crash.
    `res.setHeader(); res.set(); res.writeHead(204); res.header(name); ctx.set(...pairs); res.vary();`,
    `res.set({ [unknownName]: '*', ...unknownHeaders }); res.set(unknownName, '*');`,
    `res?.setHeader?.('Access-Control-Allow-Origin', '*');`,
    `function empty() {} const f = () => {}; new Headers(); new Headers(init); Response.json();`,
  ],
  invalid: [
    // Sixteen credentials writes are removed by one suggestion; past that the suggestion is not offered (it would grow with the file).
    wildcard(
      `res.setHeader('Access-Control-Allow-Origin', '*');\n${Array.from({ length: 16 }, () => `res.setHeader('Access-Control-Allow-Credentials', 'true');`).join('\n')}\nres.end();`,
      null,
      [{ messageId: 'removeCredentials', output: `res.setHeader('Access-Control-Allow-Origin', '*');\nres.end();` }],
    ),
    wildcard(`res.setHeader('Access-Control-Allow-Origin', '*');\n${Array.from({ length: 17 }, () => `res.setHeader('Access-Control-Allow-Credentials', 'true');`).join('\n')}\nres.end();`, null, []),
    wildcard(nodeSetHeader, null, [
      {
        messageId: 'removeCredentials',
        output: `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.end();
}`,
      },
    ]),
    {
      ...wildcard(nodeSetHeader, `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
}`, [
        {
          messageId: 'removeCredentials',
          output: `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.end();
}`,
        },
      ]),
      settings: oneOrigin,
    },
    {
      ...wildcard(nodeSetHeader, null, [
        {
          messageId: 'useAllowedOrigin',
          data: { origin: 'https://app.example.com' },
          output: `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
}`,
        },
        {
          messageId: 'useAllowedOrigin',
          data: { origin: 'https://admin.example.com' },
          output: `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', 'https://admin.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
}`,
        },
        {
          messageId: 'removeCredentials',
          output: `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.end();
}`,
        },
      ]),
      settings: twoOrigins,
    },
    wildcard(nodeAppendHeader, null, [
      {
        messageId: 'removeCredentials',
        output: `function handler(req, res) {
  res.appendHeader('Access-Control-Allow-Origin', '*');
}`,
      },
    ]),
    wildcard(writeHead, null, [
      {
        messageId: 'removeCredentials',
        output: `http.createServer((req, res) => {
  res.writeHead(200, { 'Access-Control-Allow-Origin': '*' });
  res.end();
});`,
      },
    ]),
    {
      ...wildcard(writeHeadMessage, writeHeadMessage.replace("'*'", "'https://app.example.com'"), [
        { messageId: 'removeCredentials', output: writeHeadMessage.replace("    'Access-Control-Allow-Credentials': 'true',\n", '') },
      ]),
      settings: oneOrigin,
    },
    wildcard(expressSet, null, [
      { messageId: 'removeCredentials', output: expressSet.replace("  res.set('Access-Control-Allow-Credentials', 'true');\n", '') },
    ]),
    {
      ...wildcard(expressSet, expressSet.replace("'*'", "'https://app.example.com'"), [
        { messageId: 'removeCredentials', output: expressSet.replace("  res.set('Access-Control-Allow-Credentials', 'true');\n", '') },
      ]),
      settings: oneOrigin,
    },
    wildcard(expressSetObject, null, [
      { messageId: 'removeCredentials', output: expressSetObject.replace(", 'Access-Control-Allow-Credentials': 'true'", '') },
    ]),
    {
      ...wildcard(expressHeader, expressHeader.replace('"*"', '"https://app.example.com"'), [
        { messageId: 'removeCredentials', output: expressHeader.replace(`  res.header('Access-Control-Allow-Credentials', "true");\n`, '') },
      ], '"*"'),
      settings: oneOrigin,
    },
    // The route path `'*'` is not the header value.
    wildcard(
      expressHeaderObject,
      null,
      [{ messageId: 'removeCredentials', output: expressHeaderObject.replace(", 'access-control-allow-credentials': true", '') }],
      "'*'",
      2,
    ),
    wildcard(expressAppend, null, [
      { messageId: 'removeCredentials', output: expressAppend.replace("  res.append('Access-Control-Allow-Credentials', 'true');\n", '') },
    ]),
    {
      ...wildcard(koaSet, koaSet.replace("'*'", "'https://app.example.com'"), [
        { messageId: 'removeCredentials', output: koaSet.replace("  ctx.set('Access-Control-Allow-Credentials', 'true');\n", '') },
      ]),
      settings: oneOrigin,
    },
    wildcard(koaSetObject, null, [
      { messageId: 'removeCredentials', output: koaSetObject.replace("    'Access-Control-Allow-Credentials': 'true',\n", '') },
    ]),
    wildcard(koaResponseSet, null, [
      { messageId: 'removeCredentials', output: koaResponseSet.replace("  ctx.append('Access-Control-Allow-Credentials', 'true');\n", '') },
    ]),
    {
      ...wildcard(fastifyHeader, fastifyHeader.replace("'*'", "'https://app.example.com'"), [
        { messageId: 'removeCredentials', output: fastifyHeader.replace("  reply.header('Access-Control-Allow-Credentials', 'true');\n", '') },
      ]),
      settings: oneOrigin,
    },
    wildcard(fastifyHeaders, null, [
      { messageId: 'removeCredentials', output: fastifyHeaders.replace(", 'Access-Control-Allow-Credentials': 'true'", '') },
    ]),
    // A chained write cannot be removed on its own: no suggestion, but the configured origin still applies.
    { ...wildcard(fastifyChain, null, []) },
    { ...wildcard(fastifyChain, fastifyChain.replace("'*'", "'https://app.example.com'"), []), settings: oneOrigin },
    wildcard(honoHeader, null, [
      { messageId: 'removeCredentials', output: honoHeader.replace("  c.header('Access-Control-Allow-Credentials', 'true');\n", '') },
    ]),
    // Hono merges `c.header()` and the headers of `c.json(…, status, headers)` into one response.
    {
      ...wildcard(honoJsonHeaders, honoJsonHeaders.replace("'*'", "'https://app.example.com'"), [
        { messageId: 'removeCredentials', output: honoJsonHeaders.replace("  c.header('Access-Control-Allow-Credentials', 'true');\n", '') },
      ]),
      settings: oneOrigin,
    },
    wildcard(fetchNewHeaders, null, [
      { messageId: 'removeCredentials', output: fetchNewHeaders.replace("  headers.set('Access-Control-Allow-Credentials', 'true');\n", '') },
    ]),
    wildcard(fetchHeadersAppend, null, [
      { messageId: 'removeCredentials', output: fetchHeadersAppend.replace("  headers.append('Access-Control-Allow-Credentials', 'true');\n", '') },
    ]),
    {
      ...wildcard(fetchResponse, fetchResponse.replace("'*'", "'https://app.example.com'"), [
        { messageId: 'removeCredentials', output: fetchResponse.replace("        'Access-Control-Allow-Credentials': 'true',\n", '') },
      ]),
      settings: oneOrigin,
    },
    wildcard(responseJson, null, [
      { messageId: 'removeCredentials', output: responseJson.replace(", 'Access-Control-Allow-Credentials': 'true'", '') },
    ]),
    wildcard(nextResponseJson, null, [
      { messageId: 'removeCredentials', output: nextResponseJson.replace(", 'Access-Control-Allow-Credentials': 'true'", '') },
    ]),
    wildcard(newNextResponse, null, [
      { messageId: 'removeCredentials', output: newNextResponse.replace(", 'Access-Control-Allow-Credentials': 'true'", '') },
    ]),
    {
      ...wildcard(nextMiddleware, nextMiddleware.replace("'*'", "'https://app.example.com'"), [
        { messageId: 'removeCredentials', output: nextMiddleware.replace("  response.headers.set('Access-Control-Allow-Credentials', 'true');\n", '') },
      ]),
      settings: oneOrigin,
    },
    wildcard(h3, null, [
      { messageId: 'removeCredentials', output: h3.replace("  appendResponseHeader(event, 'Access-Control-Allow-Credentials', 'true');\n", '') },
    ]),
    wildcard(h3Object, null, [
      { messageId: 'removeCredentials', output: h3Object.replace(", 'Access-Control-Allow-Credentials': 'true'", '') },
    ]),
    {
      ...wildcard(h3Namespace, h3Namespace.replace("'*'", "'https://app.example.com'"), [
        { messageId: 'removeCredentials', output: h3Namespace.replace("  h3.setResponseHeader(event, 'Access-Control-Allow-Credentials', 'true');\n", '') },
      ]),
      settings: oneOrigin,
    },
    {
      ...wildcard(lambda, lambda.replace("'*'", "'https://app.example.com'"), [
        { messageId: 'removeCredentials', output: lambda.replace("    'Access-Control-Allow-Credentials': true,\n", '') },
      ]),
      settings: oneOrigin,
    },
    {
      ...wildcard(lambdaAssignments, lambdaAssignments.replace("'*'", "'https://app.example.com'"), [
        { messageId: 'removeCredentials', output: lambdaAssignments.replace("  response.headers['Access-Control-Allow-Credentials'] = 'true';\n", '') },
      ]),
      settings: oneOrigin,
    },
    {
      ...wildcard(lambdaEdge, lambdaEdge.replace("'*'", "'https://app.example.com'"), [
        {
          messageId: 'removeCredentials',
          output: lambdaEdge.replace("  headers['access-control-allow-credentials'] = [{ key: 'Access-Control-Allow-Credentials', value: 'true' }];\n", ''),
        },
      ]),
      settings: oneOrigin,
    },
    wildcard(nextConfig, null, [
      { messageId: 'removeCredentials', output: nextConfig.replace("          { key: 'Access-Control-Allow-Credentials', value: 'true' },\n", '') },
    ]),
    { ...wildcard(nextConfig, nextConfig.replace("'*'", "'https://app.example.com'"), [
      { messageId: 'removeCredentials', output: nextConfig.replace("          { key: 'Access-Control-Allow-Credentials', value: 'true' },\n", '') },
    ]), settings: oneOrigin },
    // A constant used once: its literal is fixed; the report is where it is used.
    {
      ...wildcard(singleUseConstant, singleUseConstant.replace('"*"', '"https://app.example.com"'), [
        { messageId: 'removeCredentials', output: singleUseConstant.replace("  res.setHeader('Access-Control-Allow-Credentials', 'true');\n", '') },
      ], 'ALLOWED_ORIGIN', 2),
      settings: oneOrigin,
    },
    // A shared constant: only the credentialed use changes.
    {
      ...wildcard(sharedConstant, sharedConstant.replace("res.set('Access-Control-Allow-Origin', ANY);\n", "res.set('Access-Control-Allow-Origin', 'https://app.example.com');\n"), [
        { messageId: 'removeCredentials', output: sharedConstant.replace("  res.set('Access-Control-Allow-Credentials', 'true');\n", '') },
      ], 'ANY', 3),
      settings: oneOrigin,
    },
    {
      ...wildcard(nameConstants, nameConstants.replace('`*`', "'https://app.example.com'"), [
        { messageId: 'removeCredentials', output: nameConstants.replace("  res.setHeader(H.credentials, 'true');\n", '') },
      ], '`*`'),
      settings: oneOrigin,
    },
    wildcard(computedKeys, null, [{ messageId: 'removeCredentials', output: computedKeys.replace(", [ACAC]: 'true'", '') }]),
    // Spread objects: the `'*'` is reported where it is written.
    {
      ...wildcard(spreadObjects, spreadObjects.replace("'*'", "'https://app.example.com'"), [
        { messageId: 'removeCredentials', output: spreadObjects.replace("{ 'Access-Control-Allow-Credentials': 'true' }", '{}') },
      ]),
      settings: oneOrigin,
    },
    wildcard(satisfiesObject, null, [
      { messageId: 'removeCredentials', output: satisfiesObject.replace("  'Access-Control-Allow-Credentials': 'true',\n", '') },
    ]),
    {
      ...wildcard(multiLine, multiLine.replace("' * '", "'https://app.example.com'"), [
        { messageId: 'removeCredentials', output: multiLine.replace("res.setHeader(\n  'access-control-allow-credentials',\n  'true',\n);", '') },
      ], "' * '"),
      settings: oneOrigin,
    },
    wildcard(inheritedCredentials, null, [
      { messageId: 'removeCredentials', output: inheritedCredentials.replace("  res.set('Access-Control-Allow-Credentials', 'true');\n", '') },
    ]),
    wildcard(pathMiddleware, null, [
      { messageId: 'removeCredentials', output: pathMiddleware.replace("  c.header('Access-Control-Allow-Credentials', 'true');\n", '') },
    ]),
    {
      ...wildcard(mountedRouter, mountedRouter.replace("'*'", "'https://app.example.com'"), [
        { messageId: 'removeCredentials', output: mountedRouter.replace("res.header('Access-Control-Allow-Credentials', 'true'); ", '') },
      ]),
      settings: oneOrigin,
    },
    wildcard(helper, null, [
      { messageId: 'removeCredentials', output: helper.replace("  res.setHeader('Access-Control-Allow-Credentials', 'true');\n", '') },
    ]),
  ],
});
