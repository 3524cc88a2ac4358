import { describe, expect, it } from 'vitest';
import { isRequestOriginRead } from '../../src/analysis/server/request-origin.js';
import { analyze, findNode } from './analyze.js';

/** How the model classifies the value of the last Access-Control-Allow-Origin write of `code`. */
function originKind(code: string): string {
  const a = analyze(code);
  const writes = a.headers.writes.filter((w) => w.name === 'access-control-allow-origin');
  return a.headers.classifyOrigin(writes.at(-1)!).kind;
}

function inHandler(value: string, before = ''): string {
  return `function handler(req, res) {\n  ${before}\n  res.setHeader('Access-Control-Allow-Origin', ${value});\n}`;
}

describe('classifying Access-Control-Allow-Origin values', () => {
  it.each([
    ["'*'", inHandler("'*'")],
    ["' * '", inHandler("' * '")],
    ['`*`', inHandler('`*`')],
    ["'*' as const", inHandler("'*' as const")],
    ['a constant', `const ANY = '*';\n${inHandler('ANY')}`],
    ['a one-value array', inHandler("['*']")],
    ['an object of constants', `const CORS = { origin: '*' } as const;\n${inHandler('CORS.origin')}`],
  ])('wildcard: %s', (_name, code) => {
    expect(originKind(code)).toBe('wildcard');
  });

  it.each([["'null'"], ["'NULL'"], ['`null`']])('null: %s', (value) => {
    expect(originKind(inHandler(value))).toBe('null');
  });

  it.each([
    ["'https://app.example.com'"],
    ['`https://${"app"}.example.com`'],
    ["'https://a.example, https://b.example'"],
  ])('fixed: %s', (value) => {
    expect(originKind(inHandler(value))).toBe('fixed');
  });

  it.each([
    ['req.headers.origin'],
    ["req.headers['origin']"],
    ['req.headers?.origin'],
    ['req.headers.origin!'],
    ["req.get('origin')"],
    ["req.header('Origin')"],
    ["req.get('ORIGIN') ?? ''"],
    ['`${req.headers.origin}`'],
    ["req.headers.origin || '*'"],
    ['String(req.headers.origin)'],
    ["ALLOWED.includes(req.headers.origin) ? req.headers.origin : 'https://app.example.com'"],
    ['ALLOWED.find((o) => o === req.headers.origin)'],
    ['req.raw.headers.origin'],
  ])('request origin: %s', (value) => {
    expect(originKind(inHandler(value))).toBe('request-origin');
  });

  it.each([
    ['Koa ctx.get', `app.use(async (ctx) => { ctx.set('Access-Control-Allow-Origin', ctx.get('Origin')); });`],
    ['Koa ctx.request.header', `app.use(async (ctx) => { ctx.set('Access-Control-Allow-Origin', ctx.request.header.origin); });`],
    ['Koa ctx.headers', `app.use(async (ctx) => { ctx.set('Access-Control-Allow-Origin', ctx.headers.origin); });`],
    ['Fetch request.headers.get', `export function GET(request) { return Response.json(d, { headers: { 'Access-Control-Allow-Origin': request.headers.get('origin') } }); }`],
    ['Next.js headers()', `export async function GET() { const h = await headers(); return Response.json(d, { headers: { 'Access-Control-Allow-Origin': h.get('origin') } }); }`],
    ['Hono c.req.header', `app.use('*', async (c) => { c.header('Access-Control-Allow-Origin', c.req.header('origin')); });`],
    ['h3 getRequestHeader', `export default defineEventHandler((event) => { setResponseHeader(event, 'Access-Control-Allow-Origin', getRequestHeader(event, 'origin')); });`],
    ['h3 getHeader', `export default defineEventHandler((event) => { setResponseHeader(event, 'Access-Control-Allow-Origin', getHeader(event, 'Origin')); });`],
    ['h3 getRequestHeaders', `export default defineEventHandler((event) => { setResponseHeader(event, 'Access-Control-Allow-Origin', getRequestHeaders(event).origin); });`],
    ['h3 event.node.req', `export default defineEventHandler((event) => { setResponseHeader(event, 'Access-Control-Allow-Origin', event.node.req.headers.origin); });`],
    ['a Lambda event', `exports.handler = async (event) => ({ headers: { 'Access-Control-Allow-Origin': event.headers.origin } });`],
    ['destructuring', inHandler('origin', 'const { origin } = req.headers;')],
    ['destructuring with a rename and default', inHandler('o', "const { origin: o = '' } = req.headers;")],
    ['nested destructuring', inHandler('origin', 'const { headers: { origin } } = req;')],
    ['a destructured parameter', `function handler({ headers: { origin } }, res) { res.setHeader('Access-Control-Allow-Origin', origin); }`],
    ['a headers parameter', `export const GET = ({ headers }) => new Response('', { headers: { 'Access-Control-Allow-Origin': headers.origin } });`],
    ['a variable', inHandler('origin', 'const origin = req.headers.origin;')],
    ['a chain of variables', inHandler('allowed', 'const origin = req.headers.origin; const allowed = ORIGINS.has(origin) ? origin : null;')],
    ['a reassigned variable', inHandler('origin', 'let origin = DEFAULT; if (ORIGINS.has(req.headers.origin)) origin = req.headers.origin;')],
    ['a helper parameter', `function allow(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }\nfunction handler(req, res) { allow(res, req.headers.origin); }`],
    [
      'a next.config parameter captured from the Origin header',
      `module.exports = { headers: async () => [{ source: '/api', has: [{ type: 'header', key: 'Origin', value: '(?<site>.*)' }], headers: [{ key: 'Access-Control-Allow-Origin', value: ':site' }] }] };`,
    ],
    [
      'a next.config Origin header matched without a value',
      `module.exports = { headers: async () => [{ source: '/api', has: [{ type: 'header', key: 'origin' }], headers: [{ key: 'Access-Control-Allow-Origin', value: ':origin' }] }] };`,
    ],
  ])('request origin: %s', (_name, code) => {
    expect(originKind(code)).toBe('request-origin');
  });

  it.each([
    ['process.env', inHandler('process.env.FRONTEND_ORIGIN')],
    ['configuration', inHandler("config.get('origin')")],
    ['settings', inHandler('settings.origin')],
    ['Koa ctx.origin (the server origin)', `app.use(async (ctx) => { ctx.set('Access-Control-Allow-Origin', ctx.origin); });`],
    ['the URL of the request', inHandler('new URL(req.url).origin')],
    ['a Map', inHandler("lookup.get('origin')", 'const lookup = new Map();')],
    ['a destructured parameter not from headers', `function handler({ origin }, res) { res.setHeader('Access-Control-Allow-Origin', origin); }`],
    ['a helper parameter given a constant', `function allow(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }\nfunction handler(req, res) { allow(res, ORIGIN); }`],
    ['the query string', inHandler('req.query.origin')],
    ['a function call', inHandler('pickOrigin()')],
  ])('dynamic (not the request origin): %s', (_name, code) => {
    expect(originKind(code)).toBe('dynamic');
  });

  it.each([
    ['without has', `module.exports = { headers: async () => [{ source: '/api', headers: [{ key: 'Access-Control-Allow-Origin', value: ':origin' }] }] };`],
    [
      'a parameter of another header',
      `module.exports = { headers: async () => [{ source: '/api', has: [{ type: 'header', key: 'referer', value: '(?<site>.*)' }], headers: [{ key: 'Access-Control-Allow-Origin', value: ':site' }] }] };`,
    ],
    [
      'a parameter of a query',
      `module.exports = { headers: async () => [{ source: '/api', has: [{ type: 'query', key: 'origin' }], headers: [{ key: 'Access-Control-Allow-Origin', value: ':origin' }] }] };`,
    ],
  ])('fixed (next.config %s)', (_name, code) => {
    expect(originKind(code)).toBe('fixed');
  });
});

