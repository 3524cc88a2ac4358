/**
 * The ways an Access-Control-Allow-Origin value can be the request Origin (or
 * other request data), each with the conditions on its path, for the
 * origin-check classifier to judge: the value itself, a branch or fallback of
 * it (`debug ? req.query.origin : ORIGIN`, `process.env.ORIGIN ?? req.query.origin`),
 * a variable assigned the origin under some conditions, or what a function
 * of this or another module returns (`pick(req)`, with the checks inside
 * `pick`), its parameter standing for the argument passed
 * (`pick(req.query.origin)`).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { conditionsOf, type Condition } from '../trust/decisions.js';
import { calledFunction } from '../trust/called-functions.js';
import { collectReturns } from '../core/returns.js';
import { findVariable, nearestFunction, resolveExpression, resolveFunction, unwrap, type FunctionNode, type ValueContext } from '../core/values.js';
import { sameValueAs } from './request-data.js';

type Node = TSESTree.Node;

export interface EchoPath {
  /** Conditions under which this path puts the origin into the value. */
  readonly conditions: readonly Condition[];
  /**
   * Parameters of called functions that hold the origin on this path (`o` of
   * `function pick(o) { return o || DEFAULT }` called as `pick(req.query.origin)`):
   * conditions on them check the origin.
   */
  readonly parameters?: readonly TSESTree.Identifier[];
}

export interface EchoPaths {
  /** The expression that puts the origin into the value: what a fix replaces. */
  readonly echoNode: Node;
  readonly paths: EchoPath[];
  /**
   * The echo is inside a function the value calls: replacing `echoNode` (the
   * call) changes the other paths too, so it is no fix, only a suggestion.
   */
  readonly throughCall: boolean;
  /** The first expression found that is the origin (inside the called function when `throughCall`). */
  readonly origin: Node;
}

/** Most branches and fallbacks of one value read. */
const MAX_LEAVES = 16;
/** Deepest nesting of `?:`, `||`, `??` and `&&` followed. */
const MAX_LEAF_DEPTH = 6;

/** The expressions a value can end as through its `?:`, `||`, `??` and `&&`: `a ? b : c ?? d` → b, c, d. */
function valueLeaves(node: Node, out: Node[], depth = 0): Node[] {
  const current = unwrap(node);
  if (out.length >= MAX_LEAVES) return out;
  if (depth < MAX_LEAF_DEPTH && current.type === AST_NODE_TYPES.ConditionalExpression) {
    valueLeaves(current.consequent, out, depth + 1);
    valueLeaves(current.alternate, out, depth + 1);
  } else if (depth < MAX_LEAF_DEPTH && current.type === AST_NODE_TYPES.LogicalExpression) {
    valueLeaves(current.left, out, depth + 1);
    valueLeaves(current.right, out, depth + 1);
  } else {
    out.push(current);
  }
  return out;
}

interface LeafEcho {
  readonly echoNode: Node;
  readonly origin: Node;
  readonly path: EchoPath;
  readonly throughCall: boolean;
}

/**
 * The leaves of a `?:`/`||`/`&&` value that are the origin, each with the
 * conditions inside the value that lead to it: the origin itself, a call
 * returning it (`debug ? pick(req.query.origin) : ORIGIN`), and inside a
 * followed function, a parameter standing for it.
 */
function leafEchoes(ctx: ValueContext, value: Node, isOriginValue: (n: Node) => boolean, depth: number, frame: Frame | null): LeafEcho[] {
  const found: LeafEcho[] = [];
  for (const leaf of valueLeaves(value, [])) {
    const conditions = value.parent ? conditionsOf(leaf, value.parent) : [];
    if (isOriginValue(leaf)) {
      found.push({ echoNode: leaf, origin: leaf, path: { conditions }, throughCall: false });
      continue;
    }
    if (!frame && leaf.type !== AST_NODE_TYPES.CallExpression) continue;
    const echo = echoPaths(ctx, leaf, isOriginValue, depth, frame);
    for (const path of echo?.paths ?? []) {
      found.push({ echoNode: echo!.echoNode, origin: echo!.origin, path: { ...path, conditions: [...conditions, ...path.conditions] }, throughCall: echo!.throughCall });
    }
  }
  return found;
}

