/**
 * Where a statement sits in the branches of its function: the conditions of
 * the `if`s, `switch` cases and conditional expressions between it and an
 * outer node, and whether a loop or a nested function lies on the way (then
 * when, and how often, it runs is not known).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { describeCase, describeNullish, describeTest } from './conditions.js';
import type { ValueContext } from './context.js';
import { isFunctionNode } from './nodes.js';

type Node = TSESTree.Node;

export interface BranchPath {
  /** Conditions from the outermost branch to the innermost. */
  readonly conditions: readonly string[];
  /** When exactly one named condition leads to the node: the condition under which it is skipped. */
  readonly negation: string | null;
  /** True when some branch on the way has a condition that could not be named (`try`, `catch`, a loop). */
  readonly conditional: boolean;
  /** A loop lies between the node and the outer node. */
  readonly inLoop: boolean;
  /** A function lies between the node and the outer node: it runs when called, not in order. */
  readonly inFunction: boolean;
}

export const LOOPS: ReadonlySet<string> = new Set<string>([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
]);

interface Branch {
  readonly text: string;
  /** The condition under which the other branch runs, when there is exactly one other. */
  readonly negated: string | null;
}

function test(ctx: ValueContext, node: Node, truthy: boolean): Branch {
  return { text: describeTest(ctx, node, truthy), negated: describeTest(ctx, node, !truthy) };
}

/** The condition under which `child` of `parent` runs: undefined when it runs with its parent, null when it cannot be named. */
function branchOf(ctx: ValueContext, parent: Node, child: Node): Branch | null | undefined {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      if (child === parent.consequent) return test(ctx, parent.test, true);
      if (child === parent.alternate) return test(ctx, parent.test, false);
      return undefined;
    case AST_NODE_TYPES.LogicalExpression:
      if (child !== parent.right) return undefined;
      if (parent.operator === '??') return { text: describeNullish(ctx, parent.left, true), negated: describeNullish(ctx, parent.left, false) };
      return test(ctx, parent.left, parent.operator === '&&');
    case AST_NODE_TYPES.SwitchCase: {
      const statement = parent.parent;
      if (!parent.consequent.includes(child as TSESTree.Statement)) return undefined;
      return { text: describeCase(ctx, statement.discriminant, parent.test), negated: null };
    }
    case AST_NODE_TYPES.CatchClause:
      return null;
    case AST_NODE_TYPES.TryStatement:
      return child === parent.handler ? null : undefined;
    default:
      return LOOPS.has(parent.type) && child !== (parent as { init?: Node }).init ? null : undefined;
  }
}

/** The branches between `node` and its ancestor `outer` (exclusive). */
export function branchPath(ctx: ValueContext, node: Node, outer: Node): BranchPath {
  const branches: Branch[] = [];
  let conditional = false;
  let inLoop = false;
  let inFunction = false;
  let child = node;
  for (let parent = node.parent; parent && child !== outer; child = parent, parent = parent.parent) {
    if (parent === outer) break;
    if (isFunctionNode(parent)) inFunction = true;
    if (LOOPS.has(parent.type)) inLoop = true;
    const branch = branchOf(ctx, parent, child);
    if (branch === null) conditional = true;
    else if (branch !== undefined) branches.unshift(branch);
  }
  const only = branches.length === 1 && !conditional ? branches[0]!.negated : null;
  return { conditions: branches.map((b) => b.text), negation: only, conditional, inLoop, inFunction };
}

/** The innermost node that contains both `a` and `b`. */
export function commonAncestor(a: Node, b: Node): Node | null {
  const seen = new Set<Node>();
  for (let n: Node | undefined = a; n; n = n.parent) seen.add(n);
  for (let n: Node | undefined = b; n; n = n.parent) if (seen.has(n)) return n;
  return null;
}