describe('origins that are the same for every request', () => {
  function isConstant(code: string): boolean {
    const a = analyze(code);
    const write = a.headers.writes.filter((w) => w.name === 'access-control-allow-origin').at(-1)!;
    return a.headers.classifyOrigin(write).constant;
  }

  it.each([
    ['a literal', inHandler("'https://app.example.com'")],
    ['the environment', inHandler('process.env.WEB_ORIGIN')],
    ['an imported constant', `import { WEB_ORIGIN } from './config';\n${inHandler('WEB_ORIGIN')}`],
    ['a required configuration object', `const config = require('./config');\n${inHandler('config.cors.origin')}`],
    ['a destructured configuration value', `const { origin } = settings;\n${inHandler('origin')}`],
    ['a constant computed from the environment', `const ORIGIN = process.env.ORIGIN ?? 'https://app.example.com';\n${inHandler('ORIGIN')}`],
  ])('%s', (_name, code) => {
    expect(isConstant(code)).toBe(true);
  });

  it.each([
    ['the request origin', inHandler('req.headers.origin')],
    ['a call', inHandler('pickOrigin(req)')],
    ['request data', inHandler('req.query.origin')],
    ['a parameter', `function allow(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }`],
    ['a reassigned variable', inHandler('origin', 'let origin = A; if (x) origin = B;')],
  ])('not %s', (_name, code) => {
    expect(isConstant(code)).toBe(false);
  });
});

describe('reads of the request Origin header', () => {
  it('recognises a read by itself', () => {
    const a = analyze(`function h(req, res) { const x = req.headers.origin; const y = req.headers.host; res.setHeader('Access-Control-Allow-Origin', x); }`);
    expect(isRequestOriginRead(a.model.context, findNode(a, 'req.headers.origin'))).toBe(true);
    expect(isRequestOriginRead(a.model.context, findNode(a, 'req.headers.host'))).toBe(false);
  });

  it('survives cyclic assignments', () => {
    expect(originKind(inHandler('a', 'let a = b; let b = a; a = b;'))).toBe('dynamic');
  });
});

describe('bounded flow', () => {
  const chain = (start: string, n: number) =>
    inHandler(`v${n}`, `const v0 = ${start};\n${Array.from({ length: n }, (_, i) => `  const v${i + 1} = v${i};`).join('\n')}\n  res.setHeader('Access-Control-Allow-Credentials', 'true');`);

  it.each([["'*'"], ['req.headers.origin']])('answers for a chain of 3,000 aliases of %s without overflowing the stack', (start) => {
    const a = analyze(chain(start, 3000));
    const write = a.headers.writes.find((w) => w.name === 'access-control-allow-origin')!;
    // Too deep to follow: not known, so not per request and nothing reflected.
    expect(a.headers.isPerRequest(write)).toBe(false);
    expect(a.model.reflection!.reflected).toEqual([]);
  });

  it('still follows a short chain of aliases', () => {
    const a = analyze(chain('req.headers.origin', 20));
    const write = a.headers.writes.find((w) => w.name === 'access-control-allow-origin')!;
    expect(a.headers.isPerRequest(write)).toBe(true);
    expect(a.model.reflection!.reflected).toHaveLength(1);
  });
});
