/**
 * The function a call runs, when this module defines it: a function
 * declaration, a `const` arrow, a method of an object literal
 * (`policy.isAllowed(o)`), or a method of the enclosing class (`this.isAllowed(o)`).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { getObjectEntry, getPropertyName, isFunctionNode, resolveFunction, unwrap, type FunctionNode, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

/** Enclosing nodes passed on the way to a class body. */
const MAX_CLASS_DISTANCE = 64;

export function calledFunction(ctx: ValueContext, callee: Node): FunctionNode | null {
  const node = unwrap(callee);
  if (node.type !== AST_NODE_TYPES.MemberExpression) return resolveFunction(ctx, node);
  const name = getPropertyName(ctx, node);
  if (name === null) return null;
  const object = unwrap(node.object);
  if (object.type === AST_NODE_TYPES.ThisExpression) return classMethod(node, name);
  const entry = getObjectEntry(ctx, object, name);
  return entry ? resolveFunction(ctx, entry.value) : null;
}

/** `this.name` inside a class: the method or arrow-valued field `name` of that class. */
function classMethod(from: Node, name: string): FunctionNode | null {
  let current: Node | undefined = from.parent;
  for (let i = 0; current && current.type !== AST_NODE_TYPES.ClassBody; i++) {
    if (i > MAX_CLASS_DISTANCE) return null;
    current = current.parent;
  }
  if (!current) return null;
  for (const member of current.body) {
    if (member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) continue;
    if (member.computed || member.key.type !== AST_NODE_TYPES.Identifier || member.key.name !== name) continue;
    return isFunctionNode(member.value) ? member.value : null;
  }
  return null;
}
