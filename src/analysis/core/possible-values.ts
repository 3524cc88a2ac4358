/**
 * Possible values: what an expression can evaluate to, as alternatives with
 * the conditions under which each is taken. Follows `??`, `||`, `&&`,
 * conditional expressions, constants, `let` variables assigned in branches,
 * properties of local objects, and the returns of local functions (memoised
 * per function, so a function called from many places is read once).
 * `process.env.X` is configuration: an unknown alternative, never a finding.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import {
  joinAlternatives,
  undefinedAlternative,
  unknownAlternative,
  valueAlternative,
  withCondition,
  type Alternative,
} from './alternatives.js';
import { describeTest, environmentVariable, isEnvironmentObject } from './conditions.js';
import { combineLogical } from './logical.js';
import { contextOf, type ValueContext } from './context.js';
import { returnAlternatives, substituteParameters } from './returns.js';
import { variableWriteAlternatives } from './variable-writes.js';
import { findVariable, getObjectEntries, resolveExpression, type ObjectEntry, getObjectEntry, getPropertyName, getStaticValue, isStableVariable, resolveFunction, unwrap } from './values.js';

type Node = TSESTree.Node;

/** Deepest nesting of expressions, variables and calls followed. */
const MAX_DEPTH = 16;

export type Resolve = (ctx: ValueContext, node: Node, depth: number) => Alternative[];

const functionSummaries = new WeakMap<Node, Alternative[] | 'pending'>();

/** The alternatives a local function returns, read once per function; a function that reaches itself is unknown. */
function functionReturns(ctx: ValueContext, fn: Node, depth: number): Alternative[] {
  const known = functionSummaries.get(fn);
  if (known === 'pending') return [unknownAlternative(ctx, fn, 'recursion')];
  if (known) return known;
  functionSummaries.set(fn, 'pending');
  const fnCtx = contextOf(ctx, fn);
  const result = returnAlternatives(fnCtx, fn as never, depth, resolveAlternatives);
  functionSummaries.set(fn, result);
  return result;
}

/** A method of a local object: `config.getOrigin()`. */
function resolveMethod(ctx: ValueContext, callee: Node): Node | null {
  const node = unwrap(callee);
  if (node.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = getPropertyName(ctx, node);
  if (name === null) return null;
  const entry = getObjectEntry(ctx, node.object, name);
  if (!entry) return null;
  return resolveFunction(contextOf(ctx, entry.value), entry.value);
}

function callAlternatives(ctx: ValueContext, call: TSESTree.CallExpression, depth: number): Alternative[] {
  const fn = resolveFunction(ctx, call.callee) ?? resolveMethod(ctx, call.callee);
  if (!fn) return [valueAlternative(ctx, call)];
  const returns = functionReturns(ctx, fn, depth);
  return substituteParameters(ctx, call, fn as never, returns, depth, resolveAlternatives);
}

function identifierAlternatives(ctx: ValueContext, id: TSESTree.Identifier, depth: number): Alternative[] {
  const variable = findVariable(ctx, id);
  const def = variable?.defs[0];
  if (def?.type === 'ImportBinding' || (def?.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.ObjectPattern)) {
    // A name imported from another module of the project.
    const target = resolveExpression(ctx, id);
    if (target !== id) return resolveAlternatives(ctx, target, depth + 1);
  }
  if (!variable || variable.defs.length !== 1 || def?.type !== 'Variable') return [valueAlternative(ctx, id)];
  const declarator = def.node;
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern && declarator.init && isStableVariable(variable)) {
    return destructuredAlternatives(ctx, id, declarator.id, declarator.init, depth);
  }
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return [valueAlternative(ctx, id)];
  if (isStableVariable(variable)) {
    return declarator.init ? resolveAlternatives(ctx, declarator.init, depth + 1) : [valueAlternative(ctx, id)];
  }
  return variableWriteAlternatives(ctx, variable, id, depth, resolveAlternatives);
}

/** `const { CORS_ORIGIN } = process.env`, `const { origin = '*' } = config`. */
function destructuredAlternatives(
  ctx: ValueContext,
  id: TSESTree.Identifier,
  pattern: TSESTree.ObjectPattern,
  init: Node,
  depth: number,
): Alternative[] {
  for (const prop of pattern.properties) {
    if (prop.type !== AST_NODE_TYPES.Property || prop.computed || prop.key.type !== AST_NODE_TYPES.Identifier) continue;
    const target = prop.value.type === AST_NODE_TYPES.AssignmentPattern ? prop.value.left : prop.value;
    if (target.type !== AST_NODE_TYPES.Identifier || target.name !== id.name) continue;
    const key = prop.key.name;
    const entry = isEnvironmentObject(ctx, init) ? null : getObjectEntry(ctx, init, key);
    const read: Alternative[] = isEnvironmentObject(ctx, init)
      ? [{ ...unknownAlternative(ctx, id, 'configuration'), variable: key }]
      : entry
        ? entryAlternatives(ctx, entry, depth + 1)
        : [valueAlternative(ctx, id)];
    if (prop.value.type !== AST_NODE_TYPES.AssignmentPattern) return read;
    const fallback = prop.value.right;
    return combineLogical(ctx, id, '??', id, read, () => resolveAlternatives(ctx, fallback, depth + 1));
  }
  return [valueAlternative(ctx, id)];
}

const LOGICAL: Readonly<Record<string, '||' | '&&' | '??'>> = { '||=': '||', '&&=': '&&', '??=': '??' };

