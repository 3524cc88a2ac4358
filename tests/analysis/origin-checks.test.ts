import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from './analyze.js';
import { analyzeOriginCallback, type CallbackStyle } from '../../src/analysis/trust/decisions.js';
import { OriginCheckClassifier, type CheckVerdict } from '../../src/analysis/trust/origin-checks.js';
import { findVariable, isFunctionNode, resolveExpression, unwrap, walk, type FunctionNode, type ValueContext } from '../../src/analysis/core/values.js';


/** The function declaration named `name`. */
function functionNamed(ctx: ValueContext, name: string): FunctionNode {
  let found: FunctionNode | null = null;
  walk(ctx, ctx.sourceCode.ast, (node) => {
    if (node.type === AST_NODE_TYPES.FunctionDeclaration && node.id?.name === name) found = node;
  });
  if (!found) throw new Error(`no function ${name} in the test code`);
  return found;
}

interface Described {
  readonly kind: CheckVerdict['kind'];
  /** `reason: text of the node → replacement` for each weak check. */
  readonly checks?: string[];
  readonly nulls?: string[];
}

function describeVerdict(sourceCode: Readonly<TSESLint.SourceCode>, verdict: CheckVerdict, classifier: OriginCheckClassifier): Described {
  const result: { kind: CheckVerdict['kind']; checks?: string[]; nulls?: string[] } = { kind: verdict.kind };
  if (verdict.kind === 'weak') {
    result.checks = verdict.checks.map((c) => `${c.reason}: ${sourceCode.getText(c.node)}${c.replacement === null ? '' : ` → ${c.replacement}`}`);
  }
  if (classifier.nullEntries.length > 0) result.nulls = classifier.nullEntries.map((e) => sourceCode.getText(e.node));
  return result;
}

/**
 * Classifies `expression` as the condition under which `origin` (a parameter)
 * is trusted; `prelude` declares lists and patterns at module level.
 */
function classify(expression: string, prelude = '', negated = false): Described {
  const sourceCode = parseSnippet(`${prelude}\nfunction decide(origin, suffix, pattern) {\n  return ${expression};\n}`);
  const ctx: ValueContext = { sourceCode };
  const fn = functionNamed(ctx, 'decide');
  const param = fn.params[0] as TSESTree.Identifier;
  const originVariable = findVariable(ctx, param);
  const isOrigin = (node: TSESTree.Node): boolean => {
    const current = unwrap(node);
    if (current.type !== AST_NODE_TYPES.Identifier) return false;
    if (findVariable(ctx, current) === originVariable) return true;
    const resolved = resolveExpression(ctx, current);
    return resolved !== current && isOrigin(resolved);
  };
  const statement = (fn.body as TSESTree.BlockStatement).body[0] as TSESTree.ReturnStatement;
  const test = statement.argument!;
  const classifier = new OriginCheckClassifier(ctx, isOrigin);
  const verdict = negated ? classifier.classifyNegated(test) : classifier.classify(test);
  return describeVerdict(sourceCode, verdict, classifier);
}

const LIST = `const allowed = ['https://app.example.com', 'https://admin.example.com'];`;

