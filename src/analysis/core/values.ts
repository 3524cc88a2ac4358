/**
 * Value resolution: the one place that turns an expression into what it
 * statically is (a string, a boolean, a RegExp, an object literal, an import)
 * by following constants, template literals, object spreads and imports of the
 * same module.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import * as eslintUtils from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { contextOf, type ValueContext } from './context.js';
import { exceedsStaticSize } from './static-size.js';

export { isForeignNode, type ValueContext } from './context.js';

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

const STATEMENT_CONTAINERS = new Set<string>([
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.StaticBlock,
]);

/** The statement an expression (or `await` of it) is the whole of, when it stands in a block of statements. */
export function standaloneStatement(node: Node): TSESTree.ExpressionStatement | null {
  let current = node;
  if (current.parent?.type === AST_NODE_TYPES.AwaitExpression) current = current.parent;
  const statement = current.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || !statement.parent) return null;
  return STATEMENT_CONTAINERS.has(statement.parent.type) ? statement : null;
}

/** Strips TypeScript-only wrappers (`as`, `satisfies`, `!`, `<T>x`) and optional chains. */
export function unwrap(node: Node): Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

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

export interface ImportReference {
  /** The module specifier, e.g. `cors` or `@koa/cors`. */
  readonly source: string;
  /** `default`, `*` for namespace imports, or the imported name. */
  readonly imported: string;
  /** Property path read from the import, e.g. `['default']` for `require('x').default`. */
  readonly path: readonly string[];
}

function requireSource(node: Node): string | null {
  const call = unwrap(node);
  if (
    call.type === AST_NODE_TYPES.CallExpression &&
    call.callee.type === AST_NODE_TYPES.Identifier &&
    call.callee.name === 'require' &&
    call.arguments.length === 1
  ) {
    const arg = call.arguments[0];
    if (arg?.type === AST_NODE_TYPES.Literal && typeof arg.value === 'string') return arg.value;
  }
  return null;
}

/**
 * Which import (ES `import` or CommonJS `require`) an expression refers to, by
 * reference rather than by name: `import c from 'cors'`, `const c = require('cors')`,
 * `const { Server } = require('socket.io')`, `import * as h3 from 'h3'` then `h3.handleCors`.
 */
export function resolveImport(ctx: ValueContext, node: Node, depth = 0): ImportReference | null {
  if (depth > MAX_DEPTH) return null;
  const current = unwrap(node);
  const direct = requireSource(current);
  if (direct !== null) return { source: direct, imported: '*', path: [] };
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getPropertyName(ctx, current);
    if (name === null) return null;
    const base = resolveImport(ctx, current.object, depth + 1);
    return base ? { ...base, path: [...base.path, name] } : null;
  }
  if (current.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(ctx, current);
  if (!variable || !isStableVariable(variable)) return null;
  const def = variable.defs[0];
  if (!def) return null;
  if (def.type === 'ImportBinding') {
    const decl = def.parent;
    if (decl.type !== AST_NODE_TYPES.ImportDeclaration) return null;
    const source = String(decl.source.value);
    const spec = def.node;
    if (spec.type === AST_NODE_TYPES.ImportDefaultSpecifier) return { source, imported: 'default', path: [] };
    if (spec.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return { source, imported: '*', path: [] };
    if (spec.type === AST_NODE_TYPES.ImportSpecifier) {
      const imported = spec.imported.type === AST_NODE_TYPES.Identifier ? spec.imported.name : String(spec.imported.value);
      return { source, imported, path: [] };
    }
    return null;
  }
  if (def.type !== 'Variable' || !def.node.init) return null;
  const declarator = def.node;
  if (declarator.id.type === AST_NODE_TYPES.Identifier) return resolveImport(ctx, declarator.init!, depth + 1);
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
    // const { Server: IOServer } = require('socket.io')
    const base = resolveImport(ctx, declarator.init!, depth + 1);
    if (!base) return null;
    for (const prop of declarator.id.properties) {
      if (prop.type !== AST_NODE_TYPES.Property) continue;
      const target = prop.value.type === AST_NODE_TYPES.AssignmentPattern ? prop.value.left : prop.value;
      if (target === def.name) {
        const key = propertyKeyName(ctx, prop);
        return key === null ? null : { ...base, path: [...base.path, key] };
      }
    }
  }
  return null;
}

