import rule from '../../src/rules/require-vary-origin.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const ruleTester = createRuleTester();

interface Case {
  /** Code with a per-request Access-Control-Allow-Origin and no `Vary: Origin`. */
  readonly code: string;
  /** The text of the write that is reported. */
  readonly write: string;
  /** The code after the fix. */
  readonly output: string | null;
  readonly occurrence?: number;
}

function invalid({ code, write, output, occurrence = 1 }: Case) {
  return { code, output, errors: [{ messageId: 'missingVary' as const, ...at(code, write, occurrence) }] };
}

// Every setter family: the fix adds Vary with the API and quotes the code already uses.
const families: Case[] = [
  {
    code: `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.end();
}`,
    write: `res.setHeader('Access-Control-Allow-Origin', req.headers.origin)`,
    output: `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Vary', 'Origin');
  res.end();
}`,
  },
  {
    code: `function handler(req, res) {
  res.appendHeader("Access-Control-Allow-Origin", req.headers["origin"])
}`,
    write: `res.appendHeader("Access-Control-Allow-Origin", req.headers["origin"])`,
    output: `function handler(req, res) {
  res.appendHeader("Access-Control-Allow-Origin", req.headers["origin"])
  res.appendHeader("Vary", "Origin")
}`,
  },
  {
    code: `http.createServer((req, res) => {
  res.writeHead(200, { 'Access-Control-Allow-Origin': req.headers.origin });
});`,
    write: `'Access-Control-Allow-Origin': req.headers.origin`,
    output: `http.createServer((req, res) => {
  res.writeHead(200, { 'Access-Control-Allow-Origin': req.headers.origin, 'Vary': 'Origin' });
});`,
  },
  {
    code: `http.createServer((req, res) => {
  res.writeHead(204, 'No Content', {
    'Access-Control-Allow-Origin': req.headers.origin,
    'Access-Control-Allow-Credentials': 'true',
  });
});`,
    write: `'Access-Control-Allow-Origin': req.headers.origin`,
    output: `http.createServer((req, res) => {
  res.writeHead(204, 'No Content', {
    'Access-Control-Allow-Origin': req.headers.origin,
    'Vary': 'Origin',
    'Access-Control-Allow-Credentials': 'true',
  });
});`,
  },
  {
    code: `import express from 'express';
const app = express();
app.use((req, res, next) => {
  const origin = req.get('origin');
  if (allowed.includes(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
  }
  next();
});`,
    write: `res.set('Access-Control-Allow-Origin', origin)`,
    output: `import express from 'express';
const app = express();
app.use((req, res, next) => {
  const origin = req.get('origin');
  if (allowed.includes(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.vary('Origin');
    res.set('Access-Control-Allow-Credentials', 'true');
  }
  next();
});`,
  },
  {
    code: `const express = require('express');
const app = express();
app.use((req, res, next) => {
  res.header('Access-Control-Allow-Origin', req.header('Origin'));
  next();
});`,
    write: `res.header('Access-Control-Allow-Origin', req.header('Origin'))`,
    output: `const express = require('express');
const app = express();
app.use((req, res, next) => {
  res.header('Access-Control-Allow-Origin', req.header('Origin'));
  res.vary('Origin');
  next();
});`,
  },
  {
    code: `app.use((req, res, next) => {
  const { origin } = req.headers;
  res.set({ 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' });
  next();
});`,
    write: `'Access-Control-Allow-Origin': origin`,
    output: `app.use((req, res, next) => {
  const { origin } = req.headers;
  res.set({ 'Access-Control-Allow-Origin': origin, 'Vary': 'Origin', 'Access-Control-Allow-Credentials': 'true' });
  next();
});`,
  },
  {
    code: `app.use((req, res, next) => {
  res.append('Access-Control-Allow-Origin', req.headers.origin);
  next();
});`,
    write: `res.append('Access-Control-Allow-Origin', req.headers.origin)`,
    output: `app.use((req, res, next) => {
  res.append('Access-Control-Allow-Origin', req.headers.origin);
  res.vary('Origin');
  next();
});`,
  },
  {
    code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));
  await next();
});`,
    write: `ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'))`,
    output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));
  ctx.vary('Origin');
  await next();
});`,
  },
  {
    code: `router.get('/me', async (ctx) => {
  ctx.response.set('Access-Control-Allow-Origin', ctx.request.header.origin);
  ctx.body = ctx.state.user;
});`,
    write: `ctx.response.set('Access-Control-Allow-Origin', ctx.request.header.origin)`,
    output: `router.get('/me', async (ctx) => {
  ctx.response.set('Access-Control-Allow-Origin', ctx.request.header.origin);
  ctx.response.vary('Origin');
  ctx.body = ctx.state.user;
});`,
  },
  {
    code: `app.use(async (ctx, next) => {
  ctx.set({ 'Access-Control-Allow-Origin': ctx.headers.origin });
  await next();
});`,
    write: `'Access-Control-Allow-Origin': ctx.headers.origin`,
    output: `app.use(async (ctx, next) => {
  ctx.set({ 'Access-Control-Allow-Origin': ctx.headers.origin, 'Vary': 'Origin' });
  await next();
});`,
  },
  {
    code: `import Fastify from 'fastify';
