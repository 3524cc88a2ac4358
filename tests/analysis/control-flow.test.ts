import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/types';
import { alwaysExits, mayCoOccur } from '../../src/analysis/core/control-flow.js';
import { analyze, findNode, parseSnippet } from './analyze.js';

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
    ['an exit before the end of a branch', `function f() { if (x) { a(); return; c(); } b(); }`],
    ['a try that returns on both paths', `function f() { if (x) { try { a(); return; } catch { return; } } b(); }`],
    ['a switch case that breaks inside', `switch (x) { case 1: a(); break; d(); case 2: b(); }`],
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

describe('statements that always exit', () => {
  /** Whether the first statement of the function body never lets control past it. */
  function exits(statement: string): boolean {
    const source = parseSnippet(`function f() {\n${statement}\n}`);
    const fn = source.ast.body[0] as TSESTree.FunctionDeclaration;
    return alwaysExits(fn.body.body[0]!);
  }

  it.each([
    'return;',
    'throw new Error();',
    '{ a(); return; }',
    '{ return; a(); }',
    'if (x) return; else throw new Error();',
    'if (x) { return a(); } else if (y) { return b(); } else { throw e; }',
    'try { return a(); } catch { return b(); }',
    'try { a(); } finally { return; }',
    'try { return a(); } finally { b(); }',
    'done: { return; }',
  ])('%s', (statement) => {
    expect(exits(statement)).toBe(true);
  });

  it.each([
    'a();',
    'next(new Error());',
    '{ a(); next(err); }',
    'if (x) return;',
    '{ if (x) { return; } }',
    'try { return a(); } catch { b(); }',
    'for (const x of y) return;',
    'switch (x) { case 1: return; }',
    'done: { break done; }',
  ])('%s does not', (statement) => {
    expect(exits(statement)).toBe(false);
  });
});
