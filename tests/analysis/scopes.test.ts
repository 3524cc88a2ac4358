import { describe, expect, it } from 'vitest';
import { grantsAlongside } from '../../src/analysis/server/queries.js';
import { analyze, describeScopes, findNode, type ScopeSummary } from './analyze.js';

function scopes(code: string): ScopeSummary[] {
  return describeScopes(analyze(code));
}

const O = 'access-control-allow-origin';
const C = 'access-control-allow-credentials';

describe('function scopes', () => {
  it('groups the writes of one function body, including inline callbacks', () => {
    expect(
      scopes(`function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', a);
  db.query(sql, (err, rows) => {
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.end(rows);
  });
}`),
    ).toEqual([{ kind: 'handler', preflight: false, own: [`${O}=a`, `${C}='true'`], inherited: [] }]);
  });

  it('keeps callbacks that receive a response of their own apart from the enclosing function', () => {
    expect(
      scopes(`export function start() {
  http.createServer((req, res) => { res.setHeader('Access-Control-Allow-Origin', '*'); res.end(); }).listen(80);
  http.createServer((req, res) => { res.setHeader('Access-Control-Allow-Credentials', 'true'); res.end(); }).listen(81);
  serve((event) => { setResponseHeader(event, 'Access-Control-Allow-Origin', x); });
}`),
    ).toEqual([
      { kind: 'handler', preflight: false, own: [`${O}='*'`], inherited: [] },
      { kind: 'handler', preflight: false, own: [`${C}='true'`], inherited: [] },
      { kind: 'handler', preflight: false, own: [`${O}=x`], inherited: [] },
    ]);
  });

  it('keeps route handlers for different paths apart', () => {
    expect(
      scopes(`app.get('/a', (req, res) => { res.set('Access-Control-Allow-Origin', a); });
app.get('/b', (req, res) => { res.set('Access-Control-Allow-Credentials', 'true'); });`),
    ).toEqual([
      { kind: 'handler', preflight: false, own: [`${O}=a`], inherited: [] },
      { kind: 'handler', preflight: false, own: [`${C}='true'`], inherited: [] },
    ]);
  });

  it('follows helpers of the module that receive the response, and does not count them as responses of their own', () => {
    expect(
      scopes(`function cors(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
const credentials = (res) => res.setHeader('Access-Control-Allow-Credentials', 'true');
export default function handler(req, res) { cors(res, a); credentials(res); res.end(); }`),
    ).toEqual([{ kind: 'handler', preflight: false, own: [`${O}=origin`, `${C}='true'`], inherited: [] }]);
  });

  it('places a helper\'s writes at the helper call', () => {
    const a = analyze(`function cors(res) { res.setHeader('Access-Control-Allow-Origin', a); }
function handler(req, res) { cors(res); }`);
    const [scope] = a.headers.scopes;
    expect(a.text(scope!.own[0]!.site)).toBe('cors(res)');
  });

  it('survives recursive helpers', () => {
    expect(
      scopes(`function a(res) { res.setHeader('Access-Control-Allow-Origin', x); b(res); }
function b(res) { a(res); }
app.get('/', (req, res) => a(res));`),
    ).toEqual([{ kind: 'handler', preflight: false, own: [`${O}=x`], inherited: [] }]);
  });

  it('keeps the writes of functions registered as handlers, even when also called', () => {
    const summaries = scopes(`function shared(req, res) { res.set('Access-Control-Allow-Origin', x); }
app.get('/a', shared);
app.get('/b', (req, res) => { shared(req, res); res.set('Access-Control-Allow-Credentials', 'true'); });`);
    expect(summaries).toEqual([
      { kind: 'handler', preflight: false, own: [`${O}=x`], inherited: [] },
      { kind: 'handler', preflight: false, own: [`${C}='true'`, `${O}=x`], inherited: [] },
    ]);
  });

  it('unwraps handlers given through a wrapper call', () => {
    const [scope] = analyze(`app.get('/me', asyncHandler(async (req, res) => { res.set('Access-Control-Allow-Origin', x); }));`).headers.scopes;
    expect(scope!.registrations.map((r) => [r.method, r.path])).toEqual([['get', '/me']]);
  });
});