const fastify = Fastify();
fastify.addHook('onRequest', async (request, reply) => {
  reply.header('Access-Control-Allow-Origin', request.headers.origin);
});`,
    write: `reply.header('Access-Control-Allow-Origin', request.headers.origin)`,
    output: `import Fastify from 'fastify';
const fastify = Fastify();
fastify.addHook('onRequest', async (request, reply) => {
  reply.header('Access-Control-Allow-Origin', request.headers.origin);
  reply.header('Vary', 'Origin');
});`,
  },
  {
    code: `fastify.get('/me', async (request, reply) => {
  reply.headers({ 'access-control-allow-origin': request.headers.origin });
  return request.user;
});`,
    write: `'access-control-allow-origin': request.headers.origin`,
    output: `fastify.get('/me', async (request, reply) => {
  reply.headers({ 'access-control-allow-origin': request.headers.origin, 'vary': 'Origin' });
  return request.user;
});`,
  },
  // A method chain gets one more link.
  {
    code: `fastify.get('/me', (request, reply) => {
  reply.header('Access-Control-Allow-Origin', request.headers.origin).send(request.user);
});`,
    write: `reply.header('Access-Control-Allow-Origin', request.headers.origin)`,
    output: `fastify.get('/me', (request, reply) => {
  reply.header('Access-Control-Allow-Origin', request.headers.origin).header('Vary', 'Origin').send(request.user);
});`,
  },
  {
    code: `import { Hono } from 'hono';
const app = new Hono();
app.use('*', async (c, next) => {
  c.header('Access-Control-Allow-Origin', c.req.header('origin'));
  await next();
});`,
    write: `c.header('Access-Control-Allow-Origin', c.req.header('origin'))`,
    output: `import { Hono } from 'hono';
