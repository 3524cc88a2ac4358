/**
 * The policies model does work in proportion to the file: the syntax tree is
 * walked a fixed number of times however many `origin:` keys or CORS calls a
 * file has, and scope look-ups grow linearly. Counted, never timed.
 */
import parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { collectPolicies } from '../../src/analysis/policies/index.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

function sourceCodeOf(code: string): SourceCode {
  let captured: SourceCode | undefined;
  const linter = new Linter({ configType: 'flat' });
  linter.verify(
    code,
    [
      {
        files: ['**/*.js'],
        languageOptions: { parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
        plugins: { capture: { rules: { source: { create: (context) => ((captured = context.sourceCode as unknown as SourceCode), {}) } } } },
        rules: { 'capture/source': 'error' },
      },
    ],
    'file.js',
  );
  if (!captured) throw new Error('no source code');
  return captured;
}

interface Work {
  /** Nodes whose children a walk looked up. */
  readonly visits: number;
  readonly scopeLookups: number;
  readonly nodeByRange: number;
  readonly policies: number;
}

/** Collects the policies of `code`, counting node visits (look-ups of visitor keys), `getScope` and `getNodeByRangeIndex` calls. */
function workOf(code: string): Work {
  const sourceCode = sourceCodeOf(code);
  const counts = { visits: 0, scopeLookups: 0, nodeByRange: 0 };
  const visitorKeys = new Proxy(sourceCode.visitorKeys, {
    get(target, key, receiver) {
      counts.visits++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  // SourceCode is frozen: the proxy stands in front of an empty object and reads through to it.
  const target = sourceCode;
  const counted = new Proxy({} as SourceCode, {
    get(_, key) {
      if (key === 'visitorKeys') return visitorKeys;
      const value: unknown = Reflect.get(target, key, target);
      if (key === 'getScope' && typeof value === 'function') return (...args: unknown[]) => (counts.scopeLookups++, value.apply(target, args));
      if (key === 'getNodeByRangeIndex' && typeof value === 'function') return (...args: unknown[]) => (counts.nodeByRange++, value.apply(target, args));
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const { policies } = collectPolicies({ sourceCode: counted }, sourceCode.ast);
  return { ...counts, policies: policies.length };
}

function originRows(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => `  { "origin": "https://a${i}.example.com", "methods": "GET" },`).join('\n');
  return `export const data = [\n${rows}\n];\n`;
}

function corsCalls(n: number): string {
  const calls = Array.from({ length: n }, (_, i) => `app.use('/r${i}', cors({ origin: (o, cb) => cb(null, list.includes(o)), credentials: true }));`).join('\n');
  return `import cors from 'cors';\n${calls}\n`;
}

describe('work grows with the file, not with the square of it', () => {
  it('many `origin:` keys: node visits linear in the rows, never a node search per match', () => {
    const small = workOf(originRows(500));
    const large = workOf(originRows(2000));
    expect(small.visits).toBeGreaterThan(500);
    expect(large.nodeByRange).toBe(0);
    expect(large.visits).toBeLessThanOrEqual(small.visits * 4 + 64);
  });

  it('many cors() calls: node visits and scope look-ups linear in the calls', () => {
    const small = workOf(corsCalls(500));
    const large = workOf(corsCalls(2000));
    expect([small.policies, large.policies]).toEqual([500, 2000]);
    expect(large.nodeByRange).toBe(0);
    expect(large.visits).toBeLessThanOrEqual(small.visits * 4 + 64);
    expect(large.scopeLookups).toBeLessThanOrEqual(small.scopeLookups * 4 + 64);
  });

  it('exported options among many rows are still found', () => {
    const code = `${originRows(1000)}export const corsOptions = { origin: '*', credentials: true };\n`;
    expect(workOf(code).policies).toBe(1);
  });
});
