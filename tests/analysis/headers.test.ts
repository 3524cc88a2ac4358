import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRAMEWORKS } from '../../src/analysis/server/frameworks/index.js';
import type { FrameworkHeaders } from '../../src/analysis/server/frameworks/types.js';
import { describe, expect, it } from 'vitest';
import { analyze, describeWrites } from './analyze.js';

function writes(code: string): string[] {
  const a = analyze(code);
  return a.model.headers ? describeWrites(a) : [];
}

function styles(code: string): string[] {
  const a = analyze(code);
  return a.headers.writes.map((w) => (w.style.kind === 'method' ? `method:${w.style.method}` : w.style.kind === 'function' ? `function:${w.style.fn}` : w.style.kind));
}

describe('header writes: setters of every family', () => {
  it.each([
    ['Node setHeader', `res.setHeader('Access-Control-Allow-Origin', '*');`, ["access-control-allow-origin='*'"]],
    ['Node appendHeader', `res.appendHeader('Access-Control-Allow-Origin', o); res.appendHeader('Vary', 'Origin');`, ['access-control-allow-origin+=o', "vary+='Origin'"]],
    ['Node writeHead(status, headers)', `res.writeHead(200, { 'Access-Control-Allow-Origin': o, 'Content-Type': 'x' });`, ['access-control-allow-origin=o']],
    ['Node writeHead(status, message, headers)', `res.writeHead(204, 'No Content', { 'Access-Control-Max-Age': 600 });`, ['access-control-max-age=600']],
    ['Express res.set', `res.set('Access-Control-Allow-Credentials', 'true');`, ["access-control-allow-credentials='true'"]],
    ['Express res.set object', `res.set({ 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' });`, ["access-control-allow-credentials='true'", "vary='Origin'"]],
    ['Express res.header', `res.header('Access-Control-Allow-Methods', 'GET');`, ["access-control-allow-methods='GET'"]],
    ['Express res.header object', `res.header({ 'Access-Control-Allow-Methods': 'GET' });`, ["access-control-allow-methods='GET'"]],
    ['Express res.append', `res.append('Access-Control-Expose-Headers', 'X-Id');`, ["access-control-expose-headers+='X-Id'"]],
    ['Express res.vary', `res.set('Access-Control-Allow-Origin', o); res.vary('Origin');`, ['access-control-allow-origin=o', "vary+='Origin'"]],
    ['Koa ctx.set', `ctx.set('Access-Control-Allow-Origin', origin);`, ['access-control-allow-origin=origin']],
    ['Koa ctx.set object', `ctx.set({ 'Access-Control-Allow-Origin': origin });`, ['access-control-allow-origin=origin']],
    ['Koa ctx.append', `ctx.append('Access-Control-Expose-Headers', 'X-Id'); ctx.append('Vary', 'Origin');`, ["access-control-expose-headers+='X-Id'", "vary+='Origin'"]],
    ['Koa ctx.vary', `ctx.set('Access-Control-Allow-Origin', o); ctx.vary('Origin');`, ['access-control-allow-origin=o', "vary+='Origin'"]],
    ['Koa ctx.response.set', `ctx.response.set('Access-Control-Allow-Origin', origin);`, ['access-control-allow-origin=origin']],
    ['Fastify reply.header', `reply.header('Access-Control-Allow-Origin', origin);`, ['access-control-allow-origin=origin']],
    ['Fastify reply.headers', `reply.headers({ 'Access-Control-Allow-Origin': origin });`, ['access-control-allow-origin=origin']],
    ['Hono c.header', `c.header('Access-Control-Allow-Origin', origin);`, ['access-control-allow-origin=origin']],
    ['Hono c.header append', `c.header('Access-Control-Allow-Origin', o); c.header('Vary', 'Origin', { append: true });`, ['access-control-allow-origin=o', "vary+='Origin'"]],
    ['Hono c.json headers', `c.json(data, 200, { 'Access-Control-Allow-Origin': origin });`, ['access-control-allow-origin=origin']],
    ['Hono c.body init', `c.body(null, { status: 204, headers: { 'Access-Control-Allow-Origin': origin } });`, ['access-control-allow-origin=origin']],
    ['Fetch new Headers', `new Headers({ 'Access-Control-Allow-Origin': origin });`, ['access-control-allow-origin=origin']],
    ['Fetch headers.set', `headers.set('Access-Control-Allow-Origin', origin);`, ['access-control-allow-origin=origin']],
    ['Fetch headers.append', `headers.append('Access-Control-Allow-Origin', o); headers.append('Vary', 'Origin');`, ['access-control-allow-origin+=o', "vary+='Origin'"]],
    ['Fetch new Response', `new Response(body, { headers: { 'Access-Control-Allow-Origin': origin } });`, ['access-control-allow-origin=origin']],
    ['Response.json', `Response.json(data, { headers: { 'Access-Control-Allow-Origin': origin } });`, ['access-control-allow-origin=origin']],
    ['NextResponse.json', `NextResponse.json(data, { headers: { 'Access-Control-Allow-Origin': origin } });`, ['access-control-allow-origin=origin']],
    ['NextResponse.next', `NextResponse.next({ headers: { 'Access-Control-Allow-Origin': origin } });`, ['access-control-allow-origin=origin']],
    ['new NextResponse', `new NextResponse(null, { headers: { 'Access-Control-Allow-Origin': origin } });`, ['access-control-allow-origin=origin']],
    ['response.headers.set', `response.headers.set('Access-Control-Allow-Origin', origin);`, ['access-control-allow-origin=origin']],
    ['h3 setResponseHeader', `setResponseHeader(event, 'Access-Control-Allow-Origin', origin);`, ['access-control-allow-origin=origin']],
    ['h3 appendResponseHeader', `appendResponseHeader(event, 'Access-Control-Allow-Origin', o); appendResponseHeader(event, 'Vary', 'Origin');`, ['access-control-allow-origin+=o', "vary+='Origin'"]],
    ['h3 setResponseHeaders', `setResponseHeaders(event, { 'Access-Control-Allow-Origin': origin });`, ['access-control-allow-origin=origin']],
    ['h3 setHeader alias', `import { setHeader } from 'h3'; setHeader(event, 'Access-Control-Allow-Origin', origin);`, ['access-control-allow-origin=origin']],
    ['serverless', `exports.handler = async () => ({ statusCode: 200, headers: { 'Access-Control-Allow-Origin': origin } });`, ['access-control-allow-origin=origin']],
    ['an assignment to a headers object', `response.headers['Access-Control-Allow-Origin'] = origin;`, ['access-control-allow-origin=origin']],
    [
      'a Lambda@Edge header list',
      `headers['access-control-allow-origin'] = [{ key: 'Access-Control-Allow-Origin', value: origin }];`,
      ['access-control-allow-origin=origin'],
    ],
    ['an assigned response headers object', `response.headers = { 'Access-Control-Allow-Origin': origin };`, ['access-control-allow-origin=origin']],
    [
      'next.config',
      `module.exports = { async headers() { return [{ source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: origin }] }]; } };`,
      ['access-control-allow-origin=origin'],
    ],
  ])('%s', (_name, code, expected) => {
    expect(writes(code)).toEqual(expected);
  });

  it.each([
    ['h3 through a namespace import', `import * as h3 from 'h3'; h3.setResponseHeader(event, 'Access-Control-Allow-Origin', origin);`],
    ['h3 through require', `const h3 = require('h3'); h3.setResponseHeaders(event, { 'Access-Control-Allow-Origin': origin });`],
  ])('%s', (_name, code) => {
    expect(writes(code)).toEqual(['access-control-allow-origin=origin']);
  });

  it('records the API of each write', () => {
    expect(
      styles(`res.setHeader('Access-Control-Allow-Origin', o);
res.vary('Origin');
setResponseHeader(event, 'Vary', 'Origin');
res.writeHead(200, { Vary: 'Origin' });
module.exports = { headers: async () => [{ source: '/', headers: [{ key: 'Vary', value: 'Origin' }] }] };`),
    ).toEqual(['method:setHeader', 'method:vary', 'function:setResponseHeader', 'property', 'entry']);
  });

  it('records appends, including Hono\'s append option', () => {
    const a = analyze(`c.header('Access-Control-Expose-Headers', 'A'); c.header('Access-Control-Expose-Headers', 'B', { append: true }); c.header('Access-Control-Expose-Headers', 'C', { append: false });`);
    expect(a.headers.writes.map((w) => w.append)).toEqual([false, true, false]);
  });

  it('reads each write once however many calls use it', () => {
    const a = analyze(`const cors = { 'Access-Control-Allow-Origin': '*' };
app.get('/a', (req, res) => { res.set(cors); });
app.get('/b', (req, res) => { res.set(cors); });`);
    expect(describeWrites(a)).toEqual(["access-control-allow-origin='*'"]);
  });
});

