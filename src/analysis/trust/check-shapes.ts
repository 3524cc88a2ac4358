/**
 * Shapes of origin conditions read without judging them: index comparisons
 * (`indexOf(x) !== -1`), nullish and `typeof` tests, deployment switches,
 * `process.env.X`, and the single returned expression of a function.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { getPropertyName, getStaticValue, unwrap, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

const ENVIRONMENT_NAME = /^(?:NODE_ENV|is(?:Dev|Development|Prod|Production|Local|Test|Debug)|dev|development|production|debug)$/i;

/** `process.env.NODE_ENV !== 'production'`, `import.meta.env.DEV`, `isDev`: a deployment switch. */
export function readsEnvironment(node: Node, depth = 0): boolean {
  if (depth > 12) return false;
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.Identifier) return ENVIRONMENT_NAME.test(current.name);
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const property = !current.computed && current.property.type === AST_NODE_TYPES.Identifier ? current.property.name : null;
    if (property === 'env' || (property !== null && ENVIRONMENT_NAME.test(property))) return true;
    return readsEnvironment(current.object, depth + 1);
  }
  if (current.type === AST_NODE_TYPES.BinaryExpression || current.type === AST_NODE_TYPES.LogicalExpression) {
    return readsEnvironment(current.left, depth + 1) || readsEnvironment(current.right, depth + 1);
  }
  if (current.type === AST_NODE_TYPES.UnaryExpression) return readsEnvironment(current.argument, depth + 1);
  if (current.type === AST_NODE_TYPES.CallExpression) return readsEnvironment(current.callee, depth + 1);
  return false;
}

export type Comparison = 'found' | 'not-found' | 'at-start' | 'other';

/** `x.indexOf(y) !== -1` → found, `=== -1` → not-found, `=== 0` → at-start; operands in either order. */
export function indexComparison(ctx: ValueContext, node: TSESTree.BinaryExpression): { call: TSESTree.CallExpression; comparison: Comparison } | null {
  const left = unwrap(node.left);
  const right = unwrap(node.right);
  const flip: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
  let call: Node;
  let other: Node;
  let operator: string = node.operator;
  if (left.type === AST_NODE_TYPES.CallExpression) {
    call = left;
    other = right;
  } else if (right.type === AST_NODE_TYPES.CallExpression) {
    call = right;
    other = left;
    operator = flip[operator] ?? operator;
  } else {
    return null;
  }
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getPropertyName(ctx, callee);
  if (method !== 'indexOf' && method !== 'search' && method !== 'findIndex' && method !== 'lastIndexOf') return null;
  const value = getStaticValue(ctx, other)?.value;
  if (typeof value !== 'number') return { call, comparison: 'other' };
  const eq = operator === '===' || operator === '==';
  const ne = operator === '!==' || operator === '!=';
  let comparison: Comparison = 'other';
  if ((ne && value === -1) || (operator === '>' && value === -1) || (operator === '>=' && value === 0)) comparison = 'found';
  else if ((eq && value === -1) || (operator === '<' && value === 0) || (operator === '<=' && value === -1)) comparison = 'not-found';
  else if (eq && value === 0) comparison = 'at-start';
  return { call, comparison };
}

export function isNullish(ctx: ValueContext, node: Node): boolean {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.Identifier && current.name === 'undefined') return true;
  const value = getStaticValue(ctx, current);
  return value !== null && (value.value === null || value.value === undefined);
}

export function isTypeofOf(node: Node, test: (n: Node) => boolean): boolean {
  const current = unwrap(node);
  return current.type === AST_NODE_TYPES.UnaryExpression && current.operator === 'typeof' && test(current.argument);
}

/** `process.env.X` (a string, never a list). */
export function isEnvVariable(ctx: ValueContext, node: Node): boolean {
  const current = unwrap(node);
  if (current.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrap(current.object);
  return (
    object.type === AST_NODE_TYPES.MemberExpression &&
    getPropertyName(ctx, object) === 'env' &&
    unwrap(object.object).type === AST_NODE_TYPES.Identifier &&
    (unwrap(object.object) as TSESTree.Identifier).name === 'process'
  );
}

/** The returned expression of `(x) => expr` or `function (x) { return expr; }`. */
export function singleReturn(fn: TSESTree.FunctionLike): Node | null {
  if (!fn.body) return null;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return fn.body;
  const [statement, ...rest] = fn.body.body;
  return rest.length === 0 && statement?.type === AST_NODE_TYPES.ReturnStatement ? statement.argument : null;
}

export function quoteLike(original: string, value: string): string {
  const quote = original[0] === '"' || original[0] === '`' ? original[0] : "'";
  return `${quote}${value}${quote}`;
}
