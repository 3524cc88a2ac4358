/**
 * Edits of object literals and arrays that keep the surrounding formatting,
 * line endings and comments: remove a property or element with its separator,
 * add a property first or last, insert an item after another.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { ValueContext } from '../analysis/core/values.js';
import { endOfLineAfter, indentUnit, lineIndent, newline } from './text-edits.js';

type Node = TSESTree.Node;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

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

/**
 * Inserts `text` as a new item after `item` in a comma-separated list
 * (`container`): on its own line when the items stand on their own lines, after
 * any comment trailing `item`, keeping the list's trailing-comma style.
 */
export function insertItemAfter(ctx: ValueContext, fixer: Fixer, item: Node, container: Node | TSESTree.Token, text: string): Fix | Fix[] {
  const after = ctx.sourceCode.getTokenAfter(item);
  const comma = after?.value === ',' ? after : null;
  if (item.loc.start.line === container.loc.start.line) {
    return comma ? fixer.insertTextAfter(comma, ` ${text},`) : fixer.insertTextAfter(item, `, ${text}`);
  }
  const separator = newline(ctx, lineIndent(ctx, item));
  const end = endOfLineAfter(ctx, comma ?? item);
  if (comma) return fixer.insertTextAfterRange([0, end], `${separator}${text},`);
  if (end === item.range[1]) return fixer.insertTextAfter(item, `,${separator}${text}`);
  return [fixer.insertTextAfter(item, ','), fixer.insertTextAfterRange([0, end], `${separator}${text}`)];
}

/** Adds `text` as the last property of an object literal, following its layout, comments and trailing-comma style. */
export function addProperty(ctx: ValueContext, fixer: Fixer, object: TSESTree.ObjectExpression, text: string): Fix | Fix[] {
  const last = object.properties.at(-1);
  if (last) return insertItemAfter(ctx, fixer, last, object, text);
  const { sourceCode } = ctx;
  const open = sourceCode.getFirstToken(object)!;
  const close = sourceCode.getLastToken(object)!;
  const multiline = open.loc.end.line !== close.loc.start.line;
  const indent = lineIndent(ctx, object);
  if (sourceCode.commentsExistBetween(open, close)) {
    // `{ /* TODO */ }` keeps its comment: the property goes before the closing brace.
    if (!multiline) return fixer.insertTextBefore(close, sourceCode.text[close.range[0] - 1] === ' ' ? `${text} ` : ` ${text} `);
    const closeLine = sourceCode.text.lastIndexOf('\n', close.range[0] - 1) + 1;
    return fixer.insertTextBeforeRange([closeLine, closeLine], `${indent}${indentUnit(ctx)}${text},${newline(ctx, '')}`);
  }
  if (multiline) return fixer.replaceText(object, `{${newline(ctx, indent + indentUnit(ctx))}${text},${newline(ctx, indent)}}`);
  return fixer.replaceText(object, `{ ${text} }`);
}

/** Inserts `text` (`key: value`) as the first property of an object literal, before any comment that leads the first one. */
export function insertFirstProperty(ctx: ValueContext, fixer: Fixer, object: TSESTree.ObjectExpression, text: string): Fix | Fix[] {
  const first = object.properties[0];
  if (!first) return addProperty(ctx, fixer, object, text);
  if (first.loc.start.line === object.loc.start.line) return fixer.insertTextBefore(first, `${text}, `);
  const leading = ctx.sourceCode.getCommentsBefore(first).find((c) => c.loc.start.line > object.loc.start.line);
  const target = leading ?? first;
  return fixer.insertTextBeforeRange(target.range, `${text},${newline(ctx, lineIndent(ctx, target.loc.start.line))}`);
}

/** True when a property can be edited in place: written in an object literal, not a shorthand or method. */
export function isPlainProperty(property: TSESTree.Property): boolean {
  return property.kind === 'init' && !property.method && !property.shorthand && property.value.type !== AST_NODE_TYPES.AssignmentPattern;
}
