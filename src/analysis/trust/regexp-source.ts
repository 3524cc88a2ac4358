/**
 * The source text of a RegExp built at run time from known parts:
 * `new RegExp('^https://' + host + '$')`, `new RegExp(list.join('|'))`,
 * `new RegExp(escapeStringRegexp(domain) + '(:3033)?$')`. A part that cannot
 * be known makes the whole source unknown (null).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { parseOriginPattern } from './regexp-tokens.js';
import { singleReturn } from './check-shapes.js';
import { getPropertyName, getStaticString, resolveExpression, resolveFunction, resolveImport, unwrap, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

const MAX_DEPTH = 12;
/** Longest text an escape function of the module is run on. */
const MAX_ESCAPED = 256;

/** Packages whose export escapes RegExp syntax in a string. */
const ESCAPE_MODULES: Readonly<Record<string, readonly string[]>> = {
  'escape-string-regexp': ['default', '*'],
  'lodash.escaperegexp': ['default', '*'],
  'lodash/escapeRegExp': ['default', '*'],
  lodash: ['escapeRegExp'],
  'lodash-es': ['escapeRegExp'],
  'es-toolkit': ['escapeRegExp'],
};

/** The standard escape: every syntax character gets a backslash. */
function escapeSyntax(text: string): string {
  return text.replace(/[|\\{}()[\]^$+*?.-]/g, '\\$&');
}

export function regExpSource(ctx: ValueContext, node: Node, depth = 0): string | null {
  const text = getStaticString(ctx, node);
  if (text !== null || depth > MAX_DEPTH) return text;
  const current = resolveExpression(ctx, node);
  if (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
    const left = regExpSource(ctx, current.left, depth + 1);
    const right = left === null ? null : regExpSource(ctx, current.right, depth + 1);
    return left === null || right === null ? null : left + right;
  }
  if (current.type === AST_NODE_TYPES.TemplateLiteral) {
    let out = current.quasis[0]?.value.cooked ?? '';
    for (let i = 0; i < current.expressions.length; i++) {
      const part = regExpSource(ctx, current.expressions[i]!, depth + 1);
      const quasi = current.quasis[i + 1]?.value.cooked;
      if (part === null || quasi === undefined || quasi === null) return null;
      out += part + quasi;
    }
    return out;
  }
  if (current.type === AST_NODE_TYPES.CallExpression) return escapedArgument(ctx, current, depth);
  return null;
}

/** `escapeStringRegexp(domain)`, `_.escapeRegExp(domain)`, `RegExp.escape(domain)`, or an escape function of the module. */
function escapedArgument(ctx: ValueContext, call: TSESTree.CallExpression, depth: number): string | null {
  const arg = call.arguments[0];
  if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) return null;
  const text = getStaticString(ctx, arg);
  if (text === null) return null;
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(ctx, callee) === 'escape') {
    const object = unwrap(callee.object);
    if (object.type === AST_NODE_TYPES.Identifier && object.name === 'RegExp') return escapeSyntax(text);
  }
  const ref = resolveImport(ctx, callee);
  if (ref) {
    const names = ESCAPE_MODULES[ref.source];
    const name = ref.path.length > 0 ? ref.path.at(-1)! : ref.imported;
    return names?.includes(name) ? escapeSyntax(text) : null;
  }
  return localEscape(ctx, callee, text, depth);
}

/**
 * `const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')`: the
 * module's own escape, run on the constant it is given (short text, and only
 * with a pattern that cannot backtrack badly).
 */
function localEscape(ctx: ValueContext, callee: Node, text: string, depth: number): string | null {
  const fn = resolveFunction(ctx, callee);
  const body = fn ? singleReturn(fn) : null;
  const param = fn?.params[0];
  if (!body || param?.type !== AST_NODE_TYPES.Identifier || text.length > MAX_ESCAPED) return null;
  const replace = unwrap(body);
  if (replace.type !== AST_NODE_TYPES.CallExpression || replace.callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const receiver = unwrap(replace.callee.object);
  if (getPropertyName(ctx, replace.callee) !== 'replace' || receiver.type !== AST_NODE_TYPES.Identifier || receiver.name !== param.name) return null;
  const [pattern, replacement] = replace.arguments;
  const re = pattern ? resolveExpression(ctx, pattern) : null;
  const with_ = replacement ? regExpSource(ctx, replacement, depth + 1) : null;
  if (re?.type !== AST_NODE_TYPES.Literal || !('regex' in re) || !re.regex || with_ === null) return null;
  const parsed = parseOriginPattern(re.regex.pattern, re.regex.flags);
  if (!parsed?.tame) return null;
  try {
    return text.replace(new RegExp(re.regex.pattern, re.regex.flags), with_);
  } catch {
    return null;
  }
}
