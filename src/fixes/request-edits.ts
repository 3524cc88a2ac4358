/**
 * Edits of client request options: write or change the credentials option in
 * the spelling of the request's API (`credentials: 'include'`,
 * `withCredentials: true`, `xhrFields: { withCredentials: true }`,
 * `xhr.withCredentials = true;`), or remove it.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { NESTED_SPELLINGS, type CredentialsDialect, type CredentialsEdit } from '../analysis/client/types.js';
import type { ValueContext } from '../analysis/core/values.js';
import { quoteOf, stringLiteral } from './header-edits.js';

type Node = TSESTree.Node;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** Whether to turn credentials on (`include` / `true`) or off (`same-origin` / `false`). */
export type CredentialsValue = 'on' | 'off';

/** The quote the surrounding code uses for strings (`'` when it shows none). */
function preferredQuote(ctx: ValueContext, around: Node): string {
  let node: Node | undefined = around;
  while (node && node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression && node.parent) {
    node = node.parent;
  }
  const tokens = ctx.sourceCode.getTokens(node ?? around);
  const string = tokens.find((t) => t.type === 'String');
  return string?.value.startsWith('"') ? '"' : "'";
}

/** The value text: `'include'`, `'same-origin'`, `true`, `false` (for a nested spelling, of its inner option). */
export function credentialsValueText(dialect: CredentialsDialect, value: CredentialsValue, quote = "'"): string {
  const spelling = NESTED_SPELLINGS[dialect]?.inner ?? dialect;
  if (spelling === 'fetch') return stringLiteral(value === 'on' ? 'include' : 'same-origin', quote);
  return value === 'on' ? 'true' : 'false';
}

/** The option as written in an options object: `credentials: 'include'`, `withCredentials: true`, `xhrFields: {…}`, `fetchOptions: {…}`. */
export function credentialsOptionText(dialect: CredentialsDialect, value: CredentialsValue, quote = "'"): string {
  const nested = NESTED_SPELLINGS[dialect];
  if (nested) return `${nested.container}: { ${credentialsOptionText(nested.inner, value, quote)} }`;
  if (dialect === 'fetch') return `credentials: ${credentialsValueText(dialect, value, quote)}`;
  return `withCredentials: ${credentialsValueText(dialect, value)}`;
}

/** superagent's chained call: `.withCredentials()` or `.withCredentials(false)`. */
function chainText(value: CredentialsValue): string {
  return value === 'on' ? '.withCredentials()' : '.withCredentials(false)';
}

/** How an edit is described in messages: `credentials: 'include'`, `xhr.withCredentials = true`. */
export function describeEdit(
  ctx: ValueContext,
  edit: CredentialsEdit | null,
  dialect: CredentialsDialect,
  value: CredentialsValue = 'on',
): string {
  const flag = value === 'on' ? 'true' : 'false';
  if (edit?.kind === 'statement') return `${edit.receiver}.withCredentials = ${flag}`;
  if (edit?.kind === 'chain' || dialect === 'superagent') return chainText(value);
  if (edit?.kind === 'replace' && edit.value.parent?.type === AST_NODE_TYPES.AssignmentExpression) {
    // xhr.withCredentials = true; init.credentials = 'include'
    const spelling = edit.dialect === 'fetch' ? 'fetch' : 'with-credentials';
    return `${ctx.sourceCode.getText(edit.value.parent.left)} = ${credentialsValueText(spelling, value)}`;
  }
  if (edit?.kind === 'property' || edit?.kind === 'replace') return credentialsOptionText(edit.dialect === 'xhr' ? 'with-credentials' : edit.dialect, value);
  if (dialect === 'xhr') return `withCredentials = ${flag}`;
  return credentialsOptionText(dialect, value);
}

function lineIndent(ctx: ValueContext, line: number): string {
  return /^\s*/.exec(ctx.sourceCode.lines[line - 1] ?? '')![0];
}

