/**
 * Text edits in JSON and YAML configuration files: replace a scalar keeping
 * its quoting, remove a list item or member with its separator. Scalars of
 * configuration objects written in JavaScript are written as JavaScript
 * literals (`stringLiteral` of ./text-edits.ts).
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { DataScalar, SyntaxNode } from '../analysis/deploy/index.js';
import { stringLiteral } from './text-edits.js';

type Fixer = TSESLint.RuleFixer;
type Range = readonly [number, number];

/** `value` written as a JSON or YAML scalar of the same style (JSON strings are always double-quoted). */
export function scalarText(scalar: DataScalar, value: string): string {
  if (scalar.style === 'single-quoted') return `'${value.replace(/'/g, "''")}'`;
  if (scalar.style === 'plain' && /^[A-Za-z0-9][\w.:/-]*$/.test(value) && !/:\s|\s#/.test(value)) return value;
  return JSON.stringify(value);
}

/**
 * `value` in place of a scalar of a configuration object written in
 * JavaScript: a string literal in the scalar's own quote, or `true` /
 * `false` for a boolean; null for anything else.
 */
function javascriptText(scalar: DataScalar, value: string): string | null {
  if (typeof scalar.value === 'string') return stringLiteral(value, scalar.style === 'single-quoted' ? "'" : '"');
  if (typeof scalar.value === 'boolean' && (value === 'true' || value === 'false')) return value;
  return null;
}

/** Replaces a scalar written in place; null for one read from a shared constant, or one that cannot hold `value`. */
export function replaceScalar(fixer: Fixer, scalar: DataScalar, value: string): TSESLint.RuleFix | null {
  if (scalar.editable === false) return null;
  const text = scalar.language === 'javascript' ? javascriptText(scalar, value) : scalarText(scalar, value);
  return text === null ? null : fixer.replaceTextRange(scalar.node.range as Range, text);
}

/**
 * Removes `entry` from a comma-separated list (a JSON array or object):
 * through the next item when there is one, else from the end of the previous
 * item, else back to the end of the line before. Null for anything else (YAML
 * block collections), so the caller offers no edit.
 */
export function removeListEntry(fixer: Fixer, text: string, entry: SyntaxNode, siblings: readonly SyntaxNode[]): TSESLint.RuleFix | null {
  const index = siblings.indexOf(entry);
  if (index < 0 || entry.type.startsWith('YAML')) return null;
  const next = siblings[index + 1];
  if (next) return fixer.removeRange([entry.range[0], next.range[0]]);
  const previous = siblings[index - 1];
  if (previous) return fixer.removeRange([previous.range[1], entry.range[1]]);
  let start = entry.range[0];
  while (start > 0 && /[ \t]/.test(text[start - 1]!)) start--;
  if (text[start - 1] === '\n') start--;
  if (text[start - 1] === '\r') start--;
  return fixer.removeRange([start, entry.range[1]]);
}
