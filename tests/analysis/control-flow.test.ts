import { describe, expect, it } from 'vitest';
import { mayCoOccur } from '../../src/analysis/core/control-flow.js';
import { analyze, findNode } from './analyze.js';

/** Whether the calls `a()` and `b()` of `code` can run for the same request. */
function together(code: string): boolean {
  const analysis = analyze(`// Access-Control-Allow-Origin\n${code}`);
  const first = findNode(analysis, 'a()');
  const second = findNode(analysis, 'b()');
  const forward = mayCoOccur(first, second);
  expect(mayCoOccur(second, first)).toBe(forward);
  return forward;
}

describe('exclusive paths', () => {
  it.each([
    ['if / else', `if (x) { a(); } else { b(); }`],
    ['if / else if', `if (x) { a(); } else if (y) { b(); }`],
    ['if / else without blocks', `if (x) a(); else b();`],
    ['a conditional expression', `x ? a() : b();`],
    ['switch cases with break', `switch (x) { case 1: a(); break; case 2: b(); }`],
    ['switch cases with return', `function f() { switch (x) { case 1: a(); return; default: b(); } }`],
    ['an early return', `function f() { if (x) { a(); return; } b(); }`],
    ['an early return of a call', `function f() { if (x) { a(); return res.end(); } b(); }`],
    ['an early throw', `function f() { if (x) { a(); throw new Error(); } b(); }`],
    ['an early return in else', `function f() { if (x) { c(); } else { a(); return; } b(); }`],
    ['both branches returning', `function f() { if (x) { a(); if (y) { return; } else { return; } } b(); }`],
  ])('%s', (_name, code) => {
    expect(together(code)).toBe(false);
  });
});

describe('paths that can meet', () => {
  it.each([
    ['statements in sequence', `a(); b();`],
    ['a branch and what follows it', `if (x) { a(); } b();`],
    ['a branch that does not always return', `function f() { if (x) { a(); if (y) return; } b(); }`],
    ['switch fall-through', `switch (x) { case 1: a(); case 2: b(); }`],
    ['code before a branch', `function f() { a(); if (x) { b(); return; } }`],
    ['the test and a branch', `if (a()) { b(); }`],
    ['nested functions', `function f() { a(); } function g() { b(); }`],
    ['loops', `for (const x of y) { if (x) { a(); } b(); }`],
    ['a try and its catch', `try { a(); } catch { b(); }`],
  ])('%s', (_name, code) => {
    expect(together(code)).toBe(true);
  });

  it('a node with itself', () => {
    const analysis = analyze(`// Access-Control-Allow-Origin\na();`);
    const node = findNode(analysis, 'a()');
    expect(mayCoOccur(node, node)).toBe(true);
  });
});
