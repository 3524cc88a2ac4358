/**
 * Text edits every fix is made of, in the file's own style: quotes and
 * escaped string literals, indentation, line endings, removal of a line or a
 * statement, and the merging of the edits of one fix.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { standaloneStatement, type ValueContext } from '../analysis/core/values.js';

export { standaloneStatement };

type Node = TSESTree.Node;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/**
 * The edits of one fix, ready for ESLint: nulls (a part that declined) make
 * the whole fix decline; an edit repeated (the same write removed twice) is
 * kept once; overlapping removals are joined. Any other overlap declines.
 */
export function mergeFixes(fixes: ReadonlyArray<Fix | null | undefined>): Fix[] | null {
  if (fixes.some((f) => !f)) return null;
  const sorted = (fixes as Fix[]).slice().sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const merged: Fix[] = [];
  for (const fix of sorted) {
    const last = merged.at(-1);
    const touching = last !== undefined && fix.range[0] === last.range[1];
    const bothInsertions = touching && fix.range[0] === fix.range[1] && last.range[0] === last.range[1];
    if (!last || fix.range[0] > last.range[1] || (touching && !bothInsertions)) {
      merged.push(fix);
    } else if (fix.range[0] === last.range[0] && fix.range[1] === last.range[1] && fix.text === last.text) {
      continue;
    } else if (fix.text === '' && last.text === '') {
      merged[merged.length - 1] = { range: [last.range[0], Math.max(last.range[1], fix.range[1])], text: '' };
    } else {
      return null;
    }
  }
  return merged.length > 0 ? merged : null;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * A plain string literal in the given quote (`'` or `"`), escaped: never a
 * template literal, so no `${` in a value can become code.
 */
export function stringLiteral(value: string, quote: string): string {
  const q = quote === '"' ? '"' : "'";
  const body = value.replace(/[\\\n\r\u2028\u2029]/g, (c) => ESCAPES[c]!).replaceAll(q, `\\${q}`);
  return `${q}${body}${q}`;
}

function isStringToken(token: { type: string; value: string }): boolean {
  return token.type === 'String';
}

/** The quote of a string literal (`'` or `"`), null for anything else (template literals included). */
export function quoteOf(ctx: ValueContext, node: Node | null | undefined): string | null {
  if (!node || node.type !== AST_NODE_TYPES.Literal || typeof node.value !== 'string') return null;
  return ctx.sourceCode.getText(node).startsWith('"') ? '"' : "'";
}

/** Tokens scanned either side of a node for a string before falling back to the file's first string. */
const QUOTE_SCAN = 200;

function quoteOfToken(token: { value: string }): string {
  return token.value.startsWith('"') ? '"' : "'";
}

/**
 * The quote style to write next to `nodes`: the first that is a string literal
 * (through `as const`), else a string inside the first node, else the nearest
 * string token around it, else the file's first string; `'` when the file has none.
 */
export function quoteNear(ctx: ValueContext, ...nodes: Array<Node | null | undefined>): string {
  for (const node of nodes) {
    const own = node ? quoteOf(ctx, unwrapType(node)) : null;
    if (own) return own;
  }
  const tokens = ctx.sourceCode.ast.tokens;
  const anchor = nodes.find((n) => n);
  if (anchor) {
    // The first token at or after the node's start.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.range[0] < anchor.range[0]) lo = mid + 1;
      else hi = mid;
    }
    let after = lo;
    while (after < tokens.length && after - lo < QUOTE_SCAN && tokens[after]!.range[0] < anchor.range[1]) {
      if (isStringToken(tokens[after]!)) return quoteOfToken(tokens[after]!);
      after++;
    }
    for (let d = 1; d <= QUOTE_SCAN; d++) {
      const before = tokens[lo - d];
      if (before && isStringToken(before)) return quoteOfToken(before);
      const next = tokens[after + d - 1];
      if (next && isStringToken(next)) return quoteOfToken(next);
    }
  }
  const first = tokens.find(isStringToken);
  return first ? quoteOfToken(first) : "'";
}

