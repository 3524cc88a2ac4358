/**
 * The ways an Access-Control-Allow-Origin value can be the request Origin (or
 * other request data), each with the conditions on its path, for the
 * origin-check classifier to judge: the value itself, a branch or fallback of
 * it (`debug ? req.query.origin : ORIGIN`, `process.env.ORIGIN ?? req.query.origin`),
 * a variable assigned the origin under some conditions, or what a local
 * function returns (`pick(req)`, with the checks inside `pick`).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { conditionsOf, type Condition } from '../trust/decisions.js';
import { collectReturns } from '../core/returns.js';
import { findVariable, nearestFunction, resolveExpression, resolveFunction, unwrap, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

export interface EchoPath {
  /** Conditions under which this path puts the origin into the value. */
  readonly conditions: readonly Condition[];
}

export interface EchoPaths {
  /** The expression that puts the origin into the value: what a fix replaces. */
  readonly echoNode: Node;
  readonly paths: EchoPath[];
  /**
   * The echo is inside a function the value calls: replacing `echoNode` (the
   * call) changes the other paths too, so it is no fix, only a suggestion.
   */
  readonly throughCall: boolean;
  /** The first expression found that is the origin (inside the called function when `throughCall`). */
  readonly origin: Node;
}

/** Most branches and fallbacks of one value read. */
const MAX_LEAVES = 16;
/** Deepest nesting of `?:`, `||`, `??` and `&&` followed. */
const MAX_LEAF_DEPTH = 6;

/** The expressions a value can end as through its `?:`, `||`, `??` and `&&`: `a ? b : c ?? d` → b, c, d. */
function valueLeaves(node: Node, out: Node[], depth = 0): Node[] {
  const current = unwrap(node);
  if (out.length >= MAX_LEAVES) return out;
  if (depth < MAX_LEAF_DEPTH && current.type === AST_NODE_TYPES.ConditionalExpression) {
    valueLeaves(current.consequent, out, depth + 1);
    valueLeaves(current.alternate, out, depth + 1);
  } else if (depth < MAX_LEAF_DEPTH && current.type === AST_NODE_TYPES.LogicalExpression) {
    valueLeaves(current.left, out, depth + 1);
    valueLeaves(current.right, out, depth + 1);
  } else {
    out.push(current);
  }
  return out;
}

/** The leaves of `root` that are the origin, each with the `?:`/`||`/`&&` conditions inside `boundary` that lead to it. */
function leafPaths(root: Node, boundary: Node | undefined, isOriginValue: (n: Node) => boolean): { leaf: Node; path: EchoPath }[] {
  const found: { leaf: Node; path: EchoPath }[] = [];
  for (const leaf of valueLeaves(root, [])) {
    if (isOriginValue(leaf)) found.push({ leaf, path: { conditions: boundary ? conditionsOf(leaf, boundary) : [] } });
  }
  return found;
}

/** `let allow = ''; if (ok) allow = origin;`: the assignments of the origin, with the conditions in their function. */
function assignedPaths(ctx: ValueContext, id: TSESTree.Identifier, isOriginValue: (n: Node) => boolean): EchoPath[] | null {
  const variable = findVariable(ctx, id);
  if (!variable || variable.defs.length !== 1 || variable.defs[0]!.type !== 'Variable') return null;
  const paths: EchoPath[] = [];
  for (const ref of variable.references) {
    if (!ref.isWrite() || !ref.writeExpr) continue;
    if (ref.init) {
      // Starts as the origin and is then replaced: which value reaches the header is not evident.
      if (isOriginValue(ref.writeExpr)) return null;
      continue;
    }
    const assignment = ref.identifier.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=' || !isOriginValue(ref.writeExpr)) continue;
    const fn = nearestFunction(assignment);
    paths.push({ conditions: fn ? conditionsOf(assignment, fn) : [] });
  }
  return paths.length > 0 ? paths : null;
}

/** `pick(req)` with a local `pick` returning the origin on some path: each such return, with the checks inside `pick`. */
function returnedPaths(ctx: ValueContext, call: TSESTree.CallExpression, isOriginValue: (n: Node) => boolean): { leaf: Node; path: EchoPath }[] {
  const fn = resolveFunction(ctx, call.callee);
  if (!fn || fn.async || fn.generator) return [];
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return leafPaths(fn.body, fn, isOriginValue);
  const returns = collectReturns(ctx, fn) ?? [];
  return returns.flatMap((ret) => (ret.argument ? leafPaths(ret.argument, fn, isOriginValue) : []));
}

/**
 * The ways `valueNode` can be the origin, or null when it cannot. A value
 * that is the origin itself has one path without conditions.
 */
export function echoPaths(ctx: ValueContext, valueNode: Node, isOriginValue: (n: Node) => boolean): EchoPaths | null {
  if (isOriginValue(valueNode)) return { echoNode: valueNode, paths: [{ conditions: [] }], throughCall: false, origin: valueNode };
  const value = resolveExpression(ctx, valueNode);
  if (value.type === AST_NODE_TYPES.ConditionalExpression || value.type === AST_NODE_TYPES.LogicalExpression) {
    const found = leafPaths(value, value.parent, isOriginValue);
    if (found.length === 0) return null;
    return { echoNode: found[0]!.leaf, paths: found.map((f) => f.path), throughCall: false, origin: found[0]!.leaf };
  }
  if (value.type === AST_NODE_TYPES.CallExpression) {
    const found = returnedPaths(ctx, value, isOriginValue);
    if (found.length === 0) return null;
    return { echoNode: valueNode, paths: found.map((f) => f.path), throughCall: true, origin: found[0]!.leaf };
  }
  const current = unwrap(valueNode);
  if (current.type !== AST_NODE_TYPES.Identifier) return null;
  const paths = assignedPaths(ctx, current, isOriginValue);
  return paths ? { echoNode: valueNode, paths, throughCall: false, origin: valueNode } : null;
}
