/**
 * What a local function returns: the alternatives of each `return` with the
 * branch that leads to it ("when `list.length === 0` is true in
 * resolveOrigin", "when resolveOrigin returns its fallback"), and at a call,
 * the function's parameters replaced by the call's arguments.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { joinAlternatives, undefinedAlternative, unknownAlternative, withCondition, type Alternative } from './alternatives.js';
import { branchPath } from './branches.js';
import { contextOf, type ValueContext } from './context.js';
import { sameValueAs } from './same-value.js';
import { findVariable, getStaticValue, unwrap, walk, type FunctionNode } from './values.js';

type Node = TSESTree.Node;

export type Resolve = (ctx: ValueContext, node: Node, depth: number) => Alternative[];

/** Most `return` statements of one function that are followed. */
const MAX_RETURNS = 12;

/** A readable name for a function: its own, the variable or property it is assigned to. */
export function functionName(fn: FunctionNode): string {
  if (fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if ((parent?.type === AST_NODE_TYPES.Property || parent?.type === AST_NODE_TYPES.MethodDefinition) && parent.key.type === AST_NODE_TYPES.Identifier) {
    return parent.key.name;
  }
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left.type === AST_NODE_TYPES.MemberExpression && parent.left.property.type === AST_NODE_TYPES.Identifier) {
    return parent.left.property.name;
  }
  return 'the function';
}

/** The `return` statements of `fn` itself (not of functions nested in it); null past MAX_RETURNS. */
export function collectReturns(ctx: ValueContext, fn: FunctionNode): TSESTree.ReturnStatement[] | null {
  const returns: TSESTree.ReturnStatement[] = [];
  let overflow = false;
  walk(ctx, fn.body, (node) => {
    if (overflow || (node !== fn.body && (node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.ClassBody))) {
      return false;
    }
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      returns.push(node);
      if (returns.length > MAX_RETURNS) overflow = true;
    }
    return undefined;
  });
  return overflow ? null : returns;
}

/**
 * The alternatives `fn` returns. Async functions and generators return a
 * promise or an iterator, not their `return` values: unknown.
 */
export function returnAlternatives(ctx: ValueContext, fn: FunctionNode, depth: number, resolve: Resolve): Alternative[] {
  if (fn.async || fn.generator) return [unknownAlternative(ctx, fn, 'opaque')];
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return resolve(ctx, fn.body, depth + 1);
  const returns = collectReturns(ctx, fn);
  if (returns === null) return [unknownAlternative(ctx, fn, 'bound')];
  if (returns.length === 0) return [undefinedAlternative(ctx, fn)];
  const name = functionName(fn);
  let sawConditional = false;
  const lists = returns.map((ret) => {
    const path = branchPath(ctx, ret, fn.body);
    const values = ret.argument ? resolve(ctx, ret.argument, depth + 1) : [undefinedAlternative(ctx, ret)];
    if (path.conditions.length === 0 && !path.conditional) {
      const condition = sawConditional ? `${name} returns its fallback` : null;
      return withCondition(values, returns.length > 1 ? condition : null);
    }
    sawConditional = true;
    return path.conditions.reduceRight((alts, c) => withCondition(alts, `${c} in ${name}`), values);
  });
  return joinAlternatives(ctx, fn, lists);
}

/** The index of the parameter a name is declared by, and its default value. */
function parameterOf(fn: FunctionNode, name: TSESTree.Identifier): { index: number; fallback: Node | null } | null {
  for (let i = 0; i < fn.params.length; i++) {
    const param = fn.params[i]!;
    if (param === name) return { index: i, fallback: null };
    if (param.type === AST_NODE_TYPES.AssignmentPattern && param.left === name) return { index: i, fallback: param.right };
  }
  return null;
}

/** Most wrappers (`String(String(o))`) seen through to a returned name. */
const MAX_RESPELLINGS = 4;

/**
 * The name `node` is, or re-spells (`` `${o}` ``, `String(o)`, `o.trim()`),
 * and whether the re-spelling may change the text (`o.trim()`, `o.toLowerCase()`);
 * null when `node` is no such re-spelling.
 */
function respelledName(ctx: ValueContext, node: Node): { name: TSESTree.Identifier; changed: boolean } | null {
  let current: Node | null = unwrap(node);
  let changed = false;
  for (let i = 0; current && i <= MAX_RESPELLINGS; i++) {
    if (current.type === AST_NODE_TYPES.Identifier) return { name: current, changed };
    let inner = sameValueAs(ctx, current, true);
    if (!inner) {
      inner = sameValueAs(ctx, current);
      changed = true;
    }
    current = inner && unwrap(inner);
  }
  return null;
}

/** A static value passed through a re-spelling that may change its text is no longer known exactly: unknown. Other values (request data, calls) keep what they are. */
function inexact(alternatives: readonly Alternative[]): Alternative[] {
  return alternatives.map((alt) =>
    alt.kind === 'value' && alt.node && getStaticValue(alt.context, alt.node) !== null ? unknownAlternative(alt.context, alt.node, 'opaque', alt.conditions) : alt,
  );
}

/** Replaces alternatives that are parameters of `fn` (or re-spell one: `` `${o}` ``, `o.trim()`) by what `call` passes for them. */
export function substituteParameters(
  ctx: ValueContext,
  call: TSESTree.CallExpression,
  fn: FunctionNode,
  returns: readonly Alternative[],
  depth: number,
  resolve: Resolve,
): Alternative[] {
  const fnCtx = contextOf(ctx, fn);
  const lists = returns.map((alt): Alternative[] => {
    const returned = alt.kind === 'value' && alt.node ? respelledName(fnCtx, alt.node) : null;
    if (!returned) return [alt];
    const def = findVariable(fnCtx, returned.name)?.defs[0];
    if (def?.type !== 'Parameter' || def.node !== fn) return [alt];
    const param = parameterOf(fn, def.name as TSESTree.Identifier);
    if (!param) return [alt];
    const args = call.arguments;
    if (args.slice(0, param.index + 1).some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return [unknownAlternative(ctx, call, 'opaque', alt.conditions)];
    const arg = args[param.index];
    const values = arg
      ? resolve(ctx, arg, depth + 1)
      : param.fallback
        ? resolve(fnCtx, param.fallback, depth + 1)
        : [undefinedAlternative(ctx, call)];
    return alt.conditions.reduceRight((alts, c) => withCondition(alts, c), returned.changed ? inexact(values) : values);
  });
  return joinAlternatives(ctx, call, lists);
}
