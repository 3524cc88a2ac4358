import rule from '../../src/rules/require-preflight-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const ruleTester = createRuleTester();

interface Case {
  readonly code: string;
  /** The preflight's Access-Control-Allow-Origin write, which is reported. */
  readonly write: string;
  readonly output: string | null;
  readonly occurrence?: number;
}

function invalid({ code, write, output, occurrence = 1, suggestion }: Case & { suggestion?: string }) {
  return {
    code,
    output,
    errors: [
      {
        messageId: 'preflightWithoutCredentials' as const,
        ...at(code, write, occurrence),
        suggestions: suggestion ? [{ messageId: 'addCredentials' as const, output: suggestion }] : [],
      },
    ],
  };
}

/** An origin chosen per request: adding credentials is offered, never applied. */
function perRequest(c: Case): Case & { suggestion: string } {
  return { ...c, output: null, suggestion: c.output! };
}

/** An actual response of the module that allows credentials, appended to each preflight. */
const GET_WITH_CREDENTIALS = `
app.get('/api/me', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json(req.user);
});`;

// Each kind of preflight scope, with the fix in the API it already uses.
const preflights: Array<Case & { suggestion?: string }> = [
  {
    code: `app.options('/api/me', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Methods', 'GET, PUT');
  res.sendStatus(204);
});${GET_WITH_CREDENTIALS}`,
    write: `res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com')`,
    output: `app.options('/api/me', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Methods', 'GET, PUT');
  res.sendStatus(204);
});${GET_WITH_CREDENTIALS}`,
  },
  {
    code: `router.options('/api/me', function preflight(req, res) {
  res.set("Access-Control-Allow-Origin", ORIGIN)
  res.status(204).end()
})${GET_WITH_CREDENTIALS}`,
    write: `res.set("Access-Control-Allow-Origin", ORIGIN)`,
    output: `router.options('/api/me', function preflight(req, res) {
  res.set("Access-Control-Allow-Origin", ORIGIN)
  res.set("Access-Control-Allow-Credentials", "true")
  res.status(204).end()
})${GET_WITH_CREDENTIALS}`,
  },
  perRequest({
    code: `app.options('*', (req, res) => {
  res.header('access-control-allow-origin', req.headers.origin).sendStatus(204);
});${GET_WITH_CREDENTIALS}`,
    write: `res.header('access-control-allow-origin', req.headers.origin)`,
    output: `app.options('*', (req, res) => {
  res.header('access-control-allow-origin', req.headers.origin).header('access-control-allow-credentials', 'true').sendStatus(204);
});${GET_WITH_CREDENTIALS}`,
  }),
  {
    code: `fastify.options('/api/me', async (request, reply) => {
  reply.header('Access-Control-Allow-Origin', 'https://app.example.com');
  reply.code(204).send();
});
fastify.get('/api/me', async (request, reply) => {
  reply.headers({ 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' });
  return request.user;
});`,
    write: `reply.header('Access-Control-Allow-Origin', 'https://app.example.com')`,
    output: `fastify.options('/api/me', async (request, reply) => {
  reply.header('Access-Control-Allow-Origin', 'https://app.example.com');
  reply.header('Access-Control-Allow-Credentials', 'true');
  reply.code(204).send();
});
fastify.get('/api/me', async (request, reply) => {
  reply.headers({ 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' });
  return request.user;
});`,
  },
  {
    code: `fastify.route({
  method: 'OPTIONS',
  url: '/api/me',
  handler: async (request, reply) => {
    reply.headers({ 'Access-Control-Allow-Origin': 'https://app.example.com' });
    return reply.code(204).send();
  },
});
fastify.addHook('onSend', async (request, reply) => {
  reply.header('Access-Control-Allow-Credentials', 'true');
});`,
    write: `'Access-Control-Allow-Origin': 'https://app.example.com'`,
    output: `fastify.route({
  method: 'OPTIONS',
  url: '/api/me',
  handler: async (request, reply) => {
    reply.headers({ 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' });
    return reply.code(204).send();
  },
});
fastify.addHook('onSend', async (request, reply) => {
  reply.header('Access-Control-Allow-Credentials', 'true');
});`,
  },
  {
    code: `import { Hono } from 'hono';
const app = new Hono();
app.options('/api/*', (c) => {
  c.header('Access-Control-Allow-Origin', 'https://app.example.com');
  return c.body(null, 204);
});
app.get('/api/me', (c) => c.json(user, 200, { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' }));`,
    write: `c.header('Access-Control-Allow-Origin', 'https://app.example.com')`,
    output: `import { Hono } from 'hono';
const app = new Hono();
app.options('/api/*', (c) => {
  c.header('Access-Control-Allow-Origin', 'https://app.example.com');
  c.header('Access-Control-Allow-Credentials', 'true');
  return c.body(null, 204);
});
app.get('/api/me', (c) => c.json(user, 200, { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' }));`,
  },
  // Route handlers exported as OPTIONS (Next.js, SvelteKit).
  {
    code: `export async function OPTIONS() {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': 'https://app.example.com',
      'Access-Control-Allow-Methods': 'GET, POST',
    },
  });
}
export async function GET() {
  return Response.json(data, {
    headers: { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' },
  });
}`,
    write: `'Access-Control-Allow-Origin': 'https://app.example.com'`,
    output: `export async function OPTIONS() {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': 'https://app.example.com',
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Methods': 'GET, POST',
    },
  });
}
export async function GET() {
  return Response.json(data, {
    headers: { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' },
  });
}`,
  },
  {
    code: `import { NextResponse } from 'next/server';
export const OPTIONS = async () => new NextResponse(null, { status: 204, headers: { 'Access-Control-Allow-Origin': ORIGIN } });
export const POST = async () => NextResponse.json({}, { headers: { 'Access-Control-Allow-Origin': ORIGIN, 'Access-Control-Allow-Credentials': 'true' } });`,
    write: `'Access-Control-Allow-Origin': ORIGIN`,
    output: `import { NextResponse } from 'next/server';
export const OPTIONS = async () => new NextResponse(null, { status: 204, headers: { 'Access-Control-Allow-Origin': ORIGIN, 'Access-Control-Allow-Credentials': 'true' } });
export const POST = async () => NextResponse.json({}, { headers: { 'Access-Control-Allow-Origin': ORIGIN, 'Access-Control-Allow-Credentials': 'true' } });`,
  },
  perRequest({
    code: `const preflight: RequestHandler = ({ request }) => {
  const headers = new Headers();
  headers.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? '');
  return new Response(null, { headers });
};
export { preflight as OPTIONS };
export const GET: RequestHandler = () => new Response('ok', { headers: { 'Access-Control-Allow-Origin': ORIGIN, 'Access-Control-Allow-Credentials': 'true' } });`,
    write: `headers.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? '')`,
    output: `const preflight: RequestHandler = ({ request }) => {
  const headers = new Headers();
  headers.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? '');
  headers.set('Access-Control-Allow-Credentials', 'true');
  return new Response(null, { headers });
};
export { preflight as OPTIONS };
export const GET: RequestHandler = () => new Response('ok', { headers: { 'Access-Control-Allow-Origin': ORIGIN, 'Access-Control-Allow-Credentials': 'true' } });`,
  }),
  // Branches that only run for preflights.
  {
    code: `http.createServer((req, res) => {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { 'Access-Control-Allow-Origin': 'https://app.example.com' });
    return res.end();
  }
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end(body);
});`,
    write: `'Access-Control-Allow-Origin': 'https://app.example.com'`,
    output: `http.createServer((req, res) => {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' });
    return res.end();
  }
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end(body);
});`,
  },
  {
    code: `export default {
  async fetch(request) {
    if ('OPTIONS' == request.method.toUpperCase()) {
      const headers = new Headers({ 'Access-Control-Allow-Origin': 'https://app.example.com' });
      return new Response(null, { status: 204, headers });
    }
    return Response.json(data, { headers: { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' } });
  },
};`,
    write: `'Access-Control-Allow-Origin': 'https://app.example.com'`,
    output: `export default {
  async fetch(request) {
    if ('OPTIONS' == request.method.toUpperCase()) {
      const headers = new Headers({ 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' });
      return new Response(null, { status: 204, headers });
    }
    return Response.json(data, { headers: { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' } });
  },
};`,
  },
  perRequest({
    code: `app.use(async (ctx, next) => {
  if (ctx.method === 'OPTIONS') {
    ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));
    ctx.status = 204;
    return;
  }
  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));
  ctx.set('Access-Control-Allow-Credentials', 'true');
  await next();
});`,
    write: `ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'))`,
    output: `app.use(async (ctx, next) => {
  if (ctx.method === 'OPTIONS') {
    ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));
    ctx.set('Access-Control-Allow-Credentials', 'true');
    ctx.status = 204;
    return;
  }
  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));
  ctx.set('Access-Control-Allow-Credentials', 'true');
  await next();
});`,
  }),
  {
    code: `module.exports = (req, res) => {
  switch (req.method) {
    case 'OPTIONS':
      res.setHeader('Access-Control-Allow-Origin', ORIGIN);
      res.statusCode = 204;
      return res.end();
    case 'GET':
      res.setHeader('Access-Control-Allow-Origin', ORIGIN);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      return res.end(body);
  }
};`,
    write: `res.setHeader('Access-Control-Allow-Origin', ORIGIN)`,
    output: `module.exports = (req, res) => {
  switch (req.method) {
    case 'OPTIONS':
      res.setHeader('Access-Control-Allow-Origin', ORIGIN);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.statusCode = 204;
      return res.end();
    case 'GET':
      res.setHeader('Access-Control-Allow-Origin', ORIGIN);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      return res.end(body);
  }
};`,
  },
  // After `if (req.method !== 'OPTIONS') return next();` only preflights run.
  {
    code: `app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  if (req.method !== 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    return next();
  }
  res.setHeader('Access-Control-Allow-Methods', 'GET, PUT');
  res.sendStatus(204);
});`,
    write: `res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com')`,
    output: `app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  if (req.method !== 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    return next();
  }
  res.setHeader('Access-Control-Allow-Methods', 'GET, PUT');
  res.sendStatus(204);
});`,
  },
  {
    code: `import { defineEventHandler, isPreflightRequest, setResponseHeader, setResponseHeaders } from 'h3';
export default defineEventHandler((event) => {
  if (isPreflightRequest(event)) {
    setResponseHeader(event, 'Access-Control-Allow-Origin', 'https://app.example.com');
    return null;
  }
  setResponseHeaders(event, { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' });
});`,
    write: `setResponseHeader(event, 'Access-Control-Allow-Origin', 'https://app.example.com')`,
    output: `import { defineEventHandler, isPreflightRequest, setResponseHeader, setResponseHeaders } from 'h3';
export default defineEventHandler((event) => {
  if (isPreflightRequest(event)) {
    setResponseHeader(event, 'Access-Control-Allow-Origin', 'https://app.example.com');
    setResponseHeader(event, 'Access-Control-Allow-Credentials', 'true');
    return null;
  }
  setResponseHeaders(event, { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' });
});`,
  },
];

