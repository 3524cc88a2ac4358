/**
 * Unusual code must never make the header rules fail, and their fixes must
 * give code that parses and settles (a second pass finds nothing left to fix).
 */
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';

const HEADER_RULES = [
  'no-wildcard-origin-with-credentials',
  'no-wildcard-headers-with-credentials',
  'valid-credentials-header',
  'require-vary-origin',
  'require-preflight-credentials',
] as const;

function config(settings: Record<string, unknown> = {}): Linter.Config[] {
  return [
    {
      files: ['**/*.tsx'],
      languageOptions: { parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } } },
      plugins: { cors: { rules: rules as never } },
      rules: Object.fromEntries(HEADER_RULES.map((name) => [`cors/${name}`, 'error'])),
      settings,
    },
  ];
}

function lint(code: string, settings?: Record<string, unknown>) {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, config(settings), 'file.tsx');
  const fixed = linter.verifyAndFix(code, config(settings), 'file.tsx');
  return { messages, fixed };
}

const ODD = [
  // Setters with missing, spread or unusual arguments.
  `res.setHeader(); res.set(); res.header(); res.append(); res.vary(); res.writeHead(); reply.headers(); ctx.set();
// Access-Control-Allow-Origin`,
  `res.setHeader(...args); res.set(...pairs); res.writeHead(200, ...rest); setResponseHeader(...all); new Headers(...init); res.vary(...v);
res.setHeader('Access-Control-Allow-Origin', ...values);`,
  `res.setHeader('Access-Control-Allow-Origin'); res.setHeader('Access-Control-Allow-Credentials'); res.vary(undefined);`,
  // Computed names from unknown variables, spreads of unknown objects.
  `res.set({ [unknownName]: '*', ...unknownHeaders, 'Access-Control-Allow-Credentials': 'true' });
res.setHeader(unknownName, '*'); res.setHeader(\`Access-Control-\${part}\`, '*');`,
  `const h = { ...(await load()), ...null, ...undefined, ...[], ...'str', 'Access-Control-Allow-Origin': '*' };`,
  // Accessors, methods and odd keys in header objects.
  `res.set({ get 'Access-Control-Allow-Origin'() { return '*'; }, 'Access-Control-Allow-Credentials'() {}, [Symbol.iterator]: 1, 1: 2, 'access-control-allow-credentials': 'true' });`,
  // Optional chaining, non-null and TypeScript wrappers everywhere.
  `res?.setHeader?.('Access-Control-Allow-Origin', req?.headers?.origin!);
(res as any).set!('Access-Control-Allow-Credentials', ('true' as string)!);
res.setHeader('Access-Control-Allow-Origin' satisfies string, '*' as const);`,
  // Computed member calls.
  `res['setHeader']('Access-Control-Allow-Origin', '*'); res[method]('Access-Control-Allow-Credentials', 'true'); res[0]('x', 'y');`,
  // writeHead variants.
  `res.writeHead(204); res.writeHead(200, 'OK'); res.writeHead(200, [['Access-Control-Allow-Origin', '*']]); res.writeHead(200, undefined, { 'Access-Control-Allow-Credentials': 'TRUE' });`,
  // Empty functions, classes, generators, IIFEs.
  `function f() {} const g = () => {}; class A { m() {} static { res.setHeader('Access-Control-Allow-Origin', '*'); } } function* gen() { yield res.setHeader('Access-Control-Allow-Credentials', 'true'); } (() => {})();`,
  // Recursion and cycles.
  `function a(res) { b(res); res.setHeader('Access-Control-Allow-Origin', req.headers.origin); } function b(res) { a(res); }
let x = y; let y = x; res.setHeader('Access-Control-Allow-Origin', x);`,
  `const A = B; const B = A; res.setHeader(A, B); const o = { ...o2 }; const o2 = { ...o }; res.set(o);
// Access-Control-Allow-Origin`,
  // Preflight guards of odd shapes.
  `if (req.method === 'OPTIONS') res.setHeader('Access-Control-Allow-Origin', o); else ;
switch (req.method) { case 'OPTIONS': default: res.setHeader('Access-Control-Allow-Origin', o); }
if (req.method !== 'OPTIONS') return; res.setHeader('Access-Control-Allow-Origin', o);
res.setHeader('Access-Control-Allow-Credentials', 'true');`,
  // Registrations of odd shapes.
  `app.use(); app.get(); app.options(); app.route(); app.route({}); app.route({ handler: 1 }); app.on(); app.addHook();
app.use('/x', [fn1, , ...more]); app.use(router.routes(), null); fastify.route({ method: ['GET', 'OPTIONS'], handler(req, reply) { reply.header('Access-Control-Allow-Origin', '*'); } });
export { nothing as OPTIONS }; export const OPTIONS = 1;`,
  // next.config shapes.
  `module.exports = { headers: async () => [{ source: '/a' }, { source: '/b', headers: null }, { source: '/c', headers: [null, , 1, { key: 'Access-Control-Allow-Origin' }, { value: '*' }, { key: dyn, value: '*' }] }] };`,
  // Request-origin flows of odd shapes.
  `function h({ headers: { origin } = {} } = {}, res) { res.setHeader('Access-Control-Allow-Origin', origin); }
function k([first], res) { res.setHeader('Access-Control-Allow-Origin', first); }
function m(...args) { args[1].setHeader('Access-Control-Allow-Origin', args[0].headers.origin); }`,
  // JSX and labels.
  `const el = <div data-x={res.setHeader('Access-Control-Allow-Origin', '*')} />; label: { res.setHeader('Access-Control-Allow-Credentials', 'true'); break label; }`,
  // Chains where fixes cannot insert a statement.
  `const r = res.setHeader('Access-Control-Allow-Origin', req.headers.origin); x = () => res.set('Access-Control-Allow-Origin', req.headers.origin);
if (a) res.header('Access-Control-Allow-Origin', req.headers.origin);
return res.status(200).set('Access-Control-Allow-Credentials', 'True').json({});`,
  `reply.header('Access-Control-Allow-Origin', request.headers.origin).header('Access-Control-Allow-Credentials', 'True').send();
reply?.header('Access-Control-Allow-Origin', request.headers.origin)?.send();`,
];