describe('classify: the condition under which an origin is trusted', () => {
  it.each<[string, string, Described]>([
    // Exact comparisons with full origins.
    ["['https://app.example.com'].includes(origin)", '', { kind: 'safe' }],
    ["new Set(['https://app.example.com']).has(origin)", '', { kind: 'safe' }],
    ['allowed.includes(origin)', LIST, { kind: 'safe' }],
    ['allowed.indexOf(origin) !== -1', LIST, { kind: 'safe' }],
    ['-1 !== allowed.indexOf(origin)', LIST, { kind: 'safe' }],
    ['allowed.indexOf(origin) >= 0', LIST, { kind: 'safe' }],
    ['allowed.indexOf(origin) > -1', LIST, { kind: 'safe' }],
    ['allowed.includes(origin.toLowerCase())', LIST, { kind: 'safe' }],
    ['importedList.includes(origin)', `import { importedList } from './config';`, { kind: 'safe' }],
    ["process.env.ALLOWED_ORIGINS.split(',').includes(origin)", '', { kind: 'safe' }],
    ["origin === 'https://app.example.com'", '', { kind: 'safe' }],
    ["'https://app.example.com' === origin", '', { kind: 'safe' }],
    ['origin === process.env.FRONTEND_ORIGIN', '', { kind: 'safe' }],
    ['allowed.some((a) => a === origin)', LIST, { kind: 'safe' }],
    ['allowed.some(function (a) { return a === origin; })', LIST, { kind: 'safe' }],
    ['!origin || allowed.includes(origin)', LIST, { kind: 'safe' }],
    ['origin && allowed.includes(origin)', LIST, { kind: 'safe' }],
    ["allowed.includes(origin) && origin.includes('example.com')", LIST, { kind: 'safe' }],
    // Anchored, escaped patterns and dot-bounded host suffixes.
    ['/^https:\\/\\/app\\.example\\.com$/.test(origin)', '', { kind: 'safe' }],
    ['/^https:\\/\\/app\\.example\\.com$/g.test(origin)', '', { kind: 'safe' }],
    ["new RegExp('^https://app\\\\.example\\\\.com$').test(origin)", '', { kind: 'safe' }],
    ['origin.search(/^https:\\/\\/app\\.example\\.com$/) === 0', '', { kind: 'safe' }],
    ["origin.endsWith('.example.com')", '', { kind: 'safe' }],
    ["new URL(origin).hostname === 'example.com' || new URL(origin).hostname.endsWith('.example.com')", '', { kind: 'safe' }],
    ["URL.parse(origin)?.hostname.endsWith('.example.com')", '', { kind: 'safe' }],
    ["origin.startsWith('http://localhost:')", '', { kind: 'safe' }],
    // No origin at all.
    ['!origin', '', { kind: 'absent' }],
    ['origin === undefined', '', { kind: 'absent' }],
    ['origin == null', '', { kind: 'absent' }],
    ["typeof origin === 'undefined'", '', { kind: 'absent' }],
    ["'undefined' == typeof origin", '', { kind: 'absent' }],
    ["typeof origin !== 'undefined'", '', { kind: 'open' }],
    // Any present origin passes.
    ['origin', '', { kind: 'open' }],
    ['!!origin', '', { kind: 'open' }],
    ['origin !== undefined', '', { kind: 'open' }],
    ["typeof origin === 'string'", '', { kind: 'open' }],
    ["origin.startsWith('https://')", '', { kind: 'open' }],
    ["origin !== 'https://evil.example'", '', { kind: 'open' }],
    ['allowed.indexOf(origin) === -1', LIST, { kind: 'open' }],
    ['allowed.indexOf(origin) < 0', LIST, { kind: 'open' }],
    ['!allowed.includes(origin)', LIST, { kind: 'open' }],
    ["allowed.includes(origin) || origin.startsWith('https://')", LIST, { kind: 'open' }],
    // Bypassable.
    ["origin.includes('example.com')", '', { kind: 'weak', checks: ["substring: origin.includes('example.com')"] }],
    ["origin.indexOf('example.com') !== -1", '', { kind: 'weak', checks: ["substring: origin.indexOf('example.com')"] }],
    ["origin.indexOf('https://example.com') === 0", '', { kind: 'weak', checks: ["prefix: origin.indexOf('https://example.com')"] }],
    ["origin.startsWith('https://example.com')", '', { kind: 'weak', checks: ["prefix: origin.startsWith('https://example.com')"] }],
    ["origin.endsWith('example.com')", '', { kind: 'weak', checks: ["unbounded-suffix: 'example.com' → '.example.com'"] }],
    ['origin.endsWith(`example.com`)', '', { kind: 'weak', checks: ['unbounded-suffix: `example.com`'] }],
    ["origin.endsWith('-team.vercel.app')", '', { kind: 'weak', checks: ["shared-hosting: '-team.vercel.app'"] }],
    ["origin.endsWith('.github.io')", '', { kind: 'weak', checks: ["shared-hosting: '.github.io'"] }],
    ["origin.endsWith('.com')", '', { kind: 'weak', checks: ["public-suffix: '.com'"] }],
    ["origin.endsWith(SUFFIX)", "const SUFFIX = 'example.com';", { kind: 'weak', checks: ["unbounded-suffix: 'example.com' → '.example.com'"] }],
    // A constant used elsewhere too (a cookie domain) is not rewritten.
    ["origin.endsWith(DOMAIN)", "const DOMAIN = 'example.com';\nexport const cookie = { domain: DOMAIN };", { kind: 'weak', checks: ["unbounded-suffix: 'example.com'"] }],
    ["new URL(origin).hostname.endsWith('example.com')", '', { kind: 'weak', checks: ["unbounded-suffix: 'example.com' → '.example.com'"] }],
    ['/example\\.com/.test(origin)', '', { kind: 'weak', checks: ['unanchored-start: /example\\.com/ → /^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/', 'unanchored-end: /example\\.com/'] }],
    ['origin.match(/example\\.com$/)', '', { kind: 'weak', checks: ['unanchored-start: /example\\.com$/ → /^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/'] }],
    ['RE.test(origin)', 'const RE = /^https:\\/\\/app\\.example\\.com$/g;', { kind: 'weak', checks: ['stateful-flag: /^https:\\/\\/app\\.example\\.com$/g → /^https:\\/\\/app\\.example\\.com$/'] }],
    ["new RegExp('^https://app.example.com$').test(origin)", '', { kind: 'weak', checks: ["unescaped-dot: new RegExp('^https://app.example.com$')"] }],
    ["'https://app.example.com,https://admin.example.com'.includes(origin)", '', { kind: 'weak', checks: ["substring: 'https://app.example.com,https://admin.example.com'"] }],
    ['process.env.ALLOWED_ORIGINS.includes(origin)', '', { kind: 'weak', checks: ['substring: process.env.ALLOWED_ORIGINS'] }],
    ["allowed.includes(origin) || origin.endsWith('example.com')", LIST, { kind: 'weak', checks: ["unbounded-suffix: 'example.com' → '.example.com'"] }],
    ['domains.some((d) => origin.endsWith(d))', "const domains = ['.example.com', 'example.org'];", { kind: 'weak', checks: ["unbounded-suffix: 'example.org' → '.example.org'"] }],
    ['patterns.some((p) => p.test(origin))', "const patterns = [/^https:\\/\\/a\\.example\\.com$/, /b\\.example\\.com$/];", { kind: 'weak', checks: ['unanchored-start: /b\\.example\\.com$/ → /^https:\\/\\/(?:[a-z0-9-]+\\.)*b\\.example\\.com$/'] }],
    // Named conditions and helper functions of the module.
    ['isAllowed(origin)', `${LIST}\nfunction isAllowed(o) { return allowed.includes(o); }`, { kind: 'safe' }],
    ['isAllowed(origin)', `const isAllowed = (o) => o.endsWith('example.com');`, { kind: 'weak', checks: ["unbounded-suffix: 'example.com' → '.example.com'"] }],
    ['isAllowed(req, origin)', `const isAllowed = (req, o) => !!o;`, { kind: 'open' }],
    ['isAllowed(origin)', `function isAllowed(o) { return isAllowed(o); }`, { kind: 'unknown' }],
    // A helper that says yes to every present origin.
    ['isAllowed(origin)', `function isAllowed(o) { if (!o) return false; return true; }`, { kind: 'open' }],
    // Helpers with several statements: each yes, under the conditions on its path.
    ['isAllowed(origin)', `const ALLOWED = new Set(['https://app.example.com']);\nfunction isAllowed(o) {\n  if (!o) return false;\n  return ALLOWED.has(o);\n}`, { kind: 'safe' }],
    ['isAllowed(origin)', `function isAllowed(o) {\n  if (!o) return false;\n  return ('.' + o).endsWith('example.com');\n}`, { kind: 'weak', checks: ["unbounded-suffix: 'example.com' → '.example.com'"] }],
    ['isAllowed(origin)', `function isAllowed(o) {\n  const host = new URL(o).hostname;\n  return ('.' + host).endsWith('.example.com');\n}`, { kind: 'safe' }],
    ['isAllowed(origin)', `const isAllowed = (o) => {\n  const host = new URL(o).hostname;\n  if (host === 'example.com') return true;\n  if (host.endsWith('example.com')) return true;\n  return false;\n};`, { kind: 'weak', checks: ["unbounded-suffix: 'example.com' → '.example.com'"] }],
    ['isAllowed(origin)', `function isAllowed(o) {\n  switch (o) {\n    case 'https://a.example.com':\n    case 'https://b.example.com':\n      return true;\n    default:\n      return false;\n  }\n}`, { kind: 'safe' }],
    ['policy.isAllowed(origin)', `const policy = {\n  isAllowed(o) {\n    return o.endsWith('example.com');\n  },\n};`, { kind: 'weak', checks: ["unbounded-suffix: 'example.com' → '.example.com'"] }],
    // A string never equals true: nothing passes.
    ['origin === true', '', { kind: 'safe' }],
    ['isAllowed(origin) === true', `const isAllowed = (o) => o.endsWith('.example.com');`, { kind: 'safe' }],
    ['isAllowed(origin) === false', `const isAllowed = (o) => o.endsWith('.example.com');`, { kind: 'open' }],
    ['await isAllowed(origin)', `const isAllowed = async (o) => o.endsWith('example.com');`, { kind: 'weak', checks: ["unbounded-suffix: 'example.com' → '.example.com'"] }],
    // A helper that answers from something other than the origin: not judged.
    ['isAllowed(origin)', `function isAllowed(o) { return config.allowAll; }`, { kind: 'unknown' }],
    ['isAllowed(origin)', `function isAllowed(o) { return a(o); }\nfunction a(o) { return b(o); }\nfunction b(o) { return c(o); }\nfunction c(o) { return d(o); }\nfunction d(o) { return e(o); }\nfunction e(o) { return o === 'https://a.example.com'; }`, { kind: 'unknown' }],
    // RegExps built from constants: escaped parts are escaped.
    ["new RegExp(escape(DOMAIN) + '$').test(origin)", `const DOMAIN = 'example.com';\nconst escape = (s) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');`, { kind: 'weak', checks: ["unanchored-start: new RegExp(escape(DOMAIN) + '$')"] }],
    ["new RegExp('^https://' + _.escapeRegExp(DOMAIN) + '$').test(origin)", `import _ from 'lodash';\nconst DOMAIN = 'app.example.com';`, { kind: 'safe' }],
    ["new RegExp(`^https://${HOST}$`).test(origin)", `const HOST = 'app.example.com';`, { kind: 'weak', checks: ['unescaped-dot: new RegExp(`^https://${HOST}$`)'] }],
    // The global escape() is URL escaping: the dots stay.
    ["new RegExp('^https://' + escape(DOMAIN) + '$').test(origin)", `const DOMAIN = 'app.example.com';`, { kind: 'weak', checks: ["unescaped-dot: new RegExp('^https://' + escape(DOMAIN) + '$')"] }],
    ["new RegExp('^https://' + host + '$').test(origin)", '', { kind: 'unknown' }],
    // Not judged.
    ['isAllowed(origin)', '', { kind: 'unknown' }],
    ['origin.endsWith(suffix)', '', { kind: 'unknown' }],
    ['new RegExp(pattern).test(origin)', '', { kind: 'unknown' }],
    ['origin.length > 3', '', { kind: 'unknown' }],
    ['origin ?? fallback', '', { kind: 'unknown' }],
    // A deployment switch is not judged; any other origin-independent flag restricts nothing.
    ["process.env.NODE_ENV === 'production'", '', { kind: 'unknown' }],
    ['options.allowCrossOrigin', '', { kind: 'unrelated' }],
    ["options === false || origin == null", '', { kind: 'unknown' }],
    ["origin && process.env.NODE_ENV !== 'production'", '', { kind: 'unknown' }],
  ])('%s', (expression, prelude, expected) => {
    expect(classify(expression, prelude)).toEqual(expected);
  });
});