describe('header names and values through constants', () => {
  it.each([
    ['a constant name', `const ACAO = 'Access-Control-Allow-Origin'; res.setHeader(ACAO, '*');`],
    ['a template literal name', 'res.setHeader(`Access-Control-Allow-${"Origin"}`, \'*\');'],
    ['an object of names', `const H = { origin: 'Access-Control-Allow-Origin' } as const; res.setHeader(H.origin, '*');`],
    ['an upper-case name', `res.setHeader('ACCESS-CONTROL-ALLOW-ORIGIN', '*');`],
    ['a name with spaces', `res.setHeader(' Access-Control-Allow-Origin ', '*');`],
    ['a computed key', `const ACAO = 'Access-Control-Allow-Origin'; res.set({ [ACAO]: '*' });`],
    ['a spread of a known object', `const cors = { 'Access-Control-Allow-Origin': '*' }; res.set({ ...cors });`],
    ['an object variable', `const headers = { 'Access-Control-Allow-Origin': '*' } satisfies Record<string, string>; res.writeHead(200, headers);`],
    ['`as const` on the name', `res.setHeader('Access-Control-Allow-Origin' as const, '*');`],
  ])('%s', (_name, code) => {
    expect(writes(code)).toEqual(["access-control-allow-origin='*'"]);
  });

  it('lets later entries override earlier ones, as at run time', () => {
    const a = analyze(`const base = { 'Access-Control-Allow-Origin': '*' }; res.set({ ...base, 'Access-Control-Allow-Origin': 'https://a.example' });`);
    const call = a.headers.scopes.find((s) => s.kind === 'handler')!;
    expect(call.own.map((c) => a.text(c.write.valueNode))).toEqual(["'https://a.example'"]);
  });

  it('does not track request headers named Access-Control-Request-*', () => {
    expect(writes(`res.setHeader('Access-Control-Request-Method', 'GET'); res.setHeader('Content-Type', 'text/plain');`)).toEqual([]);
  });
});

