/**
 * Options delegates: `cors((req, callback) => callback(null, options))` builds
 * the options per request. Each options object the delegate hands to its
 * callback becomes a policy when nothing about the request's Origin is checked
 * on the way to it; objects built behind an allowlist check are trusted.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { conditionsOf, judgeConditions } from '../trust/decisions.js';
import { OriginCheckClassifier } from '../trust/origin-checks.js';
import { isRequestOriginRead } from '../server/request-origin.js';
import { findVariable, isFunctionNode, resolveExpression, unwrap, walk, type FunctionNode, type ValueContext } from '../core/values.js';
import { normalizePolicy } from './normalize.js';
import type { CorsPolicy, LibrarySemantics } from './types.js';

type Node = TSESTree.Node;

/** True for an expression holding the request's Origin (`req.header('Origin')`, or a constant set from it). */
function isOriginRead(ctx: ValueContext, node: Node): boolean {
  const current = unwrap(node);
  if (isRequestOriginRead(ctx, current)) return true;
  if (current.type !== AST_NODE_TYPES.Identifier) return false;
  const resolved = resolveExpression(ctx, current);
  return resolved !== current && isRequestOriginRead(ctx, resolved);
}

/** `a ? b : c` hands over `b` or `c`. */
function addBranches(into: Set<Node>, node: Node): void {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.ConditionalExpression) {
    addBranches(into, current.consequent);
    addBranches(into, current.alternate);
  } else {
    into.add(current);
  }
}

/** The options objects a delegate passes to its callback: directly, or through one local variable. */
function optionsObjects(ctx: ValueContext, fn: FunctionNode): TSESTree.ObjectExpression[] {
  const callbackParam = fn.params[1];
  if (callbackParam?.type !== AST_NODE_TYPES.Identifier) return [];
  const callback = findVariable(ctx, callbackParam);
  if (!callback) return [];
  const passed = new Set<Node>();
  for (const ref of callback.references) {
    const call = ref.identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== ref.identifier) continue;
    const options = call.arguments[1];
    if (options) addBranches(passed, options);
  }
  // Variables handed to the callback: `let options; if (…) options = {…}; callback(null, options)`.
  const variables = new Set([...passed].flatMap((n) => (n.type === AST_NODE_TYPES.Identifier ? [findVariable(ctx, n)] : [])).filter((v) => v !== null));
  const objects: TSESTree.ObjectExpression[] = [];
  walk(ctx, fn.body, (node) => {
    if (isFunctionNode(node)) return false;
    if (node.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    let holder: Node = node;
    while (holder.parent && unwrap(holder.parent) !== holder.parent) holder = holder.parent;
    const parent = holder.parent;
    if (passed.has(node)) objects.push(node);
    else if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === holder && parent.left.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariable(ctx, parent.left);
      if (variable && variables.has(variable)) objects.push(node);
    } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === holder && parent.id.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariable(ctx, parent.id);
      if (variable && variables.has(variable)) objects.push(node);
    }
    return false;
  });
  return objects;
}

/** The policies of a delegate's unchecked options objects; `seen` collects every options object it hands over. */
export function delegatePolicies(ctx: ValueContext, semantics: LibrarySemantics, fn: FunctionNode, seen: Set<Node>): CorsPolicy[] {
  const isOrigin = (n: Node) => isOriginRead(ctx, n);
  const policies: CorsPolicy[] = [];
  for (const object of optionsObjects(ctx, fn)) {
    seen.add(object);
    const verdict = judgeConditions(new OriginCheckClassifier(ctx, isOrigin), conditionsOf(object, fn));
    if (verdict.kind !== 'unguarded') continue;
    const policy = normalizePolicy(ctx, semantics, object, object);
    if (policy) policies.push(policy);
  }
  return policies;
}
