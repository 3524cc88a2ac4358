import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { bothConditions, describeConditions, type Alternative } from '../../src/analysis/core/alternatives.js';
import { getPossibleValues } from '../../src/analysis/core/possible-values.js';
import { analyze, findNode } from './analyze.js';

/** The possible values of the first argument of the last `use(…)` call, one line each. */
function values(code: string): string[] {
  const a = analyze(`// Access-Control-Allow-Origin\n${code}`);
  let call: TSESTree.CallExpression | undefined;
  const visit = (node: TSESTree.Node) => {
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'use') call = node;
    for (const key of a.sourceCode.visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === 'object' && 'type' in child) visit(child as TSESTree.Node);
      }
    }
  };
  visit(a.sourceCode.ast);
  void findNode;
  return getPossibleValues(a.model.context, call!.arguments[0]!).map((alt) => describe1(alt));
}

function describe1(alt: Alternative): string {
  const what =
    alt.kind === 'value'
      ? alt.context.sourceCode.getText(alt.node!)
      : alt.kind === 'undefined'
        ? 'undefined'
        : `unknown(${alt.reason}${alt.variable ? `: ${alt.variable}` : ''})`;
  const when = describeConditions(alt);
  return when ? `${what} ${when}` : what;
}

describe('possible values', () => {
  it('reads a fallback after an environment variable', () => {
    expect(values(`use(process.env.CORS_ORIGIN || '*');`)).toEqual([
      'unknown(configuration: CORS_ORIGIN) when CORS_ORIGIN is set',
      "'*' when CORS_ORIGIN is unset",
    ]);
    expect(values(`use(process.env.CORS_ORIGIN?.split(',') ?? true);`)).toEqual([
      'unknown(configuration: CORS_ORIGIN) when CORS_ORIGIN is set',
      'true when CORS_ORIGIN is unset',
    ]);
    expect(values(`use(process.env.CORS_ORIGIN);`)).toEqual(['unknown(configuration: CORS_ORIGIN)']);
  });

  it('follows constants and destructuring from the environment', () => {
    expect(values(`const WEB_ORIGIN = process.env.WEB_ORIGIN ?? '*'; use(WEB_ORIGIN);`)).toEqual([
      'unknown(configuration: WEB_ORIGIN) when WEB_ORIGIN is set',
      "'*' when WEB_ORIGIN is unset",
    ]);
    expect(values(`const { ORIGIN = '*' } = process.env; use(ORIGIN);`)).toEqual([
      'unknown(configuration: ORIGIN) when `ORIGIN` is set',
      "'*' when `ORIGIN` is unset",
    ]);
  });

  it('splits conditional expressions and prunes what is statically known', () => {
    expect(values(`const isProduction = process.env.NODE_ENV === 'production'; const allowed = ['https://a.example']; use(isProduction ? allowed : true);`)).toEqual([
      "['https://a.example'] when `isProduction` is true",
      'true when `isProduction` is false',
    ]);
    expect(values(`use(process.env.NODE_ENV !== 'production' ? '*' : list);`)).toEqual([
      "'*' when NODE_ENV is not 'production'",
      "list when NODE_ENV is 'production'",
    ]);
    expect(values(`const DEV = false; use(DEV ? '*' : 'https://a.example');`)).toEqual(["'https://a.example'"]);
    expect(values(`use('https://a.example' || '*');`)).toEqual(["'https://a.example'"]);
    expect(values(`use('' || '*');`)).toEqual(["'*'"]);
    expect(values(`use(flag && '*');`)).toEqual(['flag when `flag` is false', "'*' when `flag` is true"]);
  });

  it('follows a let assigned in branches', () => {
    expect(values(`let origin = '*'; if (isProduction) origin = list; use(origin);`)).toEqual([
      "'*' when `isProduction` is false",
      'list when `isProduction` is true',
    ]);
    expect(values(`let origin; if (a) { origin = 'x'; } else { origin = 'y'; } origin = 'z'; use(origin);`)).toEqual(["'z'"]);
    expect(values(`let origin;
      switch (process.env.NODE_ENV) { case 'production': origin = list; break; default: origin = true; }
      use(origin);`)).toEqual([
      'undefined',
      "list when NODE_ENV is 'production'",
      'true when NODE_ENV matches no case',
    ]);
    expect(values(`let origin = '*'; use(origin); origin = 'x';`)).toEqual(["'*'"]);
    expect(values(`let origin = list; origin ??= '*'; use(origin);`)).toEqual(['list when `origin` is set', "'*' when `origin` is unset"]);
    expect(values(`let origin = 'a'; items.forEach(() => { origin = 'b'; }); use(origin);`)).toEqual(["'a'", 'unknown(opaque)']);
    expect(values(`let origin = 'a'; for (const x of xs) { use(origin); origin = x; }`)).toEqual(["'a'", 'unknown(opaque)']);
  });

  it('reads the returns of local functions, with parameters replaced by arguments', () => {
    expect(values(`function resolveOrigin(list) { if (list.length) return list; return '*'; } use(resolveOrigin(origins));`)).toEqual([
      'origins when `list.length` is true in resolveOrigin',
      "'*' when resolveOrigin returns its fallback",
    ]);
    expect(values(`const pick = (value, fallback = '*') => value || fallback; use(pick(process.env.O));`)).toEqual([
      'unknown(configuration: O) when `value` is true',
      "'*' when `value` is false",
    ]);
    expect(values(`const config = { origin() { return true; } }; use(config.origin());`)).toEqual(['true']);
    expect(values(`function f(n) { return n ? f(n - 1) : '*'; } use(f(3));`)).toEqual([
      'unknown(recursion) when `n` is true',
      "'*' when `n` is false",
    ]);
    expect(values(`async function f() { return '*'; } use(f());`)).toEqual(['unknown(opaque)']);
  });

  it('replaces a returned parameter that is re-spelled: exactly when the text is kept, as unknown when it may change', () => {
    expect(values('const asText = (o) => `${o}`; use(asText(req.query.origin));')).toEqual(['req.query.origin']);
    expect(values("function s(o) { return String(o); } use(s('*'));")).toEqual(["'*'"]);
    expect(values('const norm = (o) => o.trim().toLowerCase(); use(norm(req.query.origin));')).toEqual(['req.query.origin']);
    // 'True'.toLowerCase() is not 'True': a static value is no longer known.
    expect(values("const norm = (o) => o.toLowerCase(); use(norm('True'));")).toEqual(['unknown(opaque)']);
    // Not a re-spelling: the call stays as it is.
    expect(values('const first = (o) => o.slice(0, 10); use(first(req.query.origin));')).toEqual(['o.slice(0, 10)']);
  });

  it('reads properties of local objects', () => {
    expect(values(`const config = { cors: { origin: process.env.O || '*' } }; use(config.cors.origin);`)).toEqual([
      'unknown(configuration: O) when O is set',
      "'*' when O is unset",
    ]);
  });

  it('bounds alternatives and depth', () => {
    const chain = Array.from({ length: 40 }, (_, i) => `c${i}`).join(' ? 1 : ');
    const alternatives = values(`use(${chain} ? 1 : 2);`);
    expect(alternatives.length).toBeLessThanOrEqual(16);
    expect(alternatives.at(-1)).toMatch(/^unknown\(bound\)/);
    const consts = Array.from({ length: 40 }, (_, i) => `const v${i + 1} = v${i};`).join('\n');
    expect(values(`const v0 = '*';\n${consts}\nuse(v40);`)).toEqual(['unknown(bound)']);
  });
});

