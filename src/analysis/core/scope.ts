/**
 * Scope-aware reading of one expression: the variable a name refers to, the
 * expression a constant was initialised with, and static values (with a cap on
 * what evaluation may build).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import * as eslintUtils from '@eslint-community/eslint-utils';
import type { TSESLint } from '@typescript-eslint/utils';
import { contextOf, type ValueContext } from './context.js';
import { unwrap } from './nodes.js';
import { exceedsStaticSize } from './static-size.js';

// @eslint-community/eslint-utils is typed against ESTree; the nodes and scopes here are typescript-eslint's.
const findScopeVariable = eslintUtils.findVariable as unknown as (
  scope: TSESLint.Scope.Scope,
  name: TSESTree.Identifier,
) => TSESLint.Scope.Variable | null;
const staticValueOf = eslintUtils.getStaticValue as unknown as (
  node: TSESTree.Node,
  scope: TSESLint.Scope.Scope,
) => { value: unknown } | null;

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;

const MAX_DEPTH = 12;

/** The variable an identifier refers to, or null for globals that are not declared. */
export function findVariable(ctx: ValueContext, id: TSESTree.Identifier): Variable | null {
  return findScopeVariable(contextOf(ctx, id).sourceCode.getScope(id), id);
}

/** A variable is stable when it is never reassigned after its declaration. */
export function isStableVariable(variable: Variable): boolean {
  if (variable.defs.length !== 1) return false;
  return variable.references.every((ref) => !ref.isWrite() || ref.init === true);
}

/**
 * Follows identifiers to the expression they were initialised with, as long as
 * the variable is declared once and never reassigned. Returns the deepest
 * expression reached (never null).
 */
export function resolveExpression(ctx: ValueContext, node: Node, depth = 0): Node {
  const current = unwrap(node);
  if (depth > MAX_DEPTH || current.type !== AST_NODE_TYPES.Identifier) return current;
  const variable = findVariable(ctx, current);
  if (!variable || !isStableVariable(variable)) return current;
  const def = variable.defs[0];
  if (def?.type !== 'Variable') return current;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return current;
  return resolveExpression(ctx, declarator.init, depth + 1);
}

export interface StaticValue {
  readonly value: unknown;
}

function evaluate(ctx: ValueContext, node: Node): StaticValue | null {
  try {
    const result = staticValueOf(node, contextOf(ctx, node).sourceCode.getScope(node));
    return result ? { value: result.value } : null;
  } catch {
    return null;
  }
}

/** The constant an identifier names, for estimating what evaluation would build. */
function constantInit(ctx: ValueContext, id: TSESTree.Identifier): Node | null {
  const variable = findVariable(ctx, id);
  const def = variable?.defs[0];
  return variable && variable.defs.length === 1 && def?.type === 'Variable' ? (def.node.init ?? null) : null;
}

/**
 * Static value of an expression (constants, template literals, concatenation),
 * or null; also null when evaluating it could build a string or array beyond
 * a small size (`'x'.padStart(1e9)`).
 */
export function getStaticValue(ctx: ValueContext, node: Node): StaticValue | null {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.Literal) {
    return current.value === null && ('regex' in current || 'bigint' in current) ? null : { value: current.value };
  }
  const hooks = {
    initOf: (id: TSESTree.Identifier) => constantInit(ctx, id),
    numberOf: (arg: Node) => {
      const value = evaluate(ctx, arg)?.value;
      return typeof value === 'number' ? value : null;
    },
  };
  return exceedsStaticSize(current, hooks) ? null : evaluate(ctx, current);
}

export function getStaticString(ctx: ValueContext, node: Node): string | null {
  const result = getStaticValue(ctx, node);
  return result && typeof result.value === 'string' ? result.value : null;
}

/** The name of a non-computed or statically computed member property. */
export function getPropertyName(ctx: ValueContext, node: TSESTree.MemberExpression): string | null {
  if (!node.computed) {
    return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : null;
  }
  const value = getStaticValue(ctx, node.property);
  return value && (typeof value.value === 'string' || typeof value.value === 'number') ? String(value.value) : null;
}

/** The static name of an object property key (`a`, `'a'`, `[CONST]`). */
export function propertyKeyName(
  ctx: ValueContext,
  prop: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition,
): string | null {
  if (!prop.computed) {
    if (prop.key.type === AST_NODE_TYPES.Identifier) return prop.key.name;
    if (prop.key.type === AST_NODE_TYPES.Literal) return String(prop.key.value);
    return null;
  }
  const value = getStaticValue(ctx, prop.key);
  return value && (typeof value.value === 'string' || typeof value.value === 'number') ? String(value.value) : null;
}