describe('middleware', () => {
  it('applies global middleware of the same app to every route', () => {
    expect(
      scopes(`app.use((req, res, next) => { res.set('Access-Control-Allow-Credentials', 'true'); next(); });
app.get('/a', (req, res) => { res.set('Access-Control-Allow-Origin', a); });
other.get('/b', (req, res) => { res.set('Access-Control-Allow-Origin', b); });`),
    ).toEqual([
      { kind: 'handler', preflight: false, own: [`${C}='true'`], inherited: [] },
      { kind: 'handler', preflight: false, own: [`${O}=a`], inherited: [`${C}='true'`] },
      { kind: 'handler', preflight: false, own: [`${O}=b`], inherited: [] },
    ]);
  });

  it.each([
    ["app.use('*', fn)", `app.use('*', fn)`],
    ["app.use('/', fn)", `app.use('/', fn)`],
    ["app.all('*', fn)", `app.all('*', fn)`],
    ["fastify.addHook('onRequest', fn)", `app.addHook('onRequest', fn)`],
  ])('treats %s as global', (_name, registration) => {
    const summaries = scopes(`const fn = (req, res, next) => { res.set('Access-Control-Allow-Credentials', 'true'); next(); };
${registration};
app.get('/a', (req, res) => { res.set('Access-Control-Allow-Origin', a); });`);
    expect(summaries[1]).toEqual({ kind: 'handler', preflight: false, own: [`${O}=a`], inherited: [`${C}='true'`] });
  });

  it('applies middleware on a path only below that path', () => {
    expect(
      scopes(`app.use('/api/*', async (c, next) => { c.header('Access-Control-Allow-Credentials', 'true'); await next(); });
app.get('/api/me', (c) => { c.header('Access-Control-Allow-Origin', a); });
app.get('/apiary', (c) => { c.header('Access-Control-Allow-Origin', b); });
app.get('/public', (c) => { c.header('Access-Control-Allow-Origin', d); });`).map((s) => s.inherited),
    ).toEqual([[], [`${C}='true'`], [], []]);
  });

  it('applies the middleware of the app a router is mounted on', () => {
    expect(
      scopes(`app.use((req, res, next) => { res.set('Access-Control-Allow-Credentials', 'true'); next(); });
app.use('/account', (req, res, next) => { res.set('Access-Control-Expose-Headers', 'X-Id'); next(); });
router.get('/me', (req, res) => { res.set('Access-Control-Allow-Origin', a); });
app.use('/account', router);
koaRouter.get('/x', (ctx) => { ctx.set('Access-Control-Allow-Origin', b); });
app.use(koaRouter.routes());`).map((s) => s.inherited),
    ).toEqual([[], [`${C}='true'`], [`${C}='true'`, "access-control-expose-headers='X-Id'"], [`${C}='true'`]]);
  });

  it('does not read a dynamic path as global', () => {
    expect(
      scopes(`export function mount(app, prefix) {
  app.use(prefix, (req, res, next) => { res.set('Access-Control-Allow-Credentials', 'true'); next(); });
  app.get('/a', (req, res) => { res.set('Access-Control-Allow-Origin', a); });
}`)[1]!.inherited,
    ).toEqual([]);
  });
});