describe('objects changed by statements', () => {
  it('folds assignments and Object.assign made before the use', () => {
    expect(values(`const opts = {}; opts.credentials = true; opts.origin = true; use(opts.origin);`)).toEqual(['true']);
    expect(values(`const opts = { origin: 'https://a.example' }; Object.assign(opts, { origin: '*' }); use(opts.origin);`)).toEqual(["'*'"]);
    expect(values(`const opts = { origin: list }; opts.origin ??= '*'; use(opts.origin);`)).toEqual(['list when `opts.origin` is set', "'*' when `opts.origin` is unset"]);
    expect(values(`const opts = { origin: '*' }; use(opts.origin); opts.origin = 'x';`)).toEqual(["'*'"]);
  });

  it('makes a key set in a branch a set of alternatives', () => {
    expect(values(`const opts = { origin: '*' }; if (isProduction) { opts.origin = list; } use(opts.origin);`)).toEqual([
      "'*' when `isProduction` is false",
      'list when `isProduction` is true',
    ]);
    expect(values(`const opts = {}; if (dev) opts.origin = true; use(opts.origin);`)).toEqual(['undefined when `dev` is false', 'true when `dev` is true']);
  });

  it('gives up on an object handed to code it does not follow', () => {
    expect(values(`const opts = { origin: 'a' }; configure(opts); use(opts.origin);`)).toEqual(['opts.origin']);
    expect(values(`const opts = { origin: 'a' }; opts[key] = 'b'; use(opts.origin);`)).toEqual(['opts.origin']);
    expect(values(`const opts = { origin: 'a' }; console.log(opts); use(opts.origin);`)).toEqual(["'a'"]);
  });
});

describe('both conditions at once', () => {
  it('joins the clauses of two paths, once each', () => {
    expect(bothConditions('when CORS_ORIGIN is unset', 'when CORS_CREDENTIALS is unset')).toBe('when CORS_ORIGIN is unset and CORS_CREDENTIALS is unset');
    expect(bothConditions('when `debug` is true', 'when `debug` is true and MODE is \'dev\'')).toBe("when `debug` is true and MODE is 'dev'");
    expect(bothConditions(null, 'when X is set')).toBe('when X is set');
    expect(bothConditions(null, undefined)).toBeNull();
    expect(bothConditions('on some paths', 'when X is set')).toBe('on some paths');
  });

  it('gives up on different outcomes of the same test', () => {
    expect(bothConditions('when `isPublic` is true', 'when `isPublic` is false')).toBe(false);
    expect(bothConditions('when PUBLIC is set', 'when PUBLIC is unset')).toBe(false);
    expect(bothConditions("when MODE is 'a'", "when MODE is 'b'")).toBe(false);
    // Quoted code that itself holds " is " is one subject.
    expect(bothConditions('when `a.is is b` is true', 'when `a.is is b` is false')).toBe(false);
  });
});
