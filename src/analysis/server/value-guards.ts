/**
 * Writes that only happen when a header value is not `*`:
 * `if (origin !== '*') res.setHeader('Access-Control-Allow-Credentials', 'true')`
 * and writes after `if (origin === '*') return;`. Such a credentials grant never
 * goes with the `*` that `origin` holds on some paths (`process.env.ORIGIN ?? '*'`).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { Contribution } from './scope-types.js';
import { conditionsOf } from '../trust/path-conditions.js';
import { findVariable, getStaticString, nearestFunction, unwrap, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

/** Nesting of `&&`, `||` and `!` looked through in one condition. */
const MAX_DEPTH = 8;

/** The root a condition search stops at: the enclosing function, or the program. */
function boundaryOf(node: Node): Node {
  const fn = nearestFunction(node);
  if (fn) return fn;
  let current = node;
  while (current.parent) current = current.parent;
  return current;
}

/**
 * True when `test` being `holds` (true or false) means the variable is not `*`:
 * `v !== '*'` holding, `v === '*'` failing, through `&&`/`||`/`!`.
 */
function excludesWildcard(ctx: ValueContext, test: Node, holds: boolean, isValue: (node: Node) => boolean, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const node = unwrap(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return excludesWildcard(ctx, node.argument, !holds, isValue, depth + 1);
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    // `a && b` holding means both hold; `a || b` failing means both fail.
    if (node.operator !== (holds ? '&&' : '||')) return false;
    return excludesWildcard(ctx, node.left, holds, isValue, depth + 1) || excludesWildcard(ctx, node.right, holds, isValue, depth + 1);
  }
  if (node.type !== AST_NODE_TYPES.BinaryExpression) return false;
  const negative = node.operator === '!==' || node.operator === '!=';
  const positive = node.operator === '===' || node.operator === '==';
  if (holds ? !negative : !positive) return false;
  const isStar = (n: Node) => n.type !== AST_NODE_TYPES.PrivateIdentifier && getStaticString(ctx, n) === '*';
  const left = node.left as Node;
  return (isValue(left) && isStar(node.right)) || (isStar(left) && isValue(node.right));
}

/** True when `contribution` runs only where the variable written as `value` is not `*`. */
export function onlyWhenNotWildcard(ctx: ValueContext, contribution: Contribution, value: Node | null): boolean {
  const target = value ? unwrap(value) : null;
  if (target?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(ctx, target);
  if (!variable) return false;
  const isValue = (node: Node) => {
    const n = unwrap(node);
    return n.type === AST_NODE_TYPES.Identifier && findVariable(ctx, n) === variable;
  };
  const places = contribution.site === contribution.write.node ? [contribution.site] : [contribution.write.node, contribution.site];
  return places.some((place) =>
    conditionsOf(place, boundaryOf(place)).some((c) => !c.cases && excludesWildcard(ctx, c.test, !c.negated, isValue)),
  );
}
