/**
 * Value resolution: the one place that turns an expression into what it
 * statically is (a string, a boolean, a RegExp, an object literal, an import)
 * by following constants, template literals, object spreads and imports.
 * The parts live in the modules re-exported here.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { ValueContext } from './context.js';
import { isFunctionNode, unwrap, type FunctionNode } from './nodes.js';
import { findVariable, getPropertyName, resolveExpression } from './scope.js';

export { isForeignNode, type ValueContext } from './context.js';
export { isModuleDefault, isModuleExport, resolveImport, type ImportReference } from './imports.js';
export { isFunctionNode, nearestFunction, standaloneStatement, unwrap, walk, type FunctionNode } from './nodes.js';
export { indexedNodes, indexingListeners, type IndexedNode } from './node-index.js';
export { getObjectEntries, getObjectEntry, type ObjectEntries, type ObjectEntry } from './objects.js';
export {
  findVariable,
  getPropertyName,
  getStaticString,
  getStaticValue,
  isStableVariable,
  propertyKeyName,
  resolveExpression,
  type StaticValue,
} from './scope.js';

type Node = TSESTree.Node;

/**
 * The literal node a static value was written as, following constants: the
 * `'*'` in `const ORIGIN = '*'` for `res.set(name, ORIGIN)`. Used to report on
 * and fix the smallest node that explains a finding.
 */
export function findSourceLiteral(ctx: ValueContext, node: Node): TSESTree.Literal | TSESTree.TemplateLiteral | null {
  const resolved = resolveExpression(ctx, node);
  if (resolved.type === AST_NODE_TYPES.Literal) return resolved;
  if (resolved.type === AST_NODE_TYPES.TemplateLiteral && resolved.expressions.length === 0) return resolved;
  return null;
}

/** Follows an expression to a function defined in this module (inline, `const f = () => …`, `function f() {}`). */
export function resolveFunction(ctx: ValueContext, node: Node): FunctionNode | null {
  const resolved = resolveExpression(ctx, node);
  if (isFunctionNode(resolved)) return resolved;
  if (resolved.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(ctx, resolved);
    const def = variable?.defs[0];
    if (variable && variable.defs.length === 1 && def?.type === 'FunctionName' && isFunctionNode(def.node)) {
      return def.node;
    }
  }
  return null;
}

/** The identifier text of a simple callee (`fetch`, `res.setHeader` → `setHeader`). */
export function calleeName(ctx: ValueContext, callee: Node): string | null {
  const node = unwrap(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) return getPropertyName(ctx, node);
  return null;
}
