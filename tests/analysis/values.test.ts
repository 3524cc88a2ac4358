import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  findSourceLiteral,
  getObjectEntries,
  getStaticString,
  getStaticValue,
  resolveExpression,
  resolveFunction,
} from '../../src/analysis/core/values.js';
import { analyze, findNode } from './analyze.js';

/** Analyses `code` (with a CORS mention so the file is never skipped) with helpers to find nodes. */
function setup(code: string) {
  const a = analyze(`// Access-Control-Allow-Origin\n${code}`);
  const call = (text: string) => findNode(a, text, 'CallExpression') as TSESTree.CallExpression;
  return {
    a,
    ctx: a.model.context,
    node: (text: string, type?: string) => findNode(a, text, type),
    /** The first argument of the call written as `text`. */
    arg: (text: string) => call(text).arguments[0]!,
    callee: (text: string) => call(text).callee,
  };
}

describe('values', () => {
  it('resolves stable variables only', () => {
    const { a, ctx, arg } = setup(`const A = { x: 1 }; let B = { y: 2 }; B = {}; use(A); use(B);`);
    expect(a.text(resolveExpression(ctx, arg('use(A)')))).toBe('{ x: 1 }');
    expect(a.text(resolveExpression(ctx, arg('use(B)')))).toBe('B');
  });

  it('reads static strings through constants, templates, concatenation and `as const`', () => {
    const { ctx, arg } = setup('const P = `Allow-${"Origin"}` as const; const N = \'Access-Control-\' + P; use(N);');
    expect(getStaticString(ctx, arg('use(N)'))).toBe('Access-Control-Allow-Origin');
  });

  it('lists object entries through spreads, later ones winning, and says when some are unknown', () => {
    const { ctx, node } = setup(`const base = { a: 1, b: 2 }; const KEY = 'c'; const o = { ...base, b: 3, [KEY]: 4 }; const p = { ...unknown, [dyn]: 1, d: 5 };`);
    const o = getObjectEntries(ctx, node('{ ...base, b: 3, [KEY]: 4 }'))!;
    expect(o.entries.map((e) => e.key)).toEqual(['a', 'b', 'c']);
    expect(o.incomplete).toBe(false);
    const p = getObjectEntries(ctx, node('{ ...unknown, [dyn]: 1, d: 5 }'))!;
    expect(p.entries.map((e) => e.key)).toEqual(['d']);
    expect(p.incomplete).toBe(true);
  });

  it('finds the literal a value was written as', () => {
    const { a, ctx, arg } = setup('const ORIGIN = "*"; use(ORIGIN); use(`x${y}`);');
    expect(a.text(findSourceLiteral(ctx, arg('use(ORIGIN)')))).toBe('"*"');
    expect(findSourceLiteral(ctx, arg('use(`x${y}`)'))).toBeNull();
  });

  it('resolves functions of the module', () => {
    const { ctx, callee } = setup(`function f() {} const g = () => 1; let h = () => 2; h = null; f(); g(); h();`);
    expect(resolveFunction(ctx, callee('f()'))?.type).toBe('FunctionDeclaration');
    expect(resolveFunction(ctx, callee('g()'))?.type).toBe('ArrowFunctionExpression');
    expect(resolveFunction(ctx, callee('h()'))).toBeNull();
  });

  it('refuses to evaluate what would build a huge string or array', () => {
    const doubling = Array.from({ length: 30 }, (_, i) => `const s${i + 1} = s${i} + s${i};`).join(' ');
    const { ctx, arg } = setup(
      `use('True'.padStart(268435400)); use('ab'.repeat(1e6)); use('x'.repeat(60000).repeat(60000)); use(Array(1e8).join('x'));` +
        ` const s0 = 'xxxxxxxx'; ${doubling} use(s30); use('a'.padStart(4, '*'));`,
    );
    expect(getStaticValue(ctx, arg("use('True'.padStart(268435400))"))).toBeNull();
    expect(getStaticValue(ctx, arg("use('ab'.repeat(1e6))"))).toBeNull();
    expect(getStaticValue(ctx, arg("use('x'.repeat(60000).repeat(60000))"))).toBeNull();
    expect(getStaticValue(ctx, arg("use(Array(1e8).join('x'))"))).toBeNull();
    expect(getStaticValue(ctx, arg('use(s30)'))).toBeNull();
    expect(getStaticString(ctx, arg("use('a'.padStart(4, '*'))"))).toBe('***a');
  });
});
