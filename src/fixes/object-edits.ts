/**
 * Edits of object literals and arrays that keep the surrounding formatting:
 * remove a property or element with its separator, insert a property first.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { ValueContext } from '../analysis/core/values.js';

type Node = TSESTree.Node;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

function lineIndent(ctx: ValueContext, node: Node): string {
  const line = ctx.sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/.exec(line)![0];
}

/**
 * Removes one item of a comma-separated list (an object property, an array
 * element) together with its separator; a line left empty goes too.
 */
export function removeListItem(ctx: ValueContext, fixer: Fixer, item: Node): Fix {
  const { sourceCode } = ctx;
  const text = sourceCode.text;
  const container = item.parent;
  const siblings =
    container?.type === AST_NODE_TYPES.ObjectExpression
      ? container.properties.length
      : container?.type === AST_NODE_TYPES.ArrayExpression
        ? container.elements.length
        : 0;
  if (siblings === 1 && container) {
    // The only item: leave `{}` / `[]` behind.
    const open = sourceCode.getFirstToken(container)!;
    const close = sourceCode.getLastToken(container)!;
    if (!sourceCode.commentsExistBetween(open, close)) return fixer.removeRange([open.range[1], close.range[0]]);
  }
  const after = sourceCode.getTokenAfter(item);
  if (after && after.value === ',') {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    const sameLine = next !== null && next.loc.start.line === after.loc.end.line;
    const start = item.range[0];
    const end = sameLine ? next.range[0] : after.range[1];
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', end);
    if (!sameLine && /^\s*$/.test(text.slice(lineStart, start)) && lineEnd !== -1 && /^\s*$/.test(text.slice(end, lineEnd))) {
      return fixer.removeRange([lineStart, lineEnd + 1]);
    }
    return fixer.removeRange([start, end]);
  }
  const before = sourceCode.getTokenBefore(item);
  if (before && before.value === ',') return fixer.removeRange([before.range[0], item.range[1]]);
  return fixer.remove(item);
}

/** Inserts `key: value` as the first property of an object literal. */
export function insertFirstProperty(ctx: ValueContext, fixer: Fixer, object: TSESTree.ObjectExpression, text: string): Fix {
  const first = object.properties[0];
  if (!first) return fixer.replaceText(object, `{ ${text} }`);
  const multiline = first.loc.start.line !== object.loc.start.line;
  return fixer.insertTextBefore(first, multiline ? `${text},\n${lineIndent(ctx, first)}` : `${text}, `);
}

/**
 * The quote style of the string literals nearest `node`: in it, else in the
 * statements around it, else in the file; `'` when the file has none.
 */
export function quoteNear(ctx: ValueContext, node: Node | null): string {
  const isString = (t: { type: string }) => t.type === 'String';
  let current: Node | undefined = node ?? undefined;
  while (current) {
    const string = ctx.sourceCode.getTokens(current).find(isString);
    if (string) return string.value.startsWith('"') ? '"' : "'";
    if (current.type === AST_NODE_TYPES.Program) return "'";
    current = current.parent;
  }
  const first = ctx.sourceCode.ast.tokens.find(isString);
  return first?.value.startsWith('"') ? '"' : "'";
}

/** A string literal in a quote style. */
export function quoted(value: string, quote: string): string {
  return `${quote}${value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`)}${quote}`;
}

/** True when a property can be edited in place: written in an object literal, not a shorthand or method. */
export function isPlainProperty(property: TSESTree.Property): boolean {
  return property.kind === 'init' && !property.method && !property.shorthand && property.value.type !== AST_NODE_TYPES.AssignmentPattern;
}