const app = new Hono();
app.use('*', async (c, next) => {
  c.header('Access-Control-Allow-Origin', c.req.header('origin'));
  c.header('Vary', 'Origin');
  await next();
});`,
  },
  {
    code: `export async function GET(request: Request) {
  const headers = new Headers();
  headers.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? '');
  return new Response('ok', { headers });
}`,
    write: `headers.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? '')`,
    output: `export async function GET(request: Request) {
  const headers = new Headers();
  headers.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? '');
  headers.append('Vary', 'Origin');
  return new Response('ok', { headers });
}`,
  },
  {
    code: `export async function GET(request: Request) {
  const headers = new Headers({ 'Access-Control-Allow-Origin': request.headers.get('Origin')! });
  return new Response('ok', { headers });
}`,
    write: `'Access-Control-Allow-Origin': request.headers.get('Origin')!`,
    output: `export async function GET(request: Request) {
  const headers = new Headers({ 'Access-Control-Allow-Origin': request.headers.get('Origin')!, 'Vary': 'Origin' });
  return new Response('ok', { headers });
}`,
  },
  {
    code: `export default {
  async fetch(request) {
    return new Response('ok', {
      headers: {
        'Access-Control-Allow-Origin': request.headers.get('Origin'),
        'Access-Control-Allow-Credentials': 'true'
      }
    });
  }
};`,
    write: `'Access-Control-Allow-Origin': request.headers.get('Origin')`,
    output: `export default {
  async fetch(request) {
    return new Response('ok', {
      headers: {
        'Access-Control-Allow-Origin': request.headers.get('Origin'),
        'Vary': 'Origin',
        'Access-Control-Allow-Credentials': 'true'
      }
    });
  }
};`,
  },
  {
    code: `export async function GET(req: NextRequest) {
  return NextResponse.json(data, { headers: { 'Access-Control-Allow-Origin': req.headers.get('origin') || '' } });
}`,
    write: `'Access-Control-Allow-Origin': req.headers.get('origin') || ''`,
    output: `export async function GET(req: NextRequest) {
  return NextResponse.json(data, { headers: { 'Access-Control-Allow-Origin': req.headers.get('origin') || '', 'Vary': 'Origin' } });
}`,
  },
  {
    code: `export function middleware(request: NextRequest) {
  const response = NextResponse.next();
  response.headers.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? '');
  return response;
}`,
    write: `response.headers.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? '')`,
    output: `export function middleware(request: NextRequest) {
  const response = NextResponse.next();
  response.headers.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? '');
  response.headers.append('Vary', 'Origin');
  return response;
}`,
  },
  {
    code: `import { defineEventHandler, getRequestHeader, setResponseHeader } from 'h3';
export default defineEventHandler((event) => {
  setResponseHeader(event, 'Access-Control-Allow-Origin', getRequestHeader(event, 'origin'));
});`,
    write: `setResponseHeader(event, 'Access-Control-Allow-Origin', getRequestHeader(event, 'origin'))`,
    output: `import { defineEventHandler, getRequestHeader, setResponseHeader } from 'h3';
export default defineEventHandler((event) => {
  setResponseHeader(event, 'Access-Control-Allow-Origin', getRequestHeader(event, 'origin'));
  setResponseHeader(event, 'Vary', 'Origin');
});`,
  },
  {
    code: `export default defineEventHandler((event) => {
  appendResponseHeader(event, 'Access-Control-Allow-Origin', getRequestHeaders(event).origin);
});`,
    write: `appendResponseHeader(event, 'Access-Control-Allow-Origin', getRequestHeaders(event).origin)`,
    output: `export default defineEventHandler((event) => {
  appendResponseHeader(event, 'Access-Control-Allow-Origin', getRequestHeaders(event).origin);
  appendResponseHeader(event, 'Vary', 'Origin');
});`,
  },
  {
    code: `const h3 = require('h3');
module.exports = h3.defineEventHandler((event) => {
  h3.appendResponseHeader(event, 'Access-Control-Allow-Origin', h3.getRequestHeader(event, 'origin'));
});`,
    write: `h3.appendResponseHeader(event, 'Access-Control-Allow-Origin', h3.getRequestHeader(event, 'origin'))`,
    output: `const h3 = require('h3');
module.exports = h3.defineEventHandler((event) => {
  h3.appendResponseHeader(event, 'Access-Control-Allow-Origin', h3.getRequestHeader(event, 'origin'));
  h3.appendResponseHeader(event, 'Vary', 'Origin');
});`,
  },
  {
    code: `export default defineEventHandler((event) => {
  setResponseHeaders(event, { 'Access-Control-Allow-Origin': getHeader(event, 'Origin') });
});`,
    write: `'Access-Control-Allow-Origin': getHeader(event, 'Origin')`,
    output: `export default defineEventHandler((event) => {
  setResponseHeaders(event, { 'Access-Control-Allow-Origin': getHeader(event, 'Origin'), 'Vary': 'Origin' });
});`,
  },
  {
    code: `exports.handler = async (event) => {
  const origin = event.headers.origin;
  return {
    statusCode: 200,
    headers: {
      "Access-Control-Allow-Origin": ALLOWED.includes(origin) ? origin : ALLOWED[0],
    },
    body: "{}",
  };
};`,
    write: `"Access-Control-Allow-Origin": ALLOWED.includes(origin) ? origin : ALLOWED[0]`,
    output: `exports.handler = async (event) => {
  const origin = event.headers.origin;
  return {
    statusCode: 200,
    headers: {
      "Access-Control-Allow-Origin": ALLOWED.includes(origin) ? origin : ALLOWED[0],
      "Vary": "Origin",
    },
    body: "{}",
  };
};`,
  },
  // A Fetch Headers parameter (typed) gets append; Koa's Node response gets setHeader.
  {
    code: `function allow(h: Headers, request: Request) {
  h.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? '');
}`,
    write: `h.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? '')`,
    output: `function allow(h: Headers, request: Request) {
  h.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? '');
  h.append('Vary', 'Origin');
}`,
  },
  {
    code: `import Koa from 'koa';
