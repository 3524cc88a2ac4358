/**
 * The values a `let` (or `var`) variable can hold at one use: its initial
 * value and the assignments that run before the use, in order. An assignment
 * in a branch adds its value under the branch's condition; one that always
 * runs replaces what came before. Assignments the order of which is not
 * known (in a callback, in a loop after the use) make the value partly unknown.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  joinAlternatives,
  MAX_ALTERNATIVES,
  undefinedAlternative,
  unknownAlternative,
  withCondition,
  type Alternative,
} from './alternatives.js';
import { branchPath, commonAncestor, LOOPS } from './branches.js';
import type { ValueContext } from './context.js';
import { combineLogical } from './logical.js';
import { nearestFunction } from './values.js';

type Node = TSESTree.Node;
type Resolve = (ctx: ValueContext, node: Node, depth: number) => Alternative[];

/** Most assignments to one variable that are followed. */
const MAX_WRITES = 12;

const LOGICAL_ASSIGNMENTS: Readonly<Record<string, '||' | '&&' | '??'>> = { '||=': '||', '&&=': '&&', '??=': '??' };

/** The values one assignment stores, given the values held before it. */
function assignedValues(
  ctx: ValueContext,
  id: TSESTree.Identifier,
  before: readonly Alternative[],
  depth: number,
  resolve: Resolve,
): Alternative[] {
  const parent = id.parent;
  if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.left !== id) return [unknownAlternative(ctx, parent ?? id, 'opaque')];
  if (parent.operator === '=') return resolve(ctx, parent.right, depth + 1);
  const logical = LOGICAL_ASSIGNMENTS[parent.operator];
  if (!logical) return [unknownAlternative(ctx, parent, 'opaque')];
  return combineLogical(ctx, parent, logical, id, before, () => resolve(ctx, parent.right, depth + 1));
}

function initialValues(ctx: ValueContext, declarator: Node, depth: number, resolve: Resolve): Alternative[] {
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator) return [unknownAlternative(ctx, declarator, 'opaque')];
  // `for (let x of list)` and `for (let x in o)` assign on every iteration.
  const loop = declarator.parent?.parent;
  if (loop?.type === AST_NODE_TYPES.ForOfStatement || loop?.type === AST_NODE_TYPES.ForInStatement) return [unknownAlternative(ctx, declarator, 'opaque')];
  return declarator.init ? resolve(ctx, declarator.init, depth + 1) : [undefinedAlternative(ctx, declarator)];
}

/** True when a loop inside `owner` contains `node`. */
function loopAround(node: Node, owner: Node): boolean {
  for (let current: Node | undefined = node; current && current !== owner; current = current.parent) {
    if (LOOPS.has(current.type)) return true;
  }
  return false;
}

/** The values of `variable` where `use` reads it. */
export function variableWriteAlternatives(
  ctx: ValueContext,
  variable: TSESLint.Scope.Variable,
  use: TSESTree.Identifier,
  depth: number,
  resolve: Resolve,
): Alternative[] {
  const declarator = variable.defs[0]!.node as Node;
  const writes = variable.references.filter((ref) => ref.isWrite() && !ref.init).map((ref) => ref.identifier as TSESTree.Identifier);
  if (writes.length > MAX_WRITES) return [unknownAlternative(ctx, use, 'bound')];
  writes.sort((a, b) => a.range[0] - b.range[0]);
  const owner = variable.scope.variableScope.block as Node;
  const useOwner = nearestFunction(use) ?? ctx.sourceCode.ast;
  // Read in a function the variable's own function created: it runs later, after any of the assignments.
  const closure = useOwner !== owner;
  let current = initialValues(ctx, declarator, depth, resolve);
  for (const write of writes) {
    const statement = write.parent ?? write;
    const later = write.range[0] > use.range[0];
    const outer = closure ? owner : commonAncestor(statement, use);
    if (!outer) return [unknownAlternative(ctx, use, 'opaque')];
    const path = branchPath(ctx, statement, outer);
    if (!closure && later) {
      // An assignment after the use reaches it only through a loop around both.
      if (loopAround(outer, owner) || path.inLoop) current = [...current, unknownAlternative(ctx, statement, 'opaque')];
      continue;
    }
    if (path.inFunction) {
      current = [...current, unknownAlternative(ctx, statement, 'opaque')];
      continue;
    }
    const values = assignedValues(ctx, write, current, depth, resolve);
    if (!closure && path.conditions.length === 0 && !path.conditional && !path.inLoop) {
      current = values;
    } else {
      const stays = withCondition(current, closure ? null : path.negation);
      const taken = path.conditions.reduceRight((alts, c) => withCondition(alts, c), values);
      current = joinAlternatives(ctx, use, [stays, taken]);
    }
    if (current.length > MAX_ALTERNATIVES) return [unknownAlternative(ctx, use, 'bound')];
  }
  return current;
}