describe('headers objects and next.config entries', () => {
  it('makes each free-standing headers object a scope', () => {
    expect(
      scopes(`export function GET() {
  const a = { 'Access-Control-Allow-Origin': '*' };
  const b = { 'Access-Control-Allow-Origin': x, 'Access-Control-Allow-Credentials': 'true' };
  return ok ? Response.json(d, { headers: a }) : Response.json(d, { headers: b });
}`),
    ).toEqual([
      { kind: 'headers-object', preflight: false, own: [`${O}='*'`], inherited: [] },
      { kind: 'headers-object', preflight: false, own: [`${O}=x`, `${C}='true'`], inherited: [] },
    ]);
  });

  it('reads a headers object and the assignments to it as one response', () => {
    expect(
      scopes(`exports.handler = async (event) => {
  const headers = { 'Access-Control-Allow-Origin': '*' };
  headers['Access-Control-Allow-Credentials'] = 'true';
  return { statusCode: 200, headers };
};`),
    ).toEqual([{ kind: 'handler', preflight: false, own: [`${O}='*'`, `${C}='true'`], inherited: [] }]);
  });

  it('makes an object with two spreads of header objects a scope', () => {
    expect(
      scopes(`const a = { 'Access-Control-Allow-Origin': '*' };
const b = { 'Access-Control-Allow-Credentials': 'true' };
const merged = { ...a, ...b };`).map((s) => s.own),
    ).toEqual([[`${O}='*'`], [`${C}='true'`], [`${O}='*'`, `${C}='true'`]]);
  });

  it('groups next.config entries per source, with shared lists and spreads', () => {
    expect(
      scopes(`const cors = [{ key: 'Access-Control-Allow-Origin', value: '*' }];
module.exports = {
  async headers() {
    return [
      { source: '/api/:path*', headers: [...cors, { key: 'Access-Control-Allow-Credentials', value: 'true' }] },
      { source: '/public', headers: cors },
      { source: '/other', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
    ];
  },
};`),
    ).toEqual([
      { kind: 'route-config', preflight: false, own: [`${O}='*'`, `${C}='true'`], inherited: [] },
      { kind: 'route-config', preflight: false, own: [`${O}='*'`], inherited: [] },
    ]);
  });

  it('needs a source for a next.config entry list', () => {
    expect(scopes(`const x = { items: [{ key: 'Access-Control-Allow-Origin', value: '*' }] };`)).toEqual([]);
  });
});

