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
import { findExport, findModuleObject } from './module-exports.js';
import { loadModule } from './module-files.js';
import { requireSpecifier, unwrap } from './nodes.js';
import { exceedsStaticSize } from './static-size.js';

// @eslint-community/eslint-utils is typed against ESTree; the nodes and scopes here are typescript-eslint's.
const findScopeVariable = eslintUtils.findVariable as unknown as (
  scope: TSESLint.Scope.Scope,
  name: string,
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
  // `getScope` already gives the innermost scope: look the name up from there
  // (handing over the node would scan every child scope again, which is
  // quadratic in long `else if` chains).
  return findScopeVariable(contextOf(ctx, id).sourceCode.getScope(id), id.name);
}

/** A variable is stable when it is never reassigned after its declaration. */
export function isStableVariable(variable: Variable): boolean {
  if (variable.defs.length !== 1) return false;
  return variable.references.every((ref) => !ref.isWrite() || ref.init === true);
}

/** The other module an expression stands for as a whole: a `require()` of it, a namespace import of it, or a constant holding one. */
function moduleOf(ctx: ValueContext, node: Node, depth: number): ValueContext | null {
  const current = unwrap(node);
  const specifier = requireSpecifier(current);
  if (specifier !== null) return loadModule(contextOf(ctx, current), specifier);
  if (current.type !== AST_NODE_TYPES.Identifier || depth > MAX_DEPTH) return null;
  const variable = findVariable(ctx, current);
  const def = variable?.defs[0];
  if (!variable || !def || !isStableVariable(variable)) return null;
  if (def.type === 'ImportBinding' && def.node.type === AST_NODE_TYPES.ImportNamespaceSpecifier && def.parent.type === AST_NODE_TYPES.ImportDeclaration) {
    return loadModule(contextOf(ctx, current), def.parent.source.value);
  }
  if (def.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init) return moduleOf(ctx, def.node.init, depth + 1);
  return null;
}

/** The key a destructuring pattern reads into `name`: `const { corsOptions: options } = require('./config')`. */
function patternKey(pattern: TSESTree.ObjectPattern, name: TSESTree.Identifier): string | null {
  for (const prop of pattern.properties) {
    if (prop.type === AST_NODE_TYPES.Property && prop.value === name && !prop.computed && prop.key.type === AST_NODE_TYPES.Identifier) return prop.key.name;
  }
  return null;
}

/** Where a name imported from another module of the project leads: a node of that module, or null. */
function importedNode(ctx: ValueContext, current: Node, variable: Variable | null, depth: number): Node | null {
  if (current.type === AST_NODE_TYPES.CallExpression) {
    const module = moduleOf(ctx, current, depth);
    return module ? findModuleObject(module) : null;
  }
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getPropertyName(ctx, current);
    const module = name === null ? null : moduleOf(ctx, current.object, depth);
    return module ? findExport(module, name!) : null;
  }
  const def = variable?.defs[0];
  if (def?.type === 'ImportBinding' && def.parent.type === AST_NODE_TYPES.ImportDeclaration) {
    const spec = def.node;
    if (spec.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return null;
    const name = spec.type === AST_NODE_TYPES.ImportSpecifier ? (spec.imported.type === AST_NODE_TYPES.Identifier ? spec.imported.name : spec.imported.value) : 'default';
    const module = loadModule(contextOf(ctx, current), def.parent.source.value);
    return module ? findExport(module, name) : null;
  }
  if (def?.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.ObjectPattern && def.node.init) {
    const key = patternKey(def.node.id, def.name as TSESTree.Identifier);
    const module = key === null ? null : moduleOf(ctx, def.node.init, depth);
    return module ? findExport(module, key!) : null;
  }
  return null;
}

/**
 * Follows identifiers to the expression they were initialised with, as long as
 * the variable is declared once and never reassigned, and names imported from
 * other modules of the project to what those modules export. Returns the
 * deepest expression reached (never null); it may be a node of another module.
 */
export function resolveExpression(ctx: ValueContext, node: Node, depth = 0): Node {
  const current = unwrap(node);
  if (depth > MAX_DEPTH) return current;
  const follows = contextOf(ctx, current).parseModule !== undefined;
  if (current.type === AST_NODE_TYPES.CallExpression || current.type === AST_NODE_TYPES.MemberExpression) {
    const target = follows ? importedNode(ctx, current, null, depth) : null;
    return target ? resolveExpression(ctx, target, depth + 1) : current;
  }
  if (current.type !== AST_NODE_TYPES.Identifier) return current;
  const variable = findVariable(ctx, current);
  if (!variable || !isStableVariable(variable)) return current;
  const def = variable.defs[0];
  if (follows && def && (def.type === 'ImportBinding' || (def.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.ObjectPattern))) {
    const target = importedNode(ctx, current, variable, depth);
    return target ? resolveExpression(ctx, target, depth + 1) : current;
  }
  if (def?.type !== 'Variable') return current;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return current;
  return resolveExpression(ctx, declarator.init, depth + 1);
}

export interface StaticValue {
  readonly value: unknown;
}

/**
 * The scope names of `node` are looked up in, without its child scopes:
 * eslint-utils would otherwise search every child scope for each identifier
 * (quadratic in a long `else if` chain, whose blocks are all children of one
 * scope). Names inside functions nested in the expression then read as unknown.
 */
function lookupScope(ctx: ValueContext, node: Node): TSESLint.Scope.Scope {
  const scope = contextOf(ctx, node).sourceCode.getScope(node);
  return scope.childScopes.length === 0 ? scope : (Object.create(scope, { childScopes: { value: [] } }) as TSESLint.Scope.Scope);
}

function evaluate(ctx: ValueContext, node: Node): StaticValue | null {
  try {
    const result = staticValueOf(node, lookupScope(ctx, node));
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
  if (current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.MemberExpression) {
    // A constant of another module: evaluated there.
    const target = contextOf(ctx, current).parseModule ? resolveExpression(ctx, current) : current;
    if (target !== current && contextOf(ctx, target) !== contextOf(ctx, current)) return getStaticValue(ctx, target);
  }
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
