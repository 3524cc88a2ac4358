/**
 * Edits of hand-written headers, in the API and style the code already uses:
 * a new write next to an existing one, removal of a write, replacement of a
 * string literal that keeps its quotes.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { CANONICAL_HEADER, headerTokens, type HeaderName } from '../analysis/server/header-names.js';
import { insertItemAfter, removeListItem } from './object-edits.js';
import { isSharedVariable } from './shared.js';
import { insertStatementAfter, quoteNear, removeRangeOnOwnLine, removeStatement, semicolonLike, standaloneStatement, stringLiteral } from './text-edits.js';
import type { HeaderWrite } from '../analysis/server/headers.js';
import { findVariable, getStaticValue, resolveExpression, unwrap, type ValueContext } from '../analysis/core/values.js';

type Node = TSESTree.Node;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;
type Edit = Fix | Fix[];

/** The quote of the first of `nodes` that is a string literal, else the quote used around the first. */
function literalQuote(ctx: ValueContext, ...nodes: Array<Node | null | undefined>): string {
  return quoteNear(ctx, ...nodes.map((n) => (n ? unwrap(n) : n)));
}

/**
 * Replaces a string literal (or a template literal without expressions) with
 * a plain string literal: the same quotes, or those around a template literal.
 */
export function replaceStringLiteral(ctx: ValueContext, fixer: Fixer, literal: Node, value: string): Fix {
  return fixer.replaceText(literal, stringLiteral(value, quoteNear(ctx, literal)));
}