describe('preflight scopes', () => {
  it.each([
    ['app.options', `app.options('/x', (req, res) => { res.set('Access-Control-Allow-Origin', a); });`],
    ['router.options', `router.options('/x', function (req, res) { res.set('Access-Control-Allow-Origin', a); });`],
    ['fastify.options', `fastify.options('/x', async (request, reply) => { reply.header('Access-Control-Allow-Origin', a); });`],
    ['fastify.route OPTIONS', `fastify.route({ method: 'OPTIONS', url: '/x', handler: async (request, reply) => { reply.header('Access-Control-Allow-Origin', a); } });`],
    ['fastify.route [OPTIONS]', `fastify.route({ method: ['OPTIONS'], url: '/x', handler(request, reply) { reply.header('Access-Control-Allow-Origin', a); } });`],
    ['Hono app.on', `app.on('OPTIONS', '/x', (c) => { c.header('Access-Control-Allow-Origin', a); });`],
    ['export function OPTIONS', `export async function OPTIONS() { const h = new Headers(); h.set('Access-Control-Allow-Origin', a); }`],
    ['export const OPTIONS', `export const OPTIONS = async () => { const h = new Headers(); h.set('Access-Control-Allow-Origin', a); };`],
    ['export const OPTIONS = wrapper(fn)', `export const OPTIONS = defineHandler(() => { setResponseHeader(e, 'Access-Control-Allow-Origin', a); });`],
    ['export { fn as OPTIONS }', `function preflight() { const h = new Headers(); h.set('Access-Control-Allow-Origin', a); } export { preflight as OPTIONS };`],
  ])('%s', (_name, code) => {
    expect(scopes(code)).toEqual([{ kind: 'handler', preflight: true, own: [`${O}=a`], inherited: [] }]);
  });

  it('marks headers objects written in a preflight function', () => {
    expect(scopes(`export function OPTIONS() { return new Response(null, { headers: { 'Access-Control-Allow-Origin': a } }); }`)).toEqual([
      { kind: 'headers-object', preflight: true, own: [`${O}=a`], inherited: [] },
    ]);
  });

  it('marks a shared headers constant used only by preflights, and adds a preflight scope for each preflight use of a mixed one', () => {
    expect(
      scopes(`const onlyPreflight = { 'Access-Control-Allow-Origin': a };
const mixed = { 'Access-Control-Allow-Origin': b };
export function OPTIONS() { return new Response(null, { headers: ok ? onlyPreflight : mixed }); }
export function GET() { return Response.json(d, { headers: mixed }); }`),
    ).toEqual([
      { kind: 'headers-object', preflight: true, own: [`${O}=a`], inherited: [] },
      { kind: 'headers-object', preflight: false, own: [`${O}=b`], inherited: [] },
      { kind: 'headers-object', preflight: true, own: [`${O}=b`], inherited: [] },
    ]);
  });

  it.each([
    ["req.method === 'OPTIONS'", `if (req.method === 'OPTIONS') {`],
    ["'OPTIONS' === request.method", `if ('OPTIONS' === request.method) {`],
    ['ctx.method == "OPTIONS"', `if (ctx.method == "OPTIONS") {`],
    ['method.toUpperCase()', `if (req.method.toUpperCase() === 'options') {`],
    ['a condition with &&', `if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {`],
    ['a method variable', `const { method } = req; if (method === 'OPTIONS') {`],
    ['h3 isPreflightRequest', `if (isPreflightRequest(event)) {`],
    ['h3 isMethod', `if (isMethod(event, 'OPTIONS')) {`],
    ['a constant', `const PREFLIGHT = 'OPTIONS'; if (req.method === PREFLIGHT) {`],
  ])('finds the preflight branch of %s', (_name, guard) => {
    const summaries = scopes(`function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', a);
  ${guard}
    res.setHeader('Access-Control-Allow-Methods', 'GET');
    return res.end();
  }
  res.setHeader('Access-Control-Allow-Credentials', 'true');
}`);
    expect(summaries).toEqual([
      { kind: 'handler', preflight: false, own: [`${O}=a`, "access-control-allow-methods='GET'", `${C}='true'`], inherited: [] },
      { kind: 'preflight-branch', preflight: true, own: [`${O}=a`, "access-control-allow-methods='GET'"], inherited: [] },
    ]);
  });

  it('finds the else branch and the rest of the block after an inverted guard', () => {
    expect(
      scopes(`function a(req, res) {
  if (req.method !== 'OPTIONS') { res.setHeader('Access-Control-Allow-Credentials', 'true'); } else { res.setHeader('Access-Control-Allow-Origin', x); }
}
function b(req, res, next) {
  if (req.method != 'OPTIONS') return next();
  res.setHeader('Access-Control-Allow-Origin', y);
  res.end();
}`).filter((s) => s.preflight),
    ).toEqual([
      { kind: 'preflight-branch', preflight: true, own: [`${O}=x`], inherited: [] },
      { kind: 'preflight-branch', preflight: true, own: [`${O}=y`], inherited: [] },
    ]);
  });

  it('finds switch cases on the method, without what other cases write', () => {
    expect(
      scopes(`function handler(req, res) {
  switch (req.method) {
    case 'GET':
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      break;
    case 'OPTIONS':
      res.setHeader('Access-Control-Allow-Origin', x);
      break;
  }
}`).filter((s) => s.preflight),
    ).toEqual([{ kind: 'preflight-branch', preflight: true, own: [`${O}=x`], inherited: [] }]);
  });

  it('does not read other methods or other properties as preflight guards', () => {
    expect(
      scopes(`function handler(req, res) {
  if (req.method === 'GET') { res.setHeader('Access-Control-Allow-Origin', a); }
  if (req.kind === 'OPTIONS') { res.setHeader('Access-Control-Allow-Origin', b); }
  switch (req.url) { case 'OPTIONS': res.setHeader('Access-Control-Allow-Origin', c); }
}`).filter((s) => s.preflight),
    ).toEqual([]);
  });

  it('tells whether code runs only for preflights', () => {
    const a = analyze(`function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', x);
  if (req.method === 'OPTIONS') { res.setHeader('Access-Control-Allow-Methods', 'GET'); return; }
}
app.options('/x', (req, res) => { res.setHeader('Access-Control-Allow-Origin', y); });`);
    const site = (text: string) => a.headers.isPreflightSite(findNode(a, text));
    expect(site(`res.setHeader('Access-Control-Allow-Origin', x)`)).toBe(false);
    expect(site(`res.setHeader('Access-Control-Allow-Methods', 'GET')`)).toBe(true);
    expect(site(`res.setHeader('Access-Control-Allow-Origin', y)`)).toBe(true);
  });
});