describe('named conditions', () => {
  it('follows a constant that holds the check', () => {
    const decide = (expression: string, negated = false) => {
      const sourceCode = parseSnippet(`${LIST}\nfunction decide(origin) {\n  const ok = ${expression};\n  return ok;\n}`);
      const ctx: ValueContext = { sourceCode };
      const fn = functionNamed(ctx, 'decide');
      const variable = findVariable(ctx, fn.params[0] as TSESTree.Identifier);
      const classifier = new OriginCheckClassifier(ctx, (n) => n.type === AST_NODE_TYPES.Identifier && findVariable(ctx, n) === variable);
      const test = ((fn.body as TSESTree.BlockStatement).body[1] as TSESTree.ReturnStatement).argument!;
      return (negated ? classifier.classifyNegated(test) : classifier.classify(test)).kind;
    };
    expect(decide('allowed.includes(origin)')).toBe('safe');
    expect(decide('allowed.includes(origin)', true)).toBe('open');
    expect(decide('!allowed.includes(origin)', true)).toBe('safe');
    expect(decide("origin.includes('example.com')")).toBe('weak');
    // An alias of the origin: its truthiness restricts nothing.
    expect(decide('origin')).toBe('open');
    expect(decide('isAllowed(origin)')).toBe('unknown');
  });
});