describe('look-alikes are not response writes', () => {
  it.each([
    ['Map.set', `const m = new Map(); m.set('Access-Control-Allow-Origin', '*');`],
    ['URLSearchParams.set', `const p = new URLSearchParams(); p.set('Access-Control-Allow-Origin', '*');`],
    ['FormData.append', `const f = new FormData(); f.append('Access-Control-Allow-Origin', '*');`],
    ['url.searchParams', `url.searchParams.set('Access-Control-Allow-Origin', '*');`],
    ['a literal receiver', `[].push('Access-Control-Allow-Origin', '*'); ({}).set?.('Access-Control-Allow-Origin', '*');`],
    ['fetch headers', `fetch(url, { headers: { 'Access-Control-Allow-Origin': '*' } });`],
    ['fetch headers through a variable', `const headers = { 'Access-Control-Allow-Origin': '*' }; fetch(url, { headers });`],
    ['fetch init through a variable', `const init = { headers: { 'Access-Control-Allow-Origin': '*' } }; fetch(url, init);`],
    ['a Headers object sent with a request', `const h = new Headers({ 'Access-Control-Allow-Origin': '*' }); h.set('Access-Control-Allow-Credentials', 'true'); fetch(url, { headers: h });`],
    ['new Request', `new Request(url, { headers: { 'Access-Control-Allow-Origin': '*' } });`],
    ['axios', `axios.post(url, body, { headers: { 'Access-Control-Allow-Origin': '*' } }); axios({ url, headers: { 'Access-Control-Allow-Origin': '*' } });`],
    ['axios defaults', `axios.create({ headers: { common: { 'Access-Control-Allow-Origin': '*' } } });`],
    ['a request wrapper given request options', `apiFetch('/me', { method: 'GET', credentials: 'include', headers: { 'Access-Control-Allow-Origin': '*' } });`],
    ['Angular HttpHeaders', `const headers = new HttpHeaders({ 'Access-Control-Allow-Origin': '*' }); headers.set('Access-Control-Allow-Credentials', 'true');`],
    ['axios defaults', `axios.defaults.headers.common = { 'Access-Control-Allow-Origin': '*' };`],
    ['an axios interceptor', `api.interceptors.request.use((config) => { config.headers = { ...config.headers, 'Access-Control-Allow-Origin': '*' }; return config; });`],
    ['an assignment to request config headers', `config.headers['Access-Control-Allow-Origin'] = '*'; axios.defaults.headers.common['Access-Control-Allow-Origin'] = '*';`],
    ['an assignment to a Map', `const m = new Map(); m['Access-Control-Allow-Origin'] = '*';`],
    ['Nitro devProxy headers', `export default defineNuxtConfig({ nitro: { devProxy: { '/api': { target: 'http://localhost:4000', changeOrigin: true, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } } } } });`],
    ['http-proxy-middleware headers', `app.use('/api', createProxyMiddleware({ target: backend, headers: { 'Access-Control-Allow-Origin': '*' } }));`],
    ['http-proxy options through a constant', `const options = { headers: { 'Access-Control-Allow-Origin': '*' } }; const proxy = httpProxy.createProxyServer(options);`],
    ['h3 proxyRequest headers', `export default defineEventHandler((event) => proxyRequest(event, upstream, { headers: { 'Access-Control-Allow-Origin': '*' } }));`],
    ['jQuery ajaxSetup', `$.ajaxSetup({ headers: { 'Access-Control-Allow-Origin': '*' } });`],
    ['NextResponse.next request headers', `NextResponse.next({ request: { headers: { 'Access-Control-Allow-Origin': '*' } } });`],
    ['a local function named like h3', `function setResponseHeader(a, b, c) {} setResponseHeader(x, 'Access-Control-Allow-Origin', '*');`],
    ['a parameter named like h3', `function f(setResponseHeader) { setResponseHeader(x, 'Access-Control-Allow-Origin', '*'); }`],
    ['a table of header descriptions', `const docs = { 'Access-Control-Allow-Origin': 'Which origin may read the response' };`],
    ['assertions in tests', `expect(res.headers).toMatchObject({ 'access-control-allow-origin': '*' });`],
    ['names that are not static', `res.setHeader(name, '*'); res.set({ [name]: '*' });`],
  ])('%s', (_name, code) => {
    expect(writes(code)).toEqual([]);
  });

  it('reads an object given to a local Headers class as a headers object, not as a call write', () => {
    const a = analyze(`class Headers { constructor(init) {} } new Headers({ 'Access-Control-Allow-Origin': '*' });`);
    expect(a.headers.scopes.map((s) => s.kind)).toEqual(['headers-object']);
  });

  it('skips files without CORS header text entirely', () => {
    const a = analyze(`res.setHeader('Vary', 'Origin'); res.set('Content-Type', 'text/plain');`);
    expect(a.model.headers).toBeNull();
  });
});