/** The values of an object key written more than once: each write in order, a write in a branch adding to what came before. */
function entryAlternatives(ctx: ValueContext, entry: ObjectEntry, depth: number): Alternative[] {
  let current: Alternative[] = [];
  let first = true;
  for (const write of entry.writes) {
    const logical = LOGICAL[write.operator];
    const before = first ? [undefinedAlternative(ctx, write.node)] : current;
    const values = logical
      ? combineLogical(ctx, write.node, logical, write.node.type === AST_NODE_TYPES.AssignmentExpression ? write.node.left : write.node, before, () => resolveAlternatives(ctx, write.value, depth + 1))
      : resolveAlternatives(ctx, write.value, depth + 1);
    if (!write.conditional) current = values;
    else current = joinAlternatives(ctx, write.node, [withCondition(before, write.negation), write.conditions.reduceRight((alts, c) => withCondition(alts, c), values)]);
    first = false;
  }
  return current;
}

/** The values a key of an object can hold where the object is used. */
export function getEntryValues(ctx: ValueContext, entry: ObjectEntry): readonly Alternative[] {
  return entryAlternatives(contextOf(ctx, entry.node), entry, 0);
}

/** `config.cors.origin`: the property of each object the holder can be; the member itself when a holder is not an object literal. */
function memberAlternatives(ctx: ValueContext, node: TSESTree.MemberExpression, depth: number): Alternative[] {
  const name = getPropertyName(ctx, node);
  if (name === null) return [valueAlternative(ctx, node)];
  const holder = unwrap(node.object);
  if (holder.type === AST_NODE_TYPES.Identifier && resolveExpression(ctx, holder).type === AST_NODE_TYPES.ObjectExpression) {
    // A named object literal: read with the statements that change it before this use.
    const entries = getObjectEntries(ctx, holder);
    const entry = entries?.entries.find((e) => e.key === name);
    if (entry) return entryAlternatives(ctx, entry, depth + 1);
    return [entries?.incomplete === false ? undefinedAlternative(ctx, node) : valueAlternative(ctx, node)];
  }
  const holders = resolveAlternatives(ctx, node.object, depth + 1);
  if (!holders.every((h) => h.kind === 'value' && h.node?.type === AST_NODE_TYPES.ObjectExpression)) return [valueAlternative(ctx, node)];
  const lists = holders.map((holder) => {
    const entries = getObjectEntries(holder.context, holder.node!);
    const entry = entries?.entries.find((e) => e.key === name);
    const values = entry
      ? entryAlternatives(holder.context, entry, depth + 1)
      : [entries?.incomplete === false ? undefinedAlternative(holder.context, node) : unknownAlternative(holder.context, node, 'opaque')];
    return holder.conditions.reduceRight((alts, c) => withCondition(alts, c), values);
  });
  return joinAlternatives(ctx, node, lists);
}

/** Resolution of one expression; `depth` counts the nesting followed so far. */
export function resolveAlternatives(ctx: ValueContext, input: Node, depth: number): Alternative[] {
  const node = unwrap(input);
  ctx = contextOf(ctx, node);
  if (depth > MAX_DEPTH) return [unknownAlternative(ctx, node, 'bound')];
  const variable = environmentVariable(ctx, node);
  if (variable !== null) return [{ ...unknownAlternative(ctx, node, 'configuration'), variable }];
  if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.MemberExpression) {
    // `require('./config')`, `config.corsOptions` of a module of the project.
    const target = resolveExpression(ctx, node);
    if (target !== node) return resolveAlternatives(ctx, target, depth + 1);
  }
  switch (node.type) {
    case AST_NODE_TYPES.LogicalExpression: {
      const left = resolveAlternatives(ctx, node.left, depth + 1);
      return combineLogical(ctx, node, node.operator, node.left, left, () => resolveAlternatives(ctx, node.right, depth + 1));
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      const test = getStaticValue(ctx, node.test);
      if (test !== null) return resolveAlternatives(ctx, test.value ? node.consequent : node.alternate, depth + 1);
      return joinAlternatives(ctx, node, [
        withCondition(resolveAlternatives(ctx, node.consequent, depth + 1), describeTest(ctx, node.test, true)),
        withCondition(resolveAlternatives(ctx, node.alternate, depth + 1), describeTest(ctx, node.test, false)),
      ]);
    }
    case AST_NODE_TYPES.Identifier:
      return identifierAlternatives(ctx, node, depth);
    case AST_NODE_TYPES.CallExpression:
      return callAlternatives(ctx, node, depth);
    case AST_NODE_TYPES.SequenceExpression:
      return resolveAlternatives(ctx, node.expressions.at(-1)!, depth + 1);
    case AST_NODE_TYPES.AssignmentExpression:
      return node.operator === '=' ? resolveAlternatives(ctx, node.right, depth + 1) : [valueAlternative(ctx, node)];
    case AST_NODE_TYPES.MemberExpression:
      return memberAlternatives(ctx, node, depth);
    default:
      return [valueAlternative(ctx, node)];
  }
}

/**
 * The values `node` can take, each with the conditions under which it is
 * taken. Unknown parts are explicit alternatives (`kind: 'unknown'`);
 * configuration read from the environment is one with `reason: 'configuration'`.
 */
export function getPossibleValues(ctx: ValueContext, node: Node): readonly Alternative[] {
  return resolveAlternatives(ctx, node, 0);
}