function unwrapType(node: Node): Node {
  let current = node;
  while (current.type === AST_NODE_TYPES.TSAsExpression || current.type === AST_NODE_TYPES.TSSatisfiesExpression) current = current.expression;
  return current;
}

/** The file's line ending: `\r\n` when its first line break is one. */
export function lineEnding(ctx: ValueContext): string {
  const text = ctx.sourceCode.text;
  const index = text.indexOf('\n');
  return index > 0 && text[index - 1] === '\r' ? '\r\n' : '\n';
}

/** The indentation of a line (1-based), or of the line a node starts on. */
export function lineIndent(ctx: ValueContext, at: Node | number): string {
  const line = typeof at === 'number' ? at : at.loc.start.line;
  return /^[ \t]*/.exec(ctx.sourceCode.lines[line - 1] ?? '')![0];
}

/** One level of indentation in this file: a tab when its lines are tab-indented, else two spaces. */
export function indentUnit(ctx: ValueContext): string {
  const lines = ctx.sourceCode.lines;
  const limit = Math.min(lines.length, 500);
  for (let i = 0; i < limit; i++) {
    const first = lines[i]![0];
    if (first === '\t') return '\t';
    if (first === ' ' && lines[i]!.trim() !== '') return '  ';
  }
  return '  ';
}

/** A line break followed by `indent`, in the file's line ending. */
export function newline(ctx: ValueContext, indent: string): string {
  return `${lineEnding(ctx)}${indent}`;
}

/**
 * The end of the line `node` ends on, after any comment that trails it there:
 * where text goes that should follow the node without taking its comment
 * (`a: 1, // note` → after `// note`).
 */
export function endOfLineAfter(ctx: ValueContext, node: Node | TSESTree.Token): number {
  const { sourceCode } = ctx;
  let end = node.range[1];
  let next = sourceCode.getTokenAfter(node as Node, { includeComments: true });
  while (next && next.loc.start.line === node.loc.end.line && (next.type === 'Line' || next.type === 'Block')) {
    end = next.range[1];
    next = sourceCode.getTokenAfter(next as TSESTree.Token, { includeComments: true });
  }
  return end;
}

/**
 * Removes a range, taking its whole line(s) when nothing else (no code, no
 * comment) stands on them; otherwise the range and the spaces after it.
 */
export function removeRangeOnOwnLine(ctx: ValueContext, fixer: Fixer, range: readonly [number, number]): Fix {
  const text = ctx.sourceCode.text;
  const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
  let lineEnd = text.indexOf('\n', range[1]);
  if (lineEnd === -1) lineEnd = text.length;
  const before = text.slice(lineStart, range[0]);
  const after = text.slice(range[1], lineEnd);
  if (/^\s*$/.test(before) && /^\s*$/.test(after)) return fixer.removeRange([lineStart, Math.min(lineEnd + 1, text.length)]);
  // Shares its line with other code or a comment: take the spaces after it too (`{ a(); b(); }` → `{ b(); }`).
  const spaces = /^[ \t]*/.exec(after)![0].length;
  return fixer.removeRange([range[0], spaces < after.length ? range[1] + spaces : range[1]]);
}

/** Removes a statement standing in a block: its line when it is alone there. */
export function removeStatement(ctx: ValueContext, fixer: Fixer, node: Node): Fix | null {
  const statement = node.type === AST_NODE_TYPES.ExpressionStatement ? node : standaloneStatement(node);
  return statement ? removeRangeOnOwnLine(ctx, fixer, statement.range) : null;
}

/** Inserts a statement after `statement`, on its own line with the same indentation. */
export function insertStatementAfter(ctx: ValueContext, fixer: Fixer, statement: Node, text: string): Fix {
  return fixer.insertTextAfterRange([statement.range[0], endOfLineAfter(ctx, statement)], `${newline(ctx, lineIndent(ctx, statement))}${text}`);
}

/** `;` when `statement` ends with one (the file's semicolon style). */
export function semicolonLike(ctx: ValueContext, statement: Node): string {
  return ctx.sourceCode.getText(statement).endsWith(';') ? ';' : '';
}