/** Adds `text` as the last property of an object literal, following its layout and trailing-comma style. */
export function addProperty(ctx: ValueContext, fixer: Fixer, object: TSESTree.ObjectExpression, text: string): Fix {
  const sourceCode = ctx.sourceCode;
  const last = object.properties[object.properties.length - 1];
  if (!last) {
    const inner = sourceCode.getText(object).slice(1, -1);
    if (/\n/.test(inner) && inner.trim() === '') {
      const indent = lineIndent(ctx, object.loc.start.line);
      return fixer.replaceText(object, `{\n${indent}  ${text},\n${indent}}`);
    }
    return fixer.replaceText(object, `{ ${text} }`);
  }
  const after = sourceCode.getTokenAfter(last);
  const multiline = last.loc.start.line !== object.loc.start.line;
  if (multiline) {
    const indent = lineIndent(ctx, last.loc.start.line);
    if (after?.value === ',') return fixer.insertTextAfter(after, `\n${indent}${text},`);
    return fixer.insertTextAfter(last, `,\n${indent}${text}`);
  }
  if (after?.value === ',') return fixer.insertTextAfter(after, ` ${text},`);
  return fixer.insertTextAfter(last, `, ${text}`);
}

/** Appends `text` as a new last argument of a call. */
function addArgument(ctx: ValueContext, fixer: Fixer, call: TSESTree.CallExpression | TSESTree.NewExpression, text: string): Fix | null {
  const sourceCode = ctx.sourceCode;
  const last = call.arguments[call.arguments.length - 1];
  const closing = sourceCode.getLastToken(call);
  if (!last) {
    if (closing?.value !== ')') return null;
    return fixer.insertTextBefore(closing, text);
  }
  const after = sourceCode.getTokenAfter(last);
  const opening = sourceCode.getTokenBefore(call.arguments[0]!);
  const multiline = opening !== null && last.loc.start.line !== opening.loc.end.line;
  if (multiline) {
    const indent = lineIndent(ctx, last.loc.start.line);
    if (after?.value === ',') return fixer.insertTextAfter(after, `\n${indent}${text},`);
    return fixer.insertTextAfter(last, `,\n${indent}${text}`);
  }
  return fixer.insertTextAfter(last, `, ${text}`);
}

/** Applies a credentials edit: a new argument or property, a changed value, a spread, or an XHR statement. */
export function applyCredentialsEdit(ctx: ValueContext, fixer: Fixer, edit: CredentialsEdit, value: CredentialsValue = 'on'): Fix | null {
  switch (edit.kind) {
    case 'argument': {
      const quote = preferredQuote(ctx, edit.call);
      return addArgument(ctx, fixer, edit.call, `{ ${credentialsOptionText(edit.dialect, value, quote)} }`);
    }
    case 'property': {
      const quote = preferredQuote(ctx, edit.object);
      return addProperty(ctx, fixer, edit.object, credentialsOptionText(edit.dialect, value, quote));
    }
    case 'replace': {
      const current = edit.value;
      const quote = current.type === AST_NODE_TYPES.Literal && typeof current.value === 'string' ? quoteOf(ctx, current) : preferredQuote(ctx, current);
      return fixer.replaceText(current, credentialsValueText(edit.dialect, value, quote));
    }
    case 'chain':
      return fixer.insertTextAfter(edit.call, chainText(value));
    case 'spread': {
      const quote = preferredQuote(ctx, edit.node);
      return fixer.replaceText(edit.node, `{ ...${ctx.sourceCode.getText(edit.node)}, ${credentialsOptionText(edit.dialect, value, quote)} }`);
    }
    case 'statement': {
      const statement = edit.statement;
      const semicolon = ctx.sourceCode.getText(statement).endsWith(';') ? ';' : '';
      const indent = lineIndent(ctx, statement.loc.start.line);
      const onOwnLine = /^\s*$/.test(ctx.sourceCode.lines[statement.loc.start.line - 1]!.slice(0, statement.loc.start.column));
      const separator = onOwnLine ? `\n${indent}` : ' ';
      return fixer.insertTextBefore(statement, `${edit.receiver}.withCredentials = ${value === 'on' ? 'true' : 'false'}${semicolon || (onOwnLine ? '' : ';')}${separator}`);
    }
  }
}