new Koa().use((ctx) => {
  ctx.res.setHeader('Access-Control-Allow-Origin', ctx.get('Origin'));
});`,
    write: `ctx.res.setHeader('Access-Control-Allow-Origin', ctx.get('Origin'))`,
    output: `import Koa from 'koa';
new Koa().use((ctx) => {
  ctx.res.setHeader('Access-Control-Allow-Origin', ctx.get('Origin'));
  ctx.res.setHeader('Vary', 'Origin');
});`,
  },
  // An object with \`set\` that may have no \`vary\`: reported without a fix.
  {
    code: `function handler(req, out) {
  out.set('Access-Control-Allow-Origin', req.headers.origin);
}`,
    write: `out.set('Access-Control-Allow-Origin', req.headers.origin)`,
    output: null,
  },
  // Assignments to a response's headers, also in the Lambda@Edge list form.
  {
    code: `exports.handler = async (event) => {
  const response = { statusCode: 200, headers: {} };
  response.headers["Access-Control-Allow-Origin"] = event.headers.origin;
  return response;
};`,
    write: `response.headers["Access-Control-Allow-Origin"] = event.headers.origin`,
    output: `exports.handler = async (event) => {
  const response = { statusCode: 200, headers: {} };
  response.headers["Access-Control-Allow-Origin"] = event.headers.origin;
  response.headers["Vary"] = "Origin";
  return response;
};`,
  },
  {
    code: `exports.handler = async (event) => {
  const { request, response } = event.Records[0].cf;
  response.headers['access-control-allow-origin'] = [{ key: 'Access-Control-Allow-Origin', value: request.headers.origin[0].value }];
  return response;
};`,
    write: `response.headers['access-control-allow-origin'] = [{ key: 'Access-Control-Allow-Origin', value: request.headers.origin[0].value }]`,
    output: `exports.handler = async (event) => {
  const { request, response } = event.Records[0].cf;
  response.headers['access-control-allow-origin'] = [{ key: 'Access-Control-Allow-Origin', value: request.headers.origin[0].value }];
  response.headers['vary'] = [{ key: 'Vary', value: 'Origin' }];
  return response;
};`,
  },
  // next.config: the origin captured from the request's Origin header by `has`.
  {
    code: `module.exports = {
  async headers() {
    return [
      {
        source: '/api/:path*',
        has: [{ type: 'header', key: 'origin', value: '(?<allowed>https://.*\\\\.example\\\\.com)' }],
        headers: [
          { key: 'Access-Control-Allow-Origin', value: ':allowed' },
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
        ],
      },
    ];
  },
};`,
    write: `{ key: 'Access-Control-Allow-Origin', value: ':allowed' }`,
    output: `module.exports = {
  async headers() {
    return [
      {
        source: '/api/:path*',
        has: [{ type: 'header', key: 'origin', value: '(?<allowed>https://.*\\\\.example\\\\.com)' }],
        headers: [
          { key: 'Access-Control-Allow-Origin', value: ':allowed' },
          { key: 'Vary', value: 'Origin' },
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
        ],
      },
    ];
  },
};`,
  },
  {
    code: `export default {
  headers: async () => [{ source: '/(.*)', has: [{ type: 'header', key: 'origin' }], headers: [{ key: "Access-Control-Allow-Origin", value: ":origin" }] }],
};`,
    write: `{ key: "Access-Control-Allow-Origin", value: ":origin" }`,
    output: `export default {
  headers: async () => [{ source: '/(.*)', has: [{ type: 'header', key: 'origin' }], headers: [{ key: "Access-Control-Allow-Origin", value: ":origin" }, { key: "Vary", value: "Origin" }] }],
};`,
  },
];

// Where the request Origin comes from: every source in docs/cors-semantics.md#request-origin-sources and the data flow from it.
const originSources = [
  'req.headers.origin',
  "req.headers['origin']",
  'req.headers?.origin',
  "req.get('origin')",
  "req.header('Origin')",
  '(req.headers.origin as string)',
  '`${req.headers.origin}`',
  "req.headers.origin || ''",
  'String(req.headers.origin)',
].map((source) => {
  const code = `app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', ${source});
  next();
});`;
  return invalid({
    code,
    write: `res.setHeader('Access-Control-Allow-Origin', ${source})`,
    output: code.replace('  next();', "  res.setHeader('Vary', 'Origin');\n  next();"),
  });
});

const destructured = `function handler({ headers: { origin } }, res) {
  res.setHeader('Access-Control-Allow-Origin', origin);
}`;
const nestedDestructuring = `function handler(req, res) {
  const { headers: { origin: requestOrigin = '' } } = req;
  const allowed = ORIGINS.find((o) => o === requestOrigin);
  res.setHeader('Access-Control-Allow-Origin', allowed);
}`;
const helperParameter = `function allowOrigin(res, origin) {
  res.setHeader('Access-Control-Allow-Origin', origin);
}
export default function handler(req, res) {
  allowOrigin(res, req.headers.origin);
  res.end();
}`;
const reassigned = `function handler(req, res) {
  let origin = DEFAULT_ORIGIN;
  if (ORIGINS.has(req.headers.origin)) origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', origin);
}`;
const varyWithoutOrigin = `function handler(req, res) {
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
}`;
const varyInOtherBranch = `function handler(req, res) {
  if (req.url === '/a') {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
    res.setHeader('Vary', 'Origin');
  } else {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  }
}`;
const computedName = `const ACAO = 'Access-Control-Allow-Origin';
export const handler = async (event) => ({
  statusCode: 204,
  headers: { [ACAO]: event.headers.origin },
});`;
// Functions that only read headers, or helpers not given the response, do not hide a missing Vary.
const readers = `import { getCorsOrigin } from './cors';
function handler(req, res) {
  const origin = getCorsOrigin(req.headers.origin);
  logHeaders(origin);
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
}`;
// CORS middleware that sends `Vary: Origin` itself, before the handler on the same responses.
const echoRoute = `app.get('/x', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.send('ok');
});`;
const middlewareFirst = (middleware: string) => `const cors = require('cors');\n${middleware}\n${echoRoute}`;
const withVary = (code: string) => code.replace("origin);\n  res.send", "origin);\n  res.setHeader('Vary', 'Origin');\n  res.send");

const twoWrites = `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
}`;

ruleTester.run('require-vary-origin', rule, {
  assertionOptions,
  valid: [
    // Vary assigned with a dot on a headers object (Elysia's set.headers).
    `export const hook = ({ set, request }) => {\n  const origin = request.headers.get('Origin') ?? '';\n  if (allowed.has(origin)) {\n    set.headers.vary = 'Origin';\n    set.headers['access-control-allow-origin'] = origin;\n  }\n};`,
    // Every family once fixed.
    ...families.filter((c) => c.output !== null).map((c) => c.output!),
    // Vary: Origin through every API.
    `app.use((req, res, next) => { res.set('Access-Control-Allow-Origin', req.headers.origin); res.vary('Origin'); next(); });`,
    `app.use(async (ctx, next) => { ctx.vary('Origin'); ctx.set('Access-Control-Allow-Origin', ctx.get('Origin')); await next(); });`,
    `res.setHeader('Access-Control-Allow-Origin', req.headers.origin); res.setHeader('Vary', 'Accept-Encoding, Origin');`,
    `res.setHeader('Access-Control-Allow-Origin', req.headers.origin); res.setHeader('vary', ['Accept-Encoding', 'origin']);`,
    `res.setHeader('Access-Control-Allow-Origin', req.headers.origin); res.appendHeader('Vary', 'Origin');`,
    `res.writeHead(200, { 'Access-Control-Allow-Origin': req.headers.origin, Vary: 'Origin' });`,
    `res.writeHead(200, { 'Access-Control-Allow-Origin': req.headers.origin, Vary: '*' });`,
    `const headers = new Headers(); headers.set('Access-Control-Allow-Origin', request.headers.get('origin')); headers.append('Vary', 'Origin');`,
    `c.header('Access-Control-Allow-Origin', c.req.header('origin')); c.header('Vary', 'Origin', { append: true });`,
    `reply.header('Access-Control-Allow-Origin', request.headers.origin).header('Vary', 'Origin');`,
    `setResponseHeaders(event, { 'Access-Control-Allow-Origin': getRequestHeader(event, 'origin'), Vary: 'Origin' });`,
    `return { statusCode: 200, headers: { 'Access-Control-Allow-Origin': event.headers.origin, ...varyHeaders } };`,
    `res.setHeader('Access-Control-Allow-Origin', req.headers.origin); res.setHeader('Vary', varyValue);`,
    // Headers not known statically may include Vary.
    `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
}`,
    `import { sharedHeaders } from './headers';