describe('classifyNegated: the situation where the condition is false', () => {
  it.each<[string, string, Described]>([
    ['allowed.includes(origin)', LIST, { kind: 'open' }],
    ['!allowed.includes(origin)', LIST, { kind: 'safe' }],
    ['allowed.indexOf(origin) === -1', LIST, { kind: 'safe' }],
    ['allowed.indexOf(origin) !== -1', LIST, { kind: 'open' }],
    ["origin !== 'https://app.example.com'", '', { kind: 'safe' }],
    ["origin === 'https://evil.example'", '', { kind: 'open' }],
    ['origin', '', { kind: 'absent' }],
    ['!origin', '', { kind: 'open' }],
    ['origin !== undefined', '', { kind: 'absent' }],
    ['!origin || !allowed.includes(origin)', LIST, { kind: 'safe' }],
    ['!allowed.includes(origin) && isStrict', LIST, { kind: 'unknown' }],
    ["!origin.endsWith('example.com')", '', { kind: 'weak', checks: ["unbounded-suffix: 'example.com' → '.example.com'"] }],
    ["origin.endsWith('example.com')", '', { kind: 'open' }],
    ["typeof origin !== 'string'", '', { kind: 'open' }],
    ["typeof origin !== 'undefined'", '', { kind: 'absent' }],
    ["typeof origin === 'undefined'", '', { kind: 'open' }],
    ['isBlocked(origin)', '', { kind: 'unknown' }],
  ])('not (%s)', (expression, prelude, expected) => {
    expect(classify(expression, prelude, true)).toEqual(expected);
  });
});