/** `let allow = ''; if (ok) allow = origin;`: the assignments of the origin, with the conditions in their function. */
function assignedPaths(ctx: ValueContext, id: TSESTree.Identifier, isOriginValue: (n: Node) => boolean): EchoPath[] | null {
  const variable = findVariable(ctx, id);
  if (!variable || variable.defs.length !== 1 || variable.defs[0]!.type !== 'Variable') return null;
  const paths: EchoPath[] = [];
  for (const ref of variable.references) {
    if (!ref.isWrite() || !ref.writeExpr) continue;
    if (ref.init) {
      // Starts as the origin and is then replaced: which value reaches the header is not evident.
      if (isOriginValue(ref.writeExpr)) return null;
      continue;
    }
    const assignment = ref.identifier.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=' || !isOriginValue(ref.writeExpr)) continue;
    const fn = nearestFunction(assignment);
    paths.push({ conditions: fn ? conditionsOf(assignment, fn) : [] });
  }
  return paths.length > 0 ? paths : null;
}

/** Calls followed into the functions they call, one inside another (`pick(normalize(o))`, `outer(o)` returning `inner(o)`). */
const MAX_CALL_DEPTH = 3;

/** Most re-spellings (`String(o).trim()`) seen through to reach a parameter. */
const MAX_RESPELLINGS = 4;

/** A call being followed: the function it runs, and the calls around it, whose parameters its arguments may name. */
interface Frame {
  readonly fn: FunctionNode;
  readonly call: TSESTree.CallExpression;
  readonly outer: Frame | null;
}

/**
 * The parameter `node` is (or re-spells: `` `${o}` ``, `o.trim()`) of a
 * function being followed, with the argument its call passes and the frame
 * that argument is read in; null otherwise.
 */
