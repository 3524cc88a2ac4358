/**
 * Whether a fix may edit a declaration: never one that others share. A
 * variable is shared when it is exported (`export const`, `export { X }`,
 * `export default X`, `module.exports = X`) or read more than once; an object
 * or array literal is shared when it is (inside) the value of such a variable
 * or is itself exported.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { ValueContext } from '../analysis/core/values.js';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;

/** Nesting followed up from a value to the declaration that holds it. */
const MAX_NESTING = 32;

/** True when the variable is exported or read in more than one place. */
export function isSharedVariable(variable: Variable): boolean {
  if (variable.references.filter((r) => r.isRead()).length > 1) return true;
  return variable.defs.some((def) => def.parent?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration);
}

function isExportTarget(node: Node): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) return true;
  if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.right !== node) return false;
  const target = parent.left;
  const text = target.type === AST_NODE_TYPES.MemberExpression ? target.object : target;
  return text.type === AST_NODE_TYPES.Identifier ? text.name === 'exports' : text.type === AST_NODE_TYPES.MemberExpression && text.object.type === AST_NODE_TYPES.Identifier && text.object.name === 'module';
}

/** Kinds of node a shared value is made of, climbed from an edited node up to its declaration. */
const VALUE_PARTS = new Set<string>([
  AST_NODE_TYPES.Property,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.SpreadElement,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
]);

/**
 * True when `node` is, or lies in an object or array literal that is, the
 * value of an exported or many-times-read variable, or an exported value.
 */
export function isInSharedDeclaration(ctx: ValueContext, node: Node): boolean {
  let current = node;
  for (let depth = 0; depth < MAX_NESTING && current.parent && VALUE_PARTS.has(current.parent.type); depth++) current = current.parent;
  if (isExportTarget(current)) return true;
  const declarator = current.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== current) return false;
  return ctx.sourceCode.getDeclaredVariables(declarator).some(isSharedVariable);
}