describe("'null' entries", () => {
  it.each<[string, string, string[] | undefined]>([
    ['list.includes(origin)', "const list = ['https://app.example.com', 'null'];", ["'null'"]],
    ['list.has(origin)', "const list = new Set(['null']);", ["'null'"]],
    ["origin === 'null'", '', ["'null'"]],
    ["origin === 'null' || allowed.includes(origin)", LIST, ["'null'"]],
    ['list.some((o) => o === origin)', "const list = ['null', 'https://app.example.com'];", ["'null'"]],
    // Negations trust nothing they name.
    ['!list.includes(origin)', "const list = ['null'];", undefined],
    ["origin !== 'null'", '', undefined],
    ['list.indexOf(origin) === -1', "const list = ['null'];", undefined],
    // The string "null" inside a longer origin is an origin like any other.
    ['list.includes(origin)', "const list = ['https://null.example.com'];", undefined],
  ])('%s with %s', (expression, prelude, nulls) => {
    expect(classify(expression, prelude).nulls).toEqual(nulls);
  });
});

/** Analyses the last function of `code` as an origin callback. */
function callbackOf(code: string, style: CallbackStyle = 'node-callback') {
  const sourceCode = parseSnippet(code);
  const ctx: ValueContext = { sourceCode };
  const analysis = analyzeOriginCallback(ctx, lastFunctionWithParams(ctx), style);
  return {
    kind: analysis.kind,
    permissive: analysis.permissive ? sourceCode.getText(analysis.permissive) : null,
    weak: analysis.weakChecks.map((c) => `${c.reason}: ${sourceCode.getText(c.node)}`),
    nulls: analysis.nullEntries.map((n) => sourceCode.getText(n)),
  };
}

