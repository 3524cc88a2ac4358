/**
 * What the names in a URL expression stand for: the page's own location, a
 * constant, a class field, a property of a configuration object, or the result
 * of a URL-building function.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { findVariable, getObjectEntry, getPropertyName, resolveExpression, resolveFunction, unwrap, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

/** `location.origin`, `window.location.origin`, `document.location.href`, … (unshadowed). */
export function isPageLocation(ctx: ValueContext, node: Node): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getPropertyName(ctx, node);
  if (name !== 'origin' && name !== 'href') return false;
  const location = unwrap(node.object);
  if (location.type === AST_NODE_TYPES.MemberExpression) {
    const root = unwrap(location.object);
    return (
      getPropertyName(ctx, location) === 'location' &&
      root.type === AST_NODE_TYPES.Identifier &&
      ['window', 'self', 'globalThis', 'document'].includes(root.name) &&
      !findVariable(ctx, root)?.defs.length
    );
  }
  return location.type === AST_NODE_TYPES.Identifier && location.name === 'location' && !findVariable(ctx, location)?.defs.length;
}

function enclosingClassBody(node: Node): TSESTree.ClassBody | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
  }
  return null;
}

/** The value a class gives `this.name`: a field initialiser, or its one assignment in the constructor. */
function classFieldValue(ctx: ValueContext, node: TSESTree.MemberExpression): Node | null {
  const name = getPropertyName(ctx, node);
  const body = enclosingClassBody(node);
  if (name === null || !body) return null;
  let found: Node | null = null;
  let count = 0;
  for (const member of body.body) {
    if (
      member.type === AST_NODE_TYPES.PropertyDefinition &&
      !member.static &&
      !member.computed &&
      member.key.type === AST_NODE_TYPES.Identifier &&
      member.key.name === name &&
      member.value
    ) {
      found = member.value;
      count++;
    }
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor' && member.value.body) {
      for (const statement of member.value.body.body) {
        if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.AssignmentExpression) continue;
        const assignment = statement.expression;
        const left = assignment.left;
        if (
          assignment.operator === '=' &&
          left.type === AST_NODE_TYPES.MemberExpression &&
          left.object.type === AST_NODE_TYPES.ThisExpression &&
          getPropertyName(ctx, left) === name
        ) {
          found = assignment.right;
          count++;
        }
      }
    }
  }
  return count === 1 ? found : null;
}

/** The object literal an expression reads (`config`, `config.api`), through constants and nested properties. */
function objectLiteralOf(ctx: ValueContext, node: Node, depth: number): TSESTree.ObjectExpression | null {
  const resolved = resolveExpression(ctx, node);
  if (resolved.type === AST_NODE_TYPES.ObjectExpression) return resolved;
  if (resolved.type !== AST_NODE_TYPES.MemberExpression || depth > 4) return null;
  const name = getPropertyName(ctx, resolved);
  const parent = objectLiteralOf(ctx, resolved.object, depth + 1);
  const value = name !== null && parent ? getObjectEntry(ctx, parent, name)?.value : null;
  return value ? objectLiteralOf(ctx, value, depth + 1) : null;
}

/** What a name stands for: a constant's initialiser, a class field, an object property, a URL builder's result. */
export function definitionOf(ctx: ValueContext, expr: Node): Node | null {
  if (expr.type === AST_NODE_TYPES.Identifier) {
    const resolved = resolveExpression(ctx, expr);
    return resolved !== expr ? resolved : null;
  }
  if (expr.type === AST_NODE_TYPES.MemberExpression) {
    if (unwrap(expr.object).type === AST_NODE_TYPES.ThisExpression) return classFieldValue(ctx, expr);
    const name = getPropertyName(ctx, expr);
    const object = objectLiteralOf(ctx, expr.object, 0);
    if (name === null || !object) return null;
    return getObjectEntry(ctx, object, name)?.value ?? null;
  }
  if (expr.type === AST_NODE_TYPES.CallExpression) {
    // const endpoint = (path) => `${API}${path}`
    const fn = resolveFunction(ctx, expr.callee);
    if (!fn || fn.async || fn.generator) return null;
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return fn.body;
    const statements = fn.body.body;
    const last = statements[statements.length - 1];
    return statements.length === 1 && last?.type === AST_NODE_TYPES.ReturnStatement ? last.argument : null;
  }
  return null;
}
