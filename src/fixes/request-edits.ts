/**
 * Edits of client request options: write or change the credentials option in
 * the spelling of the request's API (`credentials: 'include'`,
 * `withCredentials: true`, `xhrFields: { withCredentials: true }`,
 * `xhr.withCredentials = true;`), or remove it.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { NESTED_SPELLINGS, type ClientRequest, type CredentialsDialect, type CredentialsEdit } from '../analysis/client/types.js';
import type { ValueContext } from '../analysis/core/values.js';
import { addProperty, insertItemAfter } from './object-edits.js';
import { lineIndent, newline, quoteNear, removeRangeOnOwnLine, removeStatement, semicolonLike, stringLiteral } from './text-edits.js';

type Node = TSESTree.Node;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;
type Edit = Fix | Fix[];

/** Whether to turn credentials on (`include` / `true`) or off (`same-origin` / `false`). */
export type CredentialsValue = 'on' | 'off';

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

/** Appends `text` as a new last argument of a call. */
function addArgument(ctx: ValueContext, fixer: Fixer, call: TSESTree.CallExpression | TSESTree.NewExpression, text: string): Edit | null {
  const last = call.arguments.at(-1);
  if (last) return insertItemAfter(ctx, fixer, last, ctx.sourceCode.getTokenBefore(call.arguments[0]!) ?? call, text);
  const closing = ctx.sourceCode.getLastToken(call);
  return closing?.value === ')' ? fixer.insertTextBefore(closing, text) : null;
}

/** A request's credentials edit: the text messages show, and the fix that writes it (null when the request offers no edit). */
export function requestCredentialsEdit(
  ctx: ValueContext,
  request: ClientRequest,
  value: CredentialsValue = 'on',
): { readonly text: string; readonly fix: ((fixer: Fixer) => Edit | null) | null } {
  const edit = request.edit;
  return { text: describeEdit(ctx, edit, request.dialect, value), fix: edit ? (fixer) => applyCredentialsEdit(ctx, fixer, edit, value) : null };
}

/** Applies a credentials edit: a new argument or property, a changed value, a spread, or an XHR statement. */
export function applyCredentialsEdit(ctx: ValueContext, fixer: Fixer, edit: CredentialsEdit, value: CredentialsValue = 'on'): Edit | null {
  switch (edit.kind) {
    case 'argument': {
      const quote = quoteNear(ctx, edit.call);
      return addArgument(ctx, fixer, edit.call, `{ ${credentialsOptionText(edit.dialect, value, quote)} }`);
    }
    case 'property': {
      const quote = quoteNear(ctx, edit.object);
      return addProperty(ctx, fixer, edit.object, credentialsOptionText(edit.dialect, value, quote));
    }
    case 'replace': {
      const current = edit.value;
      const quote = quoteNear(ctx, current);
      return fixer.replaceText(current, credentialsValueText(edit.dialect, value, quote));
    }
    case 'chain':
      return fixer.insertTextAfter(edit.call, chainText(value));
    case 'spread': {
      const quote = quoteNear(ctx, edit.node);
      return fixer.replaceText(edit.node, `{ ...${ctx.sourceCode.getText(edit.node)}, ${credentialsOptionText(edit.dialect, value, quote)} }`);
    }
    case 'statement': {
      const statement = edit.statement;
      const semicolon = semicolonLike(ctx, statement);
      const onOwnLine = /^\s*$/.test(ctx.sourceCode.lines[statement.loc.start.line - 1]!.slice(0, statement.loc.start.column));
      const separator = onOwnLine ? newline(ctx, lineIndent(ctx, statement)) : ' ';
      return fixer.insertTextBefore(statement, `${edit.receiver}.withCredentials = ${value === 'on' ? 'true' : 'false'}${semicolon || (onOwnLine ? '' : ';')}${separator}`);
    }
  }
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
      return removeRangeOnOwnLine(ctx, fixer, [node.range[0], end]);
    }
    const before = sourceCode.getTokenBefore(node);
    if (before?.value === ',') return fixer.removeRange([before.range[0], node.range[1]]);
    return null;
  }
  return node.type === AST_NODE_TYPES.AssignmentExpression ? removeStatement(ctx, fixer, node) : null;
}