/** The header name to write, in the casing the existing write uses (`vary` next to `access-control-…`). */
export function headerNameLike(ctx: ValueContext, write: HeaderWrite, name: HeaderName): string {
  const text = write.nameNode ? ctx.sourceCode.getText(write.nameNode) : '';
  const spelled = text.replace(/^['"`]|['"`]$/g, '');
  return spelled.length > 0 && spelled === spelled.toLowerCase() ? name : CANONICAL_HEADER[name];
}

/** A receiver that can be repeated without side effects: `res`, `ctx.response`, `this.res`. */
function isPureReceiver(node: Node): boolean {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.ThisExpression) return true;
  return current.type === AST_NODE_TYPES.MemberExpression && !current.computed && isPureReceiver(current.object);
}

/** A call written in the style of an existing write: `res.vary('Origin')`, `headers.append('Vary', 'Origin')`. */
export interface CallSpec {
  /** Method on the same receiver, or a function taking the same first argument (h3). */
  readonly method: string;
  readonly args: readonly string[];
}

/** True when the call's result is called on again: `reply.header(a, b).send(x)`. */
function isChained(call: TSESTree.CallExpression): boolean {
  let current: Node = call;
  if (current.parent?.type === AST_NODE_TYPES.ChainExpression) current = current.parent;
  const parent = current.parent;
  return parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current && !parent.computed;
}

/**
 * Writes another header with a call in the style of `write`: a new statement
 * after the statement that makes it, or one more link of a method chain
 * (`reply.header(a, b).header('Vary', 'Origin').send(x)`).
 */
export function insertCallAfter(ctx: ValueContext, fixer: Fixer, write: HeaderWrite, spec: CallSpec): Fix | null {
  const style = write.style;
  if (style.kind !== 'method' && style.kind !== 'function') return null;
  const quote = literalQuote(ctx, write.nameNode, write.valueNode);
  const args = spec.args.map((a) => stringLiteral(a, quote));
  const statement = standaloneStatement(style.call);
  if (!statement) {
    if (style.kind !== 'method' || !isChained(style.call)) return null;
    return fixer.insertTextAfter(style.call, `.${spec.method}(${args.join(', ')})`);
  }
  let callText: string;
  if (style.kind === 'method') {
    if (!isPureReceiver(style.receiver)) return null;
    callText = `${ctx.sourceCode.getText(style.receiver)}.${spec.method}(${args.join(', ')})`;
  } else {
    const first = style.call.arguments[0];
    if (!first || !isPureReceiver(first)) return null;
    callText = `${spec.method}(${[ctx.sourceCode.getText(first), ...args].join(', ')})`;
  }
  const awaited = unwrap(statement.expression).type === AST_NODE_TYPES.AwaitExpression ? 'await ' : '';
  return insertStatementAfter(ctx, fixer, statement, `${awaited}${callText}${semicolonLike(ctx, statement)}`);
}

/** Inserts `name: value` after the property (or `{ key, value }` entry) that makes `write`. */
export function insertEntryAfter(ctx: ValueContext, fixer: Fixer, write: HeaderWrite, name: string, value: string): Edit | null {
  const style = write.style;
  let item: Node;
  let container: Node;
  let text: string;
  if (style.kind === 'property') {
    item = style.property;
    container = style.object;
    const key = style.property.computed ? null : style.property.key;
    const quote = literalQuote(ctx, write.valueNode, key);
    const keyQuoted = key?.type !== AST_NODE_TYPES.Identifier || !/^[A-Za-z_$][\w$]*$/.test(name);
    text = `${keyQuoted ? stringLiteral(name, literalQuote(ctx, key, write.valueNode)) : name}: ${stringLiteral(value, quote)}`;
  } else if (style.kind === 'entry') {
    const quote = literalQuote(ctx, write.valueNode, write.nameNode);
    item = style.entry;
    container = style.list;
    text = `{ key: ${stringLiteral(name, quote)}, value: ${stringLiteral(value, quote)} }`;
  } else {
    return null;
  }
  return insertItemAfter(ctx, fixer, item, container, text);
}

/** Writes another header next to `write`, in the same API: a call, an object property or a `{ key, value }` entry. */
export function insertHeaderAfter(
  ctx: ValueContext,
  fixer: Fixer,
  write: HeaderWrite,
  name: string,
  value: string,
  call: CallSpec | null,
): Edit | null {
  if (write.style.kind === 'property' || write.style.kind === 'entry') return insertEntryAfter(ctx, fixer, write, name, value);
  if (write.style.kind === 'assignment') return insertAssignmentAfter(ctx, fixer, write, name, value);
  return call ? insertCallAfter(ctx, fixer, write, call) : null;
}

/** `headers['Vary'] = 'Origin'` after `headers['Access-Control-Allow-Origin'] = …`, in the Lambda@Edge list form when that is used. */
function insertAssignmentAfter(ctx: ValueContext, fixer: Fixer, write: HeaderWrite, name: string, value: string): Fix | null {
  const style = write.style;
  if (style.kind !== 'assignment') return null;
  const statement = standaloneStatement(style.assignment);
  if (!statement) return null;
  const quote = literalQuote(ctx, write.nameNode, write.valueNode);
  const edge = resolveExpression(ctx, style.assignment.right).type === AST_NODE_TYPES.ArrayExpression;
  // Lambda@Edge keys are lower-case, with the name as written in `key`.
  const key = stringLiteral(edge ? name.toLowerCase() : name, quote);
  const canonical = CANONICAL_HEADER[name.toLowerCase() as HeaderName] ?? name;
  const assigned = edge ? `[{ key: ${stringLiteral(canonical, quote)}, value: ${stringLiteral(value, quote)} }]` : stringLiteral(value, quote);
  const target = ctx.sourceCode.getText(style.target.object);
  return insertStatementAfter(ctx, fixer, statement, `${target}[${key}] = ${assigned}${semicolonLike(ctx, statement)}`);
}

/** Removes a write: its whole statement, or its property / entry with the separating comma; null when it is part of a larger expression. */
export function removeWrite(ctx: ValueContext, fixer: Fixer, write: HeaderWrite): Fix | null {
  const style = write.style;
  if (style.kind === 'method' || style.kind === 'function') return removeStatement(ctx, fixer, style.call);
  if (style.kind === 'assignment') return removeStatement(ctx, fixer, style.assignment);
  if (style.kind === 'decorator') return removeRangeOnOwnLine(ctx, fixer, style.decorator.range);
  return removeListItem(ctx, fixer, style.kind === 'property' ? style.property : style.entry);
}

function isStringLiteralNode(node: Node): node is TSESTree.Literal | TSESTree.TemplateLiteral {
  return node.type === AST_NODE_TYPES.Literal || (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0);
}

/**
 * Replaces the value of a write with a string, keeping the quote style: the
 * literal itself; the literal of a constant used only here (`const ORIGIN = '*'`);
 * otherwise the value at this write only, so other uses of a shared constant
 * (exported, or read elsewhere) keep their meaning.
 */
export function replaceWriteValue(ctx: ValueContext, fixer: Fixer, write: HeaderWrite, value: string): Fix | null {
  const node = write.valueNode;
  if (!node) return null;
  const inner = unwrap(node);
  if (isStringLiteralNode(inner)) return replaceStringLiteral(ctx, fixer, inner, value);
  const source = resolveExpression(ctx, node);
  if (inner.type === AST_NODE_TYPES.Identifier && isStringLiteralNode(source)) {
    const variable = findVariable(ctx, inner);
    const def = variable?.defs[0];
    const declaredHere = def?.type === 'Variable' && def.node.init !== null && unwrap(def.node.init) === source;
    if (variable && declaredHere && !isSharedVariable(variable)) return replaceStringLiteral(ctx, fixer, source, value);
  }
  return fixer.replaceText(node, stringLiteral(value, quoteNear(ctx, source, node)));
}

/**
 * Adds Origin to the value of an existing `Vary` write, where it is written:
 * `'Accept'` → `'Accept, Origin'`, `''` → `'Origin'`, `['Accept']` →
 * `['Accept', 'Origin']`, `` `${a}` `` → `` `${a}, Origin` ``, `VARY` →
 * `` `${VARY}, Origin` `` (a shared constant keeps its value for its other uses).
 * Null when the value is not a known string or list of strings.
 */
export function addOriginToVary(ctx: ValueContext, fixer: Fixer, write: HeaderWrite): Fix | null {
  const node = write.valueNode;
  if (!node) return null;
  const inner = unwrap(node);
  const value = getStaticValue(ctx, node)?.value;
  if (inner.type === AST_NODE_TYPES.ArrayExpression) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return null;
    const origin = stringLiteral('Origin', literalQuote(ctx, ...inner.elements));
    const last = inner.elements.at(-1);
    return last ? fixer.insertTextAfter(last, `, ${origin}`) : fixer.replaceText(inner, `[${origin}]`);
  }
  if (typeof value !== 'string') return null;
  const tokens = headerTokens(value);
  if (isStringLiteralNode(inner)) return replaceStringLiteral(ctx, fixer, inner, [...tokens, 'Origin'].join(', '));
  if (tokens.length === 0) return fixer.replaceText(node, stringLiteral('Origin', literalQuote(ctx, resolveExpression(ctx, node))));
  if (unwrap(node).type === AST_NODE_TYPES.TemplateLiteral) return fixer.insertTextBeforeRange([inner.range[1] - 1, inner.range[1]], ', Origin');
  return fixer.replaceText(node, `\`\${${ctx.sourceCode.getText(node)}}, Origin\``);
}