fastify.get('/me', (request, reply) => { reply.headers(sharedHeaders); reply.header('Access-Control-Allow-Origin', request.headers.origin); });`,
    `res.writeHead(200, { ...baseHeaders, 'Access-Control-Allow-Origin': req.headers.origin });`,
    `res.writeHead(200, headersFor(req));
res.setHeader('Access-Control-Allow-Origin', req.headers.origin);`,
    // Vary written by a helper of another module that is given the response (the @fastify/cors shape).
    `const { addOriginToVaryHeader } = require('./vary');
function addCorsHeaders(req, reply) {
  const origin = req.headers.origin;
  if (allowed.has(origin)) reply.header('Access-Control-Allow-Origin', origin);
}
module.exports = function onRequest(req, reply, done) {
  addOriginToVaryHeader(reply);
  addCorsHeaders(req, reply);
  done();
};`,
    `import * as cors from './cors';
function handler(req, res) { cors.applyCorsHeaders(res); res.setHeader('Access-Control-Allow-Origin', req.headers.origin); }`,
    // Vary from global middleware reaches the route.
    `app.use((req, res, next) => { res.vary('Origin'); next(); });
app.get('/me', (req, res) => { res.set('Access-Control-Allow-Origin', req.headers.origin); res.json(req.user); });`,
    // Vary set by a helper the handler calls.
    `function vary(res) { res.setHeader('Vary', 'Origin'); }