/** True when `ref` is the default export (or the whole CommonJS module) of one of `sources`. */
export function isModuleDefault(ref: ImportReference | null, sources: readonly string[]): boolean {
  if (!ref || !sources.includes(ref.source)) return false;
  const path = ref.imported === 'default' ? ref.path : ref.imported === '*' ? ref.path.filter((p) => p !== 'default') : null;
  return path !== null && path.length === 0;
}

/** True when `ref` is the export `name` of one of `sources` (named import, `require(x).name`, `ns.name`). */
export function isModuleExport(ref: ImportReference | null, sources: readonly string[], name: string): boolean {
  if (!ref || !sources.includes(ref.source)) return false;
  if (ref.imported === name && ref.path.length === 0) return true;
  if (ref.imported === '*' || ref.imported === 'default') {
    const path = ref.path.filter((p, i) => !(i === 0 && p === 'default' && ref.path.length > 1));
    return path.length === 1 && path[0] === name;
  }
  return false;
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

export interface ObjectEntry {
  /** The key as written (case preserved). */
  readonly key: string;
  readonly property: TSESTree.Property;
  readonly value: Node;
  /** The object literal the property is written in (differs from the inspected object for spreads). */
  readonly owner: TSESTree.ObjectExpression;
}

export interface ObjectEntries {
  readonly entries: readonly ObjectEntry[];
  /** True when a spread or computed key could not be resolved: absent keys may still be set. */
  readonly incomplete: boolean;
}

/**
 * The properties of an object expression, following spreads of object literals
 * reachable through constants. Later entries override earlier ones, as at run time.
 */
export function getObjectEntries(ctx: ValueContext, node: Node, depth = 0): ObjectEntries | null {
  const object = resolveExpression(ctx, node);
  if (object.type !== AST_NODE_TYPES.ObjectExpression || depth > MAX_DEPTH) return null;
  const byKey = new Map<string, ObjectEntry>();
  let incomplete = false;
  for (const prop of object.properties) {
    if (prop.type === AST_NODE_TYPES.SpreadElement) {
      const spread = getObjectEntries(ctx, prop.argument, depth + 1);
      if (!spread) {
        incomplete = true;
        continue;
      }
      incomplete ||= spread.incomplete;
      for (const entry of spread.entries) {
        byKey.delete(entry.key);
        byKey.set(entry.key, entry);
      }
      continue;
    }
    const key = propertyKeyName(ctx, prop);
    if (key === null) {
      incomplete = true;
      continue;
    }
    if (prop.kind !== 'init') continue;
    byKey.delete(key);
    byKey.set(key, { key, property: prop, value: prop.value, owner: object });
  }
  return { entries: [...byKey.values()], incomplete };
}

/** Looks up one property of an object expression by exact key. */
export function getObjectEntry(ctx: ValueContext, node: Node, key: string): ObjectEntry | null {
  return getObjectEntries(ctx, node)?.entries.find((e) => e.key === key) ?? null;
}

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

/** The nearest function around a node, or null at module level. */
export function nearestFunction(node: Node): FunctionNode | null {
  let current: Node | undefined = node.parent;
  while (current) {
    if (isFunctionNode(current)) return current;
    current = current.parent;
  }
  return null;
}

export type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

export function isFunctionNode(node: Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression ||
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
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

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Depth-first walk of a subtree; return `false` from `enter` to skip a node's children. */
export function walk(ctx: ValueContext, root: Node, enter: (node: Node) => boolean | void): void {
  const visitorKeys = ctx.sourceCode.visitorKeys;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (enter(node) === false) continue;
    const keys = visitorKeys[node.type];
    if (!keys) continue;
    // Children are pushed last-to-first so that they are entered in source order.
    for (let k = keys.length - 1; k >= 0; k--) {
      const value = (node as unknown as Record<string, unknown>)[keys[k]!];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const item: unknown = value[i];
          if (isNode(item)) stack.push(item);
        }
      } else if (isNode(value)) {
        stack.push(value);
      }
    }
  }
}

/** The identifier text of a simple callee (`fetch`, `res.setHeader` → `setHeader`). */
export function calleeName(ctx: ValueContext, callee: Node): string | null {
  const node = unwrap(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) return getPropertyName(ctx, node);
  return null;
}