/** The node that shows a write's value where the write is made: `'*'`, or `ORIGIN` for `res.set(name, ORIGIN)`. */
export function valueReportNode(write: HeaderWrite): Node | null {
  if (!write.valueNode) return null;
  const inner = unwrap(write.valueNode);
  return inner.type === AST_NODE_TYPES.Literal || inner.type === AST_NODE_TYPES.TemplateLiteral ? inner : write.valueNode;
}

const FETCH_HEADERS_RECEIVER = /headers$/i;

/** True when the receiver is a Fetch `Headers` object (`headers`, `response.headers`, `new Headers()`, `h: Headers`). */
function isFetchHeaders(ctx: ValueContext, receiver: Node): boolean {
  const resolved = resolveExpression(ctx, receiver);
  if (resolved.type === AST_NODE_TYPES.NewExpression && resolved.callee.type === AST_NODE_TYPES.Identifier) {
    return resolved.callee.name === 'Headers';
  }
  if (resolved.type === AST_NODE_TYPES.Identifier) {
    const def = findVariable(ctx, resolved)?.defs[0];
    const annotation = def?.name.type === AST_NODE_TYPES.Identifier ? def.name.typeAnnotation?.typeAnnotation : undefined;
    if (
      annotation?.type === AST_NODE_TYPES.TSTypeReference &&
      annotation.typeName.type === AST_NODE_TYPES.Identifier &&
      annotation.typeName.name === 'Headers'
    ) {
      return true;
    }
  }
  return FETCH_HEADERS_RECEIVER.test(ctx.sourceCode.getText(unwrap(receiver))) || FETCH_HEADERS_RECEIVER.test(ctx.sourceCode.getText(resolved));
}

/** Names of Express responses and Koa contexts, which have `vary`. */
const RESPONSE_NAMES = /^(res|response|ctx|context)$/i;

/** The identifier a receiver starts from: `ctx` for `ctx.response`. */
function receiverRoot(node: Node): string {
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
  return current.type === AST_NODE_TYPES.Identifier ? current.name : '';
}

/**
 * How to add `Vary: Origin` next to `write` in its own API: `res.vary('Origin')`
 * on Express and Koa, `headers.append('Vary', 'Origin')` on Fetch headers,
 * `reply.header('Vary', 'Origin')` on Fastify and Hono, and so on.
 */
export function varyCallLike(ctx: ValueContext, write: HeaderWrite, imports: ReadonlySet<string>, varyName: string): CallSpec | null {
  const style = write.style;
  if (style.kind === 'function') return { method: style.fn, args: [varyName, 'Origin'] };
  if (style.kind !== 'method') return null;
  const { method, receiver } = style;
  if (isFetchHeaders(ctx, receiver)) return { method: 'append', args: [varyName, 'Origin'] };
  const express = imports.has('express');
  const koa = imports.has('koa') || imports.has('@koa/router') || imports.has('koa-router');
  switch (method) {
    case 'set':
    case 'append':
      // Express `res.set` and Koa `ctx.set` have `vary`; another object with `set` may not.
      return express || koa || RESPONSE_NAMES.test(receiverRoot(receiver)) ? { method: 'vary', args: ['Origin'] } : null;
    case 'header':
      return express && !imports.has('fastify') && !imports.has('hono') ? { method: 'vary', args: ['Origin'] } : { method: 'header', args: [varyName, 'Origin'] };
    case 'setHeader':
      // Node's response (also Koa's `ctx.res`) has no `vary`; Express's has.
      return express && !koa ? { method: 'vary', args: ['Origin'] } : { method: 'setHeader', args: [varyName, 'Origin'] };
    case 'appendHeader':
      return { method: 'appendHeader', args: [varyName, 'Origin'] };
    default:
      return null;
  }
}

/** The same call as `write` with another header name and value (for adding a header beside it). */
export function sameCallLike(write: HeaderWrite, name: string, value: string): CallSpec | null {
  const style = write.style;
  if (style.kind === 'function') return { method: style.fn, args: [name, value] };
  if (style.kind === 'method' && style.method !== 'vary') return { method: style.method, args: [name, value] };
  return null;
}