describe('odd code', () => {
  it.each(ODD.map((code) => [code.split('\n')[0]!.slice(0, 80), code]))('does not fail: %s', (_name, code) => {
    for (const settings of [undefined, { cors: { allowedOrigins: ['https://app.example.com'] } }]) {
      const { messages, fixed } = lint(code, settings);
      expect(messages.filter((m) => m.fatal || m.ruleId === null)).toEqual([]);
      expect(fixed.messages.filter((m) => m.fatal)).toEqual([]);
    }
  });
});

describe('fixes settle', () => {
  const FIXABLE = [
    `import express from 'express';
const app = express();
app.use((req, res, next) => {
  res.set('Access-Control-Allow-Origin', '*');
  res.set('Access-Control-Allow-Credentials', 'True');
  next();
});
app.options('/api', (req, res) => {
  res.set('Access-Control-Allow-Origin', 'https://app.example.com');
  res.sendStatus(204);
});
app.get('/api', (req, res) => {
  res.set('Access-Control-Allow-Origin', req.get('origin'));
  res.set('Access-Control-Allow-Credentials', 'true');
  res.json({});
});`,
    `export function OPTIONS() {
  return new Response(null, { headers: { 'Access-Control-Allow-Origin': ORIGIN } });
}
export function GET(request: Request) {
  const origin = request.headers.get('origin') ?? '';
  return Response.json({}, {
    headers: {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': ' TRUE ',
    },
  });
}`,
    `function handler(req, res) {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { 'Access-Control-Allow-Origin': WEB });
    return res.end();
  }
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
}`,
  ];

  it.each(FIXABLE.map((code) => [code.split('\n')[0]!, code]))('%s', (_name, code) => {
    const settings = { cors: { allowedOrigins: ['https://app.example.com'] } };
    const first = lint(code, settings).fixed;
    expect(first.fixed).toBe(true);
    expect(first.messages.filter((m) => m.fatal)).toEqual([]);
    // Nothing fixable is left, and a second run changes nothing.
    const second = lint(first.output, settings);
    expect(second.messages.filter((m) => m.fix)).toEqual([]);
    expect(second.fixed.output).toBe(first.output);
  });
});