describe('writes that reach the same response', () => {
  /** For each ACAO write (by its value), the values of the grants that reach its response. */
  function grantsByOrigin(code: string): Record<string, string[]> {
    const a = analyze(code);
    const result: Record<string, string[]> = {};
    for (const scope of a.headers.scopes) {
      for (const c of scope.own.filter((x) => x.write.name === O)) {
        result[a.text(c.write.valueNode)!] = grantsAlongside(a.headers, scope, c).map((g) => a.text(g.write.nameNode)!);
      }
    }
    return result;
  }

  it('keeps branches, switch cases and early exits apart, and shares answers within a branch', () => {
    expect(
      grantsByOrigin(`function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', o1);
  res.setHeader(C1, 'true');
  if (x) {
    res.setHeader('Access-Control-Allow-Origin', o2);
    res.setHeader(C2, 'true');
    return;
  } else {
    res.setHeader('Access-Control-Allow-Origin', o3);
  }
  switch (y) {
    case 1: res.setHeader('Access-Control-Allow-Origin', o4); break;
    case 2: res.setHeader(C3, 'true'); break;
  }
  res.setHeader(C4, 'true');
  res.setHeader('Access-Control-Allow-Origin', o5);
}
const C1 = 'Access-Control-Allow-Credentials', C2 = C1, C3 = C1, C4 = C1;`),
    ).toEqual({ o1: ['C1', 'C2', 'C3', 'C4'], o2: ['C1', 'C2'], o3: ['C1', 'C3', 'C4'], o4: ['C1', 'C4'], o5: ['C1', 'C3', 'C4'] });
  });

  it('gives every write of one branch the same answer', () => {
    const lines = Array.from({ length: 40 }, (_, i) => (i % 2 ? `res.setHeader('Access-Control-Allow-Origin', '*');` : `res.setHeader('Access-Control-Allow-Credentials', 'true');`));
    const a = analyze(lines.join('\n'));
    const [scope] = a.headers.scopes;
    const answers = scope!.own.filter((c) => c.write.name === O).map((c) => grantsAlongside(a.headers, scope!, c));
    expect(answers).toHaveLength(20);
    expect(answers[0]).toHaveLength(20);
    expect(new Set(answers).size).toBe(1);
  });

  it('counts each write of a helper once per call, however many paths lead to it', () => {
    const levels = 16;
    const helpers = Array.from({ length: levels }, (_, i) => `function h${i}(res, o) { h${i + 1}(res, o); h${i + 1}(res, o); }`).join('\n');
    const a = analyze(`${helpers}
function h${levels}(res, o) { res.setHeader('Access-Control-Allow-Origin', o); res.setHeader('Access-Control-Allow-Credentials', 'true'); }
app.get('/', (req, res) => h0(res, req.headers.origin));`);
    const handler = a.headers.scopes.find((s) => s.registrations.length > 0)!;
    expect(handler.own.map((c) => a.text(c.site))).toEqual(['h0(res, req.headers.origin)', 'h0(res, req.headers.origin)']);
    expect(a.model.reflection!.reflected).toHaveLength(1);
  });
});