/** The outermost function with parameters (the callback itself, not an inner `some` arrow). */
function lastFunctionWithParams(ctx: ValueContext): FunctionNode {
  const functions: FunctionNode[] = [];
  walk(ctx, ctx.sourceCode.ast, (node) => {
    if (isFunctionNode(node) && node.params.length > 0) functions.push(node);
  });
  const outer = functions.filter((fn) => !functions.some((other) => other !== fn && other.range[0] <= fn.range[0] && fn.range[1] <= other.range[1]));
  return outer.at(-1)!;
}

describe('analyzeOriginCallback', () => {
  it.each<[string, string, CallbackStyle, { kind: string; permissive?: string | null; weak?: string[]; nulls?: string[] }]>([
    ['allows all', 'const f = (origin, cb) => cb(null, true);', 'node-callback', { kind: 'allow-all', permissive: 'cb(null, true)' }],
    ['echoes', 'const f = (origin, cb) => cb(null, origin);', 'node-callback', { kind: 'echo', permissive: 'cb(null, origin)' }],
    ['checks a list', `${LIST}\nconst f = (origin, cb) => cb(null, allowed.includes(origin));`, 'node-callback', { kind: 'safe', permissive: null }],
    ['checks through a variable', `${LIST}\nconst f = (origin, cb) => { const ok = allowed.includes(origin); cb(null, ok); };`, 'node-callback', { kind: 'safe' }],
    ['allows all but the list', `${LIST}\nconst f = (origin, cb) => cb(null, !allowed.includes(origin));`, 'node-callback', { kind: 'allow-all', permissive: 'cb(null, !allowed.includes(origin))' }],
    ['allows with a default parameter', "const f = (origin = '', cb) => cb(null, origin === 'https://app.example.com');", 'node-callback', { kind: 'safe' }],
    ['denies', 'const f = (origin, cb) => cb(null, false);', 'node-callback', { kind: 'deny' }],
    ['rejects with an error', "const f = (origin, cb) => cb(new Error('no'));", 'node-callback', { kind: 'deny' }],
    ['calls cb through an alias', 'const f = (origin, cb) => { const done = cb; done(null, true); };', 'node-callback', { kind: 'allow-all', permissive: 'done(null, true)' }],
    ['passes cb on', 'const f = (origin, cb) => check(origin, cb);', 'node-callback', { kind: 'unknown' }],
    ['uses cb.call', 'const f = (origin, cb) => cb.call(null, null, true);', 'node-callback', { kind: 'unknown' }],
    ['takes rest parameters', 'const f = (origin, ...rest) => rest[0](null, true);', 'node-callback', { kind: 'unknown' }],
    ['spreads arguments', 'const f = (origin, cb) => cb(...result);', 'node-callback', { kind: 'unknown' }],
    ['awaits a helper', 'const f = async (origin, cb) => { cb(null, await isAllowed(origin)); };', 'node-callback', { kind: 'unknown' }],
    [
      'switches over origins',
      "const f = (origin, cb) => {\n  switch (origin) {\n    case 'https://app.example.com':\n    case 'https://admin.example.com':\n      return cb(null, true);\n    default:\n      return cb(null, false);\n  }\n};",
      'node-callback',
      { kind: 'safe' },
    ],
    ['switches with an open default', "const f = (origin, cb) => {\n  switch (origin) {\n    case 'https://evil.example':\n      return cb(null, false);\n    default:\n      return cb(null, true);\n  }\n};", 'node-callback', { kind: 'allow-all', permissive: 'cb(null, true)' }],
    ['switches on true', "const f = (origin, cb) => {\n  switch (true) {\n    case origin.endsWith('example.com'):\n      return cb(null, true);\n  }\n  cb(null, false);\n};", 'node-callback', { kind: 'weak', weak: ["unbounded-suffix: 'example.com'"] }],
    [
      'loops over patterns',
      'const patterns = [/^https:\\/\\/app\\.example\\.com$/, /example\\.org/];\nconst f = (origin, cb) => {\n  for (const pattern of patterns) {\n    if (pattern.test(origin)) return cb(null, true);\n  }\n  cb(null, false);\n};',
      'node-callback',
      { kind: 'weak', weak: ['unanchored-start: /example\\.org/', 'unanchored-end: /example\\.org/'] },
    ],
    ['returns the origin', 'const f = (origin) => origin;', 'return', { kind: 'echo', permissive: 'origin' }],
    ['returns an allowlisted origin', `${LIST}\nconst f = (origin) => (allowed.includes(origin) ? origin : null);`, 'return', { kind: 'safe' }],
    ['returns after an early exit', `${LIST}\nfunction f(origin) {\n  if (!allowed.includes(origin)) return null;\n  return origin;\n}`, 'return', { kind: 'safe' }],
    ['returns on a weak check', "const f = (origin) => (origin.endsWith('example.com') ? origin : '');", 'return', { kind: 'weak', weak: ["unbounded-suffix: 'example.com'"] }],
    ['awaits the verdict', `${LIST}\nconst f = async (origin) => { return await allowed.includes(origin); };`, 'return', { kind: 'safe' }],
    ['reads the Koa context', "const f = (ctx) => ctx.get('Origin');", 'return', { kind: 'unknown' }],
  ])('%s', (_name, code, style, expected) => {
    expect(callbackOf(code, style)).toMatchObject(expected);
  });

  it("keeps the 'null' entries the callback trusts", () => {
    const list = "const list = ['https://app.example.com', 'null'];\n";
    expect(callbackOf(`${list}const f = (origin, cb) => cb(null, list.includes(origin));`).nulls).toEqual(["'null'"]);
    expect(callbackOf(`${list}const f = (origin, cb) => { if (origin === 'null') return cb(new Error('no')); cb(null, list.includes(origin)); };`).nulls).toEqual([]);
    expect(callbackOf(`${list}const f = (origin, cb) => cb(null, origin !== 'null' && list.includes(origin));`).nulls).toEqual([]);
    expect(callbackOf(`${list}const f = (origin, cb) => { if (!list.includes(origin)) return cb(null, true); cb(null, false); };`)).toMatchObject({ kind: 'allow-all', nulls: [] });
  });
});
