/**
 * Short descriptions of the conditions under which a value is taken, for
 * messages such as "when CORS_ORIGIN is unset": a test of an environment
 * variable names the variable, any other test is quoted.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { ValueContext } from './context.js';
import { resolveImport } from './imports.js';
import { unwrap } from './nodes.js';
import { findVariable, getPropertyName, getStaticString, isStableVariable } from './scope.js';

type Node = TSESTree.Node;

/** Longest code excerpt quoted in a condition. */
const MAX_QUOTE = 40;

/** `process.env`, `import.meta.env`, `Bun.env` (also through `const env = process.env`). */
export function isEnvironmentObject(ctx: ValueContext, node: Node, depth = 0): boolean {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.Identifier && depth < 4) {
    const variable = findVariable(ctx, current);
    const def = variable?.defs[0];
    if (variable && isStableVariable(variable) && def?.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init) {
      return isEnvironmentObject(ctx, def.node.init, depth + 1);
    }
    return false;
  }
  if (current.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, current) !== 'env') return false;
  const holder = unwrap(current.object);
  if (holder.type === AST_NODE_TYPES.MetaProperty) return true;
  if (holder.type !== AST_NODE_TYPES.Identifier || (holder.name !== 'process' && holder.name !== 'Bun')) return false;
  const variable = findVariable(ctx, holder);
  if (!variable || variable.defs.length === 0) return true;
  const ref = resolveImport(ctx, holder);
  return ref !== null && (ref.source === 'process' || ref.source === 'node:process');
}

/** Calls that turn configuration text into another value (`JSON.parse(process.env.X)`). */
const CONVERTERS = new Set(['JSON.parse', 'String', 'Number', 'Boolean', 'parseInt', 'parseFloat', 'decodeURIComponent']);

function converterName(callee: Node): string | null {
  const node = unwrap(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.object.type === AST_NODE_TYPES.Identifier && node.property.type === AST_NODE_TYPES.Identifier) {
    return `${node.object.name}.${node.property.name}`;
  }
  return null;
}

/**
 * The environment variable an expression is read from, directly or through
 * calls on it: `process.env.CORS_ORIGIN`, `process.env['X']`,
 * `process.env.X?.split(',').map(…)`, `JSON.parse(process.env.X)`,
 * `Deno.env.get('X')`. Null when the expression is not configuration.
 */
export function environmentVariable(ctx: ValueContext, node: Node): string | null {
  let current = unwrap(node);
  for (let steps = 0; steps < 12; steps++) {
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (isEnvironmentObject(ctx, current.object)) return getPropertyName(ctx, current) ?? 'the environment';
      current = unwrap(current.object);
      continue;
    }
    if (current.type !== AST_NODE_TYPES.CallExpression) return null;
    const callee = unwrap(current.callee);
    const first = current.arguments[0];
    const name = converterName(callee);
    if (name === 'Deno.env.get' && first) return getStaticString(ctx, first) ?? 'the environment';
    if (name !== null && CONVERTERS.has(name) && first && first.type !== AST_NODE_TYPES.SpreadElement) {
      current = unwrap(first);
      continue;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    current = unwrap(callee.object);
  }
  return null;
}

/** The code of a node on one line, shortened, in backticks. */
export function quote(ctx: ValueContext, node: Node): string {
  const text = ctx.sourceCode.getText(node).replace(/\s+/g, ' ');
  return `\`${text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text}\``;
}

const NEGATED: Readonly<Record<string, string>> = { '===': '!==', '!==': '===', '==': '!=', '!=': '==' };

/** "X is 'production'" for `process.env.X === 'production'`, or null. */
function describeComparison(ctx: ValueContext, test: TSESTree.BinaryExpression, truthy: boolean): string | null {
  const operator = truthy ? test.operator : NEGATED[test.operator];
  if (!operator || test.left.type === AST_NODE_TYPES.PrivateIdentifier) return null;
  for (const [variableSide, valueSide] of [[test.left, test.right], [test.right, test.left]] as const) {
    const name = environmentVariable(ctx, variableSide);
    const value = name === null ? null : getStaticString(ctx, valueSide);
    if (name !== null && value !== null) {
      return `${name} is ${operator.startsWith('!') ? 'not ' : ''}${JSON.stringify(value).replace(/^"|"$/g, "'")}`;
    }
  }
  return null;
}

/** When `test` is truthy (or falsy): "CORS_ORIGIN is set", "`isProduction` is false". */
export function describeTest(ctx: ValueContext, test: Node, truthy: boolean): string {
  const node = unwrap(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return describeTest(ctx, node.argument, !truthy);
  const name = environmentVariable(ctx, node);
  if (name !== null) return `${name} is ${truthy ? 'set' : 'unset'}`;
  if (node.type === AST_NODE_TYPES.BinaryExpression) {
    const comparison = describeComparison(ctx, node, truthy);
    if (comparison !== null) return comparison;
  }
  return `${quote(ctx, node)} is ${truthy ? 'true' : 'false'}`;
}

/** When `test` is null or undefined (or not): "CORS_ORIGIN is unset", "`config.origin` is unset". */
export function describeNullish(ctx: ValueContext, test: Node, nullish: boolean): string {
  const name = environmentVariable(ctx, test);
  return `${name ?? quote(ctx, unwrap(test))} is ${nullish ? 'unset' : 'set'}`;
}

/** When the discriminant of a `switch` equals a case test, or matches none (`default`). */
export function describeCase(ctx: ValueContext, discriminant: Node, test: Node | null): string {
  const name = environmentVariable(ctx, discriminant) ?? quote(ctx, unwrap(discriminant));
  if (test === null) return `${name} matches no case`;
  const value = getStaticString(ctx, test);
  return `${name} is ${value !== null ? JSON.stringify(value).replace(/^"|"$/g, "'") : quote(ctx, test)}`;
}
