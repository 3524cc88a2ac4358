/**
 * Lists whose elements a check is made against one at a time:
 * `for (const pattern of PATTERNS) if (pattern.test(origin)) …` and
 * `PATTERNS.some((pattern) => pattern.test(origin))`.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { findVariable, resolveExpression, walk, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

/** Nodes of a condition looked at for a loop variable. */
const MAX_CONDITION_NODES = 500;

/** The elements of a static array literal (through constants); null when any element is unknown. */
export function listElements(ctx: ValueContext, node: Node): Node[] | null {
  const resolved = resolveExpression(ctx, node);
  if (resolved.type !== AST_NODE_TYPES.ArrayExpression) return null;
  const elements: Node[] = [];
  for (const element of resolved.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) return null;
    elements.push(element);
  }
  return elements;
}

/** A `for (const x of LIST)` variable with a static list, read in `test` (other than `skip`). */
export function loopVariableIn(ctx: ValueContext, test: Node, skip: string | undefined, elementsOf: (list: Node) => Node[] | null): { name: string; elements: Node[] } | null {
  let found: { name: string; elements: Node[] } | null = null;
  let budget = MAX_CONDITION_NODES;
  walk(ctx, test, (n) => {
    if (found || --budget < 0) return false;
    if (n.type !== AST_NODE_TYPES.Identifier) return true;
    const parent = n.parent;
    if (n.name === skip) return false;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === n && !parent.computed) return false;
    if (parent?.type === AST_NODE_TYPES.Property && parent.key === n && !parent.computed) return false;
    const def = findVariable(ctx, n)?.defs[0];
    if (def?.type !== 'Variable' || def.node.id !== def.name) return false;
    const loop = def.parent.parent;
    if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === def.parent) {
      const elements = elementsOf(loop.right);
      if (elements) found = { name: n.name, elements };
    }
    return false;
  });
  return found;
}