function handler(req, res) { res.setHeader('Access-Control-Allow-Origin', req.headers.origin); vary(res); }`,
    // Values that do not depend on the request: no Vary needed.
    `res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');`,
    `res.setHeader('Access-Control-Allow-Origin', '*');`,
    `res.setHeader('Access-Control-Allow-Origin', process.env.FRONTEND_ORIGIN);`,
    `res.setHeader('Access-Control-Allow-Origin', config.get('origin'));`,
    `app.use(async (ctx, next) => { ctx.set('Access-Control-Allow-Origin', ctx.origin); await next(); });`,
    `function handler(req, res) { const origin = settings.origin; res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function handler({ origin }, res) { res.setHeader('Access-Control-Allow-Origin', origin); }`,
    // next.config values that do not come from the request's Origin header.
    `module.exports = { headers: async () => [
  { source: '/a', headers: [{ key: 'Access-Control-Allow-Origin', value: ':origin' }] },
  { source: '/b/:origin', headers: [{ key: 'Access-Control-Allow-Origin', value: ':origin' }] },
  { source: '/c', has: [{ type: 'header', key: 'x-origin', value: '(?<o>.*)' }], headers: [{ key: 'Access-Control-Allow-Origin', value: ':o' }] },
  { source: '/d', has: [{ type: 'header', key: 'origin', value: '(?<o>.*)' }], headers: [{ key: 'Access-Control-Allow-Origin', value: ':other' }] },
  { source: '/e', has: [{ type: 'header', key: 'origin' }], headers: [{ key: 'Access-Control-Allow-Origin', value: ':origin' }, { key: 'Vary', value: 'Origin' }] },
] };`,
    middlewareFirst('app.use(cors({ origin: true, credentials: true }));'),
    middlewareFirst("app.use(cors({ origin: ['https://a.example.com', 'https://b.example.com'] }));"),
    middlewareFirst("const corsMiddleware = cors({ origin: true });\napp.use('/', corsMiddleware);"),
    `const cors = require('cors');\napp.get('/x', cors({ origin: true }), (req, res) => {\n  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  res.send('ok');\n});`,
    `import cors from '@fastify/cors';\nfastify.register(cors, { origin: true });\nfastify.get('/x', (request, reply) => {\n  reply.header('Access-Control-Allow-Origin', request.headers.origin).send('ok');\n});`,
    // The server's own host, not chosen by the requesting page.
    `app.get('/x', (req, res) => { res.set('Access-Control-Allow-Origin', \`https://\${req.headers.host}\`); res.end(); });`,
    // Not a response header.
    `fetch(url, { headers: { 'Access-Control-Allow-Origin': req.headers.origin } });`,
    `const seen = new Map(); seen.set('Access-Control-Allow-Origin', req.headers.origin);`,
    // Headers read back from a response and compared in a test: expected values, not a response.
    `test('cors', async () => {
  const res = await app.inject({ method: 'GET', url: '/', headers: { origin: 'https://a.example' } });
  const actual = {
    'access-control-allow-origin': res.headers['access-control-allow-origin'],
    'content-length': res.headers['content-length'],
  };
  assert.deepStrictEqual(actual, { 'access-control-allow-origin': 'https://a.example', 'content-length': '2' });
});`,
    `res.setHeader('X-Request-Origin', req.headers.origin);`,
    // Odd code.
    `res.setHeader('Access-Control-Allow-Origin'); res.vary(); res.set({ [req.headers.origin]: 'x' });`,
  ],
  invalid: [
    ...families.map(invalid),
    ...originSources,
    invalid({
      code: destructured,
      write: `res.setHeader('Access-Control-Allow-Origin', origin)`,
      output: destructured.replace('origin);\n', "origin);\n  res.setHeader('Vary', 'Origin');\n"),
    }),
    invalid({
      code: nestedDestructuring,
      write: `res.setHeader('Access-Control-Allow-Origin', allowed)`,
      output: nestedDestructuring.replace('allowed);\n', "allowed);\n  res.setHeader('Vary', 'Origin');\n"),
    }),
    // Through a helper's parameter: the helper gets the Vary.
    invalid({
      code: helperParameter,
      write: `res.setHeader('Access-Control-Allow-Origin', origin)`,
      output: helperParameter.replace("origin);\n}", "origin);\n  res.setHeader('Vary', 'Origin');\n}"),
    }),
    invalid({
      code: reassigned,
      write: `res.setHeader('Access-Control-Allow-Origin', origin)`,
      output: reassigned.replace("origin);\n}", "origin);\n  res.setHeader('Vary', 'Origin');\n}"),
    }),
    // An existing Vary without Origin is extended.
    invalid({
      code: varyWithoutOrigin,
      write: `res.setHeader('Access-Control-Allow-Origin', req.headers.origin)`,
      output: varyWithoutOrigin.replace("'Accept-Encoding'", "'Accept-Encoding, Origin'"),
    }),
    // The Vary of the other branch does not reach this response.
    invalid({
      code: varyInOtherBranch,
      write: `res.setHeader('Access-Control-Allow-Origin', req.headers.origin)`,
      occurrence: 2,
      output: varyInOtherBranch.replace(
        "origin);\n  }\n}",
        "origin);\n    res.setHeader('Vary', 'Origin');\n  }\n}",
      ),
    }),
    invalid({
      code: computedName,
      write: `[ACAO]: event.headers.origin`,
      output: computedName.replace('event.headers.origin }', "event.headers.origin, 'Vary': 'Origin' }"),
    }),
    invalid({
      code: readers,
      write: "res.setHeader('Access-Control-Allow-Origin', req.headers.origin)",
      output: readers.replace('req.headers.origin);\n}', "req.headers.origin);\n  res.setHeader('Vary', 'Origin');\n}"),
    }),
    // Middleware that sends no Vary, runs after the handler, or on another path.
    ...[
      "app.use(cors({ origin: '*' }));",
      "app.use(cors({ origin: false }));",
      "app.use('/api', cors({ origin: true }));",
    ].map((middleware) =>
      invalid({ code: middlewareFirst(middleware), write: "res.setHeader('Access-Control-Allow-Origin', req.headers.origin)", output: withVary(middlewareFirst(middleware)) }),
    ),
    invalid({
      code: `const cors = require('cors');\n${echoRoute}\napp.use(cors({ origin: true }));`,
      write: "res.setHeader('Access-Control-Allow-Origin', req.headers.origin)",
      output: `const cors = require('cors');\n${withVary(echoRoute)}\napp.use(cors({ origin: true }));`,
    }),
    // Origin goes into the last Vary that reaches the response, whatever its form, never a second key or call.
    ...(
    [
      ['headers: { "Access-Control-Allow-Origin": o, Vary: `Accept-Encoding` }', 'headers: { "Access-Control-Allow-Origin": o, Vary: "Accept-Encoding, Origin" }'],
      ["headers: { Vary: VARY, 'Access-Control-Allow-Origin': o }", "headers: { Vary: `${VARY}, Origin`, 'Access-Control-Allow-Origin': o }"],
      ["headers: { 'access-control-allow-origin': o, vary: `${VARY}` }", "headers: { 'access-control-allow-origin': o, vary: `${VARY}, Origin` }"],
      ["headers: { 'access-control-allow-origin': o, vary: ['Accept'] }", "headers: { 'access-control-allow-origin': o, vary: ['Accept', 'Origin'] }"],
      ["headers: { 'access-control-allow-origin': o, vary: [] }", "headers: { 'access-control-allow-origin': o, vary: ['Origin'] }"],
    ] as Array<[string, string]>).map(([headersCode, fixed]) => {
      const code = `const VARY = 'Accept';\nexports.handler = async (event) => {\n  const o = event.headers.origin;\n  return { statusCode: 200, ${headersCode} };\n};`;
      const write = /['"]access-control-allow-origin['"]: o/i.exec(headersCode)![0];
      return invalid({ code, write, output: code.replace(headersCode, fixed) });
    }),
    ...(
    [
      ["res.setHeader('Vary', VARY);", "res.setHeader('Vary', `${VARY}, Origin`);"],
      ["res.setHeader('Vary', '');", "res.setHeader('Vary', 'Origin');"],
      ["res.setHeader('Vary', ' , ');", "res.setHeader('Vary', 'Origin');"],
      ["res.setHeader('Vary', 'Accept,');", "res.setHeader('Vary', 'Accept, Origin');"],
    ] as Array<[string, string]>).map(([varyCode, fixed]) => {
      const code = `const VARY = 'Accept-Encoding';\nfunction handler(req, res) {\n  res.setHeader('Vary', 'Cookie');\n  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  ${varyCode}\n  res.end();\n}`;
      return invalid({ code, write: "res.setHeader('Access-Control-Allow-Origin', req.headers.origin)", output: code.replace(varyCode, fixed) });
    }),
    // Other request data the caller chooses also needs Vary.
    (() => {
      const code = `app.get('/widget', (req, res) => {\n  res.set('Access-Control-Allow-Origin', req.query.origin);\n  res.json({});\n});`;
      return invalid({
        code,
        write: "res.set('Access-Control-Allow-Origin', req.query.origin)",
        output: code.replace('origin);\n', "origin);\n  res.vary('Origin');\n"),
      });
    })(),
    // Two writes in one response: one Vary is added (the second report has no fix of its own in the same pass).
    {
      code: twoWrites,
      output: `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
}`,
      errors: [
        { messageId: 'missingVary', ...at(twoWrites, `res.setHeader('Access-Control-Allow-Origin', req.headers.origin)`) },
        { messageId: 'missingVary', ...at(twoWrites, `res.setHeader('Access-Control-Allow-Origin', req.headers.origin)`, 2) },
      ],
    },
  ],
});