describe('headers not known statically', () => {
  function opaqueCount(code: string): number {
    return analyze(code).headers.scopes.reduce((n, s) => n + s.opaque.length, 0);
  }

  it.each([
    ['a dynamic name on a header setter', `function h(req, res) { res.setHeader('Access-Control-Allow-Origin', o); res.setHeader(name, value); }`],
    ['an unknown spread', `function h(req, res) { res.set({ ...extra, 'Access-Control-Allow-Origin': o }); }`],
    ['Fastify headers of an unknown object', `function h(request, reply) { reply.header('Access-Control-Allow-Origin', o); reply.headers(common); }`],
    ['writeHead with an unknown object', `function h(req, res) { res.setHeader('Access-Control-Allow-Origin', o); res.writeHead(200, extra); }`],
    ['an h3 setter with a dynamic name', `function h(event) { setResponseHeader(event, 'Access-Control-Allow-Origin', o); setResponseHeader(event, name, v); }`],
    ['a headers object with an unknown spread', `const h = { ...shared, 'Access-Control-Allow-Origin': o };`],
    ['a helper of another module given the response', `import { addVary } from './vary'; function h(req, res) { res.setHeader('Access-Control-Allow-Origin', o); addVary(res); }`],
    ['a namespace helper given the response', `import * as cors from './cors'; function h(req, res) { res.setHeader('Access-Control-Allow-Origin', o); cors.setCorsHeaders(res); }`],
  ])('%s', (_name, code) => {
    expect(opaqueCount(code)).toBe(1);
  });

  it.each([
    ['Map.set with a dynamic key', `function h(req, res) { res.setHeader('Access-Control-Allow-Origin', o); cache.set(key, value); }`],
    ['a known object', `function h(req, res) { res.set({ 'Access-Control-Allow-Origin': o }); }`],
    ['writeHead with a status only', `function h(req, res) { res.setHeader('Access-Control-Allow-Origin', o); res.writeHead(204); }`],
    ['a header reader', `import { getCorsOrigin } from './cors'; function h(req, res) { res.setHeader('Access-Control-Allow-Origin', getCorsOrigin(req)); }`],
    ['a helper not given a parameter', `import { buildCorsHeaders } from './cors'; function h(req, res) { res.setHeader('Access-Control-Allow-Origin', o); buildCorsHeaders(ORIGIN); }`],
    ['a signal set', `function h(req, res) { res.setHeader('Access-Control-Allow-Origin', o); count.set(value); }`],
  ])('not for %s', (_name, code) => {
    expect(opaqueCount(code)).toBe(0);
  });
});

