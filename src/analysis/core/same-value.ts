/**
 * Expressions that merely re-spell another value: `` `${o}` ``, `String(o)`,
 * `o.trim()`, `new URL(o).origin`. Used to see a value through such wrappers
 * (a function returning `String(param)` returns what it is passed).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { ValueContext } from './context.js';
import { calleeName, findVariable, getPropertyName, unwrap } from './values.js';

type Node = TSESTree.Node;

/** Methods whose result has the text of the value they are called on, for every string. */
const SAME_TEXT_METHODS = new Set(['toString', 'valueOf']);
/** Methods whose result names the same origin: whitespace, case and Unicode form aside. */
const SAME_ORIGIN_METHODS = new Set([...SAME_TEXT_METHODS, 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'normalize']);

/**
 * The expression `node` re-spells, or null. With `sameText`, only wrappers
 * that keep the text exactly (`` `${o}` ``, `String(o)`, `o.toString()`);
 * otherwise also those that keep the origin it names (`o.trim()`,
 * `o.toLowerCase()`, `new URL(o).origin`).
 */
export function sameValueAs(ctx: ValueContext, node: Node, sameText = false): Node | null {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.TemplateLiteral) {
    return current.expressions.length === 1 && current.quasis.every((q) => q.value.cooked === '') ? current.expressions[0]! : null;
  }
  if (current.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(current.callee);
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String' && current.arguments.length === 1 && !findVariable(ctx, callee)?.defs.length) {
      return current.arguments[0]!;
    }
    const methods = sameText ? SAME_TEXT_METHODS : SAME_ORIGIN_METHODS;
    if (callee.type === AST_NODE_TYPES.MemberExpression && current.arguments.length === 0 && methods.has(getPropertyName(ctx, callee) ?? '')) return callee.object;
    return null;
  }
  if (!sameText && current.type === AST_NODE_TYPES.MemberExpression && getPropertyName(ctx, current) === 'origin') {
    // new URL(req.headers.referer).origin
    const object = unwrap(current.object);
    if (object.type === AST_NODE_TYPES.NewExpression && calleeName(ctx, object.callee) === 'URL' && object.arguments.length >= 1) return object.arguments[0]!;
  }
  return null;
}
