/**
 * Scalar edits in configuration: JSON and YAML keep their own quoting;
 * configuration objects written in JavaScript get JavaScript literals.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import type { DataScalar } from '../../src/analysis/deploy/index.js';
import { replaceScalar } from '../../src/fixes/data-edits.js';

const fixer = { replaceTextRange: (range: readonly [number, number], text: string) => ({ range, text }) } as unknown as TSESLint.RuleFixer;

function scalar(value: DataScalar['value'], style: DataScalar['style'], language?: 'javascript'): DataScalar {
  return { kind: 'scalar', node: { type: language ? 'Literal' : 'YAMLScalar', range: [0, 3] }, value, style, ...(language ? { language } : {}) };
}

const textOf = (s: DataScalar, value: string) => replaceScalar(fixer, s, value)?.text ?? null;

describe('replaceScalar', () => {
  it('writes YAML and JSON scalars in their own style', () => {
    expect(textOf(scalar('*', 'single-quoted'), "it's")).toBe("'it''s'");
    expect(textOf(scalar('*', 'plain'), 'https://app.example.com')).toBe('https://app.example.com');
    expect(textOf(scalar('*', 'double-quoted'), 'a"b')).toBe('"a\\"b"');
    expect(textOf(scalar(true, 'plain'), 'false')).toBe('false');
  });

  it('writes JavaScript string literals in the quote of the literal they replace', () => {
    expect(textOf(scalar('*', 'single-quoted', 'javascript'), "it's")).toBe("'it\\'s'");
    expect(textOf(scalar('*', 'double-quoted', 'javascript'), 'a\\b')).toBe('"a\\\\b"');
    expect(textOf(scalar('*', 'single-quoted', 'javascript'), 'https://app.example.com')).toBe("'https://app.example.com'");
  });

  it('turns a JavaScript boolean into the other boolean, and declines anything else', () => {
    expect(textOf(scalar(true, 'plain', 'javascript'), 'false')).toBe('false');
    expect(textOf(scalar(true, 'plain', 'javascript'), 'https://app.example.com')).toBeNull();
    expect(textOf(scalar(1, 'plain', 'javascript'), 'true')).toBeNull();
  });

  it('never edits a value read from a shared constant', () => {
    expect(replaceScalar(fixer, { ...scalar('*', 'single-quoted', 'javascript'), editable: false }, 'x')).toBeNull();
  });
});