describe('odd code', () => {
  it.each([
    `res.setHeader(); res.set(); res.header(); res.writeHead(); res.vary(); reply.headers();`,
    `res.setHeader(...args); res.set(...args); res.writeHead(200, ...rest); setResponseHeader(...all); new Headers(...init);`,
    `res.set({ [Symbol.iterator]: 1, get 'Access-Control-Allow-Origin'() { return '*'; }, ...null });`,
    `res?.setHeader?.('Access-Control-Allow-Origin', x?.y ?? '*');`,
    `res['setHeader']('Access-Control-Allow-Origin', '*'); res[method]('Access-Control-Allow-Origin', '*');`,
    `const { a = 'Access-Control-Allow-Origin' } = {}; let h; h = { [a]: 1 }; h.set?.(a, 2);`,
    `module.exports = { headers: [{ source: '/', headers: null }, { source: '/x', headers: [null, , 1, { key: 'Access-Control-Allow-Origin' }] }] };`,
    `(function () {})(); (() => {})(); new (class {})(); function f() { return; }`,
    `label: for (;;) { break label; } switch (x) {} if (a) ; else ;`,
  ])('%s', (code) => {
    expect(() => {
      const a = analyze(code);
      void a.model.headers?.scopes;
    }).not.toThrow();
  });
});

describe('framework tables', () => {
  it('registers every framework file of server/frameworks', async () => {
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/analysis/server/frameworks');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts');
    const declared = await Promise.all(files.map(async (f) => Object.values(await import(path.join(dir, f))) as FrameworkHeaders[]));
    expect(declared.flat().filter((f) => !FRAMEWORKS.includes(f)).map((f) => f.name)).toEqual([]);
    expect(FRAMEWORKS).toHaveLength(files.length);
  });
});