/** Removes a range, taking its whole line when nothing else stands on it. */
function removeRange(ctx: ValueContext, fixer: Fixer, range: readonly [number, number]): Fix {
  const text = ctx.sourceCode.text;
  const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
  let lineEnd = text.indexOf('\n', range[1]);
  if (lineEnd === -1) lineEnd = text.length;
  if (/^\s*$/.test(text.slice(lineStart, range[0])) && /^\s*$/.test(text.slice(range[1], lineEnd))) {
    return fixer.removeRange([lineStart, Math.min(lineEnd + 1, text.length)]);
  }
  return fixer.removeRange([range[0], range[1]]);
}

/** True when `removeCredentialsSetting` can remove the setting on its own. */
export function isRemovableSetting(ctx: ValueContext, node: Node): boolean {
  if (node.type === AST_NODE_TYPES.Property) {
    const object = node.parent;
    if (object?.type !== AST_NODE_TYPES.ObjectExpression) return false;
    if (object.properties.length === 1) return true;
    const after = ctx.sourceCode.getTokenAfter(node);
    const before = ctx.sourceCode.getTokenBefore(node);
    return after?.value === ',' || before?.value === ',';
  }
  if (node.type === AST_NODE_TYPES.AssignmentExpression) {
    const statement = node.parent;
    const container = statement?.parent?.type;
    return (
      statement?.type === AST_NODE_TYPES.ExpressionStatement &&
      (container === AST_NODE_TYPES.BlockStatement || container === AST_NODE_TYPES.Program || container === AST_NODE_TYPES.SwitchCase)
    );
  }
  return false;
}

/**
 * Removes the credentials setting: the `credentials` / `withCredentials`
 * property (with its comma), or the `xhr.withCredentials = true` / defaults
 * assignment statement. Null when the setting is written in a shape that
 * cannot be removed on its own.
 */
export function removeCredentialsSetting(ctx: ValueContext, fixer: Fixer, node: Node): Fix | null {
  const sourceCode = ctx.sourceCode;
  if (node.type === AST_NODE_TYPES.Property) {
    const object = node.parent;
    if (object?.type !== AST_NODE_TYPES.ObjectExpression) return null;
    if (object.properties.length === 1) {
      // fetch(url, { credentials: 'include' }) → fetch(url)
      const call = object.parent;
      const isLastArgument =
        (call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) &&
        call.arguments.length > 1 &&
        call.arguments[call.arguments.length - 1] === object;
      const before = sourceCode.getTokenBefore(object);
      if (isLastArgument && before?.value === ',') return fixer.removeRange([before.range[0], object.range[1]]);
      return fixer.replaceText(object, '{}');
    }
    const after = sourceCode.getTokenAfter(node);
    if (after?.value === ',') {
      const next = sourceCode.getTokenAfter(after, { includeComments: true });
      const end = next && next.loc.start.line === after.loc.end.line ? next.range[0] : after.range[1];
      return removeRange(ctx, fixer, [node.range[0], end]);
    }
    const before = sourceCode.getTokenBefore(node);
    if (before?.value === ',') return fixer.removeRange([before.range[0], node.range[1]]);
    return null;
  }
  if (node.type === AST_NODE_TYPES.AssignmentExpression) {
    const statement = node.parent;
    const container = statement?.parent?.type;
    if (
      statement?.type === AST_NODE_TYPES.ExpressionStatement &&
      (container === AST_NODE_TYPES.BlockStatement || container === AST_NODE_TYPES.Program || container === AST_NODE_TYPES.SwitchCase)
    ) {
      return removeRange(ctx, fixer, statement.range);
    }
  }
  return null;
}