// Origins from configuration are the same for every request: fixed in place.
const configured = `import config from './config';
app.options('/a', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', process.env.WEB_ORIGIN);
  res.end();
});
app.options('/b', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', config.cors.origin);
  res.end();
});${GET_WITH_CREDENTIALS}`;
// An origin computed by a call may depend on the request: only offered.
const computed = `app.options('/a', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', pickOrigin(req));
  res.end();
});${GET_WITH_CREDENTIALS}`;

// A write shared with other responses (a helper, a shared constant) is reported without an edit.
const helperWrite = `function allowOrigin(res) {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
}
app.options('/api/me', (req, res) => {
  allowOrigin(res);
  res.sendStatus(204);
});
app.get('/api/me', (req, res) => {
  allowOrigin(res);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json(req.user);
});`;
const sharedHeaders = `const corsHeaders = { 'Access-Control-Allow-Origin': 'https://app.example.com' };
export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders });
}
export function GET() {
  return Response.json(data, { headers: { ...corsHeaders, 'Access-Control-Allow-Credentials': 'true' } });
}`;
const globalCredentials = `import express from 'express';
const app = express();
app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', WEB);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});
app.options('/api/:id', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', WEB);
  res.status(204).end();
});`;

ruleTester.run('require-preflight-credentials', rule, {
  assertionOptions,
  valid: [
    // Every preflight form once fixed.
    ...preflights.map((c) => c.output ?? c.suggestion!),
    // Preflights that allow credentials.
    `app.options('/api/me', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.sendStatus(204);
});${GET_WITH_CREDENTIALS}`,
    `export function OPTIONS() { return new Response(null, { headers: { 'Access-Control-Allow-Origin': ORIGIN, 'Access-Control-Allow-Credentials': 'true' } }); }
export function GET() { return Response.json(d, { headers: { 'Access-Control-Allow-Origin': ORIGIN, 'Access-Control-Allow-Credentials': 'true' } }); }`,
    // Credentials set before the preflight branch reach it.
    `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', ORIGIN);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET');
    return res.end();
  }
  res.end(body);
}`,
    // No actual response grants credentials.
    `app.options('/api', (req, res) => { res.set('Access-Control-Allow-Origin', ORIGIN); res.sendStatus(204); });
app.get('/api', (req, res) => { res.set('Access-Control-Allow-Origin', ORIGIN); res.json(data); });`,
    // Credentials granted only inside another preflight do not make the actual responses credentialed.
    `function cors(req, res) {
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Origin', ORIGIN);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    return res.end();
  }
  res.setHeader('Access-Control-Allow-Origin', ORIGIN);
}
app.options('/other', (req, res) => { res.setHeader('Access-Control-Allow-Origin', ORIGIN); res.end(); });`,
    // A `*` preflight is out of reach of this rule (credentials cannot be added to it).
    `app.options('/api', (req, res) => { res.set('Access-Control-Allow-Origin', '*'); res.sendStatus(204); });${GET_WITH_CREDENTIALS}`,
    // Headers not known statically may carry the credentials header.
    `app.options('/api', (req, res) => { res.set({ ...preflightHeaders, 'Access-Control-Allow-Origin': ORIGIN }); res.sendStatus(204); });${GET_WITH_CREDENTIALS}`,
    `app.options('/api', (req, res) => { res.set('Access-Control-Allow-Origin', ORIGIN); res.setHeader(CREDENTIALS_HEADER, 'true'); res.sendStatus(204); });${GET_WITH_CREDENTIALS}`,
    // Not preflights.
    `app.get('/other', (req, res) => { res.set('Access-Control-Allow-Origin', ORIGIN); res.json(data); });${GET_WITH_CREDENTIALS}`,
    `function handler(req, res) {
  if (req.method === 'GET') {
    res.setHeader('Access-Control-Allow-Origin', ORIGIN);
    return res.end();
  }
  res.setHeader('Access-Control-Allow-Origin', ORIGIN);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
}`,
    `export function options() { return new Response(null, { headers: { 'Access-Control-Allow-Origin': ORIGIN } }); }
export function GET() { return Response.json(d, { headers: { 'Access-Control-Allow-Origin': ORIGIN, 'Access-Control-Allow-Credentials': 'true' } }); }`,
    // A helper of another module may write the credentials header.
    `import { setCorsHeaders } from './cors';
app.options('/api', (req, res) => { setCorsHeaders(res); res.set('Access-Control-Allow-Origin', ORIGIN); res.sendStatus(204); });${GET_WITH_CREDENTIALS}`,
    // A preflight that sends no origin at all.
    `app.options('/api', (req, res) => { res.set('Access-Control-Allow-Methods', 'GET'); res.sendStatus(204); });${GET_WITH_CREDENTIALS}`,
  ],
  invalid: [
    ...preflights.map(invalid),
    {
      code: configured,
      output: configured
        .replace("WEB_ORIGIN);\n", "WEB_ORIGIN);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n")
        .replace('config.cors.origin);\n', "config.cors.origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n"),
      errors: [
        { messageId: 'preflightWithoutCredentials', ...at(configured, "res.setHeader('Access-Control-Allow-Origin', process.env.WEB_ORIGIN)"), suggestions: [] },
        { messageId: 'preflightWithoutCredentials', ...at(configured, "res.setHeader('Access-Control-Allow-Origin', config.cors.origin)"), suggestions: [] },
      ],
    },
    invalid({
      code: computed,
      write: "res.setHeader('Access-Control-Allow-Origin', pickOrigin(req))",
      output: null,
      suggestion: computed.replace('pickOrigin(req));\n', "pickOrigin(req));\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n"),
    }),
    invalid({ code: helperWrite, write: `res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com')`, output: null }),
    invalid({ code: sharedHeaders, write: `'Access-Control-Allow-Origin': 'https://app.example.com'`, output: null }),
    // The preflight handler writes its own CORS headers and leaves credentials out.
    invalid({
      code: globalCredentials,
      write: `res.setHeader('Access-Control-Allow-Origin', WEB)`,
      occurrence: 2,
      output: globalCredentials.replace(
        "  res.setHeader('Access-Control-Allow-Origin', WEB);\n  res.status(204)",
        "  res.setHeader('Access-Control-Allow-Origin', WEB);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n  res.status(204)",
      ),
    }),
  ],
});