function boundArgument(ctx: ValueContext, node: Node, frame: Frame | null): { param: TSESTree.Identifier; arg: Node; frame: Frame | null } | null {
  if (!frame) return null;
  let current = unwrap(node);
  for (let i = 0; i < MAX_RESPELLINGS && current.type !== AST_NODE_TYPES.Identifier; i++) {
    const inner = sameValueAs(ctx, current);
    if (!inner) return null;
    current = unwrap(inner);
  }
  if (current.type !== AST_NODE_TYPES.Identifier) return null;
  const def = findVariable(ctx, current)?.defs[0];
  if (def?.type !== 'Parameter') return null;
  let owner: Frame | null = frame;
  while (owner && owner.fn !== def.node) owner = owner.outer;
  if (!owner) return null;
  const { fn, call } = owner;
  const index = fn.params.findIndex((p) => p === def.name || (p.type === AST_NODE_TYPES.AssignmentPattern && p.left === def.name));
  const args = call.arguments;
  if (index < 0 || args.slice(0, index + 1).some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return null;
  const arg = args[index];
  return arg ? { param: def.name as TSESTree.Identifier, arg, frame: owner.outer } : null;
}

/**
 * `pick(req)` or `pick(req.query.origin)` with a function of this or another
 * module returning the origin on some path: itself, the parameter it is passed
 * in, or what a function it calls returns. Each such return, with the checks
 * inside `pick`; a function that reaches itself is not followed.
 */
function returnedPaths(ctx: ValueContext, call: TSESTree.CallExpression, isOriginValue: (n: Node) => boolean, depth: number, frame: Frame | null): { leaf: Node; path: EchoPath }[] {
  if (depth >= MAX_CALL_DEPTH) return [];
  const fn = calledFunction(ctx, call.callee) ?? resolveFunction(ctx, call.callee);
  if (!fn || fn.async || fn.generator) return [];
  for (let f = frame; f; f = f.outer) if (f.fn === fn) return [];
  const inner: Frame = { fn, call, outer: frame };
  const roots = fn.body.type !== AST_NODE_TYPES.BlockStatement ? [fn.body] : (collectReturns(ctx, fn) ?? []).flatMap((ret) => (ret.argument ? [ret.argument] : []));
  const leaves = roots.reduce<Node[]>((out, root) => valueLeaves(root, out), []);
  const found: { leaf: Node; path: EchoPath }[] = [];
  for (const leaf of leaves) {
    const conditions = conditionsOf(leaf, fn);
    if (isOriginValue(leaf)) {
      found.push({ leaf, path: { conditions } });
      continue;
    }
    const echo = echoPaths(ctx, leaf, isOriginValue, depth + 1, inner);
    for (const path of echo?.paths ?? []) found.push({ leaf: echo!.origin, path: { ...path, conditions: [...conditions, ...path.conditions] } });
    if (found.length > MAX_LEAVES) return [];
  }
  return found;
}

/** `valueNode` as the argument a followed call passes for a parameter: the ways that argument is the origin, with the parameter standing for it. */
function parameterPaths(ctx: ValueContext, valueNode: Node, isOriginValue: (n: Node) => boolean, depth: number, frame: Frame | null): EchoPaths | null {
  const value = unwrap(valueNode);
  const resolved = resolveExpression(ctx, value);
  const bound = boundArgument(ctx, value, frame) ?? (resolved !== value ? boundArgument(ctx, resolved, frame) : null);
  if (!bound) return null;
  const echo = echoPaths(ctx, bound.arg, isOriginValue, depth, bound.frame);
  if (!echo) return null;
  return { ...echo, paths: echo.paths.map((p) => ({ conditions: p.conditions, parameters: [bound.param, ...(p.parameters ?? [])] })) };
}

/**
 * The ways `valueNode` can be the origin, or null when it cannot. A value
 * that is the origin itself has one path without conditions.
 */
export function echoPaths(ctx: ValueContext, valueNode: Node, isOriginValue: (n: Node) => boolean, depth = 0, frame: Frame | null = null): EchoPaths | null {
  // Values that lead back to themselves (`const v = o ? v : v`): past the bounds, not an echo.
  if (nesting === 0) steps = 0;
  if (nesting >= MAX_NESTING || ++steps > MAX_STEPS) return null;
  nesting++;
  try {
    return valueEchoes(ctx, valueNode, isOriginValue, depth, frame);
  } finally {
    nesting--;
  }
}

/** Values being read, one inside another, and the most that may be. */
let nesting = 0;
const MAX_NESTING = 24;
/** Values read for one header value, and the most that may be. */
let steps = 0;
const MAX_STEPS = 256;

function valueEchoes(ctx: ValueContext, valueNode: Node, isOriginValue: (n: Node) => boolean, depth: number, frame: Frame | null): EchoPaths | null {
  if (isOriginValue(valueNode)) return { echoNode: valueNode, paths: [{ conditions: [] }], throughCall: false, origin: valueNode };
  const passed = frame ? parameterPaths(ctx, valueNode, isOriginValue, depth, frame) : null;
  if (passed) return passed;
  const value = resolveExpression(ctx, valueNode);
  if (value.type === AST_NODE_TYPES.ConditionalExpression || value.type === AST_NODE_TYPES.LogicalExpression) {
    const found = leafEchoes(ctx, value, isOriginValue, depth, frame);
    if (found.length === 0) return null;
    return { echoNode: found[0]!.echoNode, paths: found.map((f) => f.path), throughCall: found.some((f) => f.throughCall), origin: found[0]!.origin };
  }
  // `String(pick(o))`, `` `${o}` `` inside a followed function: what is re-spelled.
  const respelled = sameValueAs(ctx, value);
  if (respelled) return echoPaths(ctx, respelled, isOriginValue, depth, frame);
  if (value.type === AST_NODE_TYPES.CallExpression) {
    const found = returnedPaths(ctx, value, isOriginValue, depth, frame);
    if (found.length === 0) return null;
    return { echoNode: valueNode, paths: found.map((f) => f.path), throughCall: true, origin: found[0]!.leaf };
  }
  const current = unwrap(valueNode);
  if (current.type !== AST_NODE_TYPES.Identifier) return null;
  const paths = assignedPaths(ctx, current, isOriginValue);
  return paths ? { echoNode: valueNode, paths, throughCall: false, origin: valueNode } : null;
}
