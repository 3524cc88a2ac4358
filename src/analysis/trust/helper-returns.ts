/**
 * What a helper function answers about the origin: the union, over the paths
 * on which it answers yes (returns something truthy, or passes it to its
 * callback), of the conditions on that path and the answer itself.
 * `function isAllowed(o) { if (!o) return false; return ALLOWED.has(o); }` is
 * judged like `o && ALLOWED.has(o)`.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { conditionsOf, conjunction, type ConditionJudge } from './path-conditions.js';
import { allOf, anyOf, OPEN, SAFE, UNKNOWN, type CheckVerdict } from './verdicts.js';
import { findVariable, getStaticValue, isFunctionNode, unwrap, walk, type FunctionNode, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

/** Answers of one helper judged before giving up as unknown. */
const MAX_ANSWERS = 16;

export interface AnswerJudge extends ConditionJudge {
  isOriginOrHost(node: Node): boolean;
}

interface Answer {
  /** Where the answer is given (the `return`, the callback call). */
  readonly site: Node;
  readonly value: Node | undefined;
}

/** The verdict of one answer: null when it is always no. */
function answerVerdict(ctx: ValueContext, fn: FunctionNode, answer: Answer, judge: AnswerJudge): CheckVerdict | null {
  let value = answer.value ? unwrap(answer.value) : undefined;
  if (value?.type === AST_NODE_TYPES.AwaitExpression) value = unwrap(value.argument);
  if (!value) return null;
  let own: CheckVerdict | null = null;
  const stat = getStaticValue(ctx, value);
  if (stat) {
    if (!stat.value) return null;
  } else if (!judge.isOriginOrHost(value)) {
    own = judge.classify(value);
    // An answer that does not look at the origin (a flag, a lookup) cannot be judged.
    if (own.kind === 'unrelated') return UNKNOWN;
  }
  const path = conjunction(judge, conditionsOf(answer.site, fn));
  if (own && path) return allOf(own, path);
  return own ?? path ?? OPEN;
}

/** Either answer: the weakest decides; with no yes at all, nothing is trusted. */
function judgeAnswers(ctx: ValueContext, fn: FunctionNode, answers: readonly Answer[], judge: AnswerJudge): CheckVerdict {
  if (answers.length > MAX_ANSWERS) return UNKNOWN;
  let result: CheckVerdict | null = null;
  for (const answer of answers) {
    const verdict = answerVerdict(ctx, fn, answer, judge);
    if (verdict) result = result ? anyOf(result, verdict) : verdict;
  }
  return result ?? SAFE;
}

/** `return …` statements of `fn` (not of functions inside it); an expression body is one answer. */
export function judgeReturns(ctx: ValueContext, fn: FunctionNode, judge: AnswerJudge): CheckVerdict {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return judgeAnswers(ctx, fn, [{ site: fn.body, value: fn.body }], judge);
  const answers: Answer[] = [];
  walk(ctx, fn.body, (n) => {
    if (isFunctionNode(n)) return false;
    if (n.type === AST_NODE_TYPES.ReturnStatement) answers.push({ site: n, value: n.argument ?? undefined });
    return undefined;
  });
  return judgeAnswers(ctx, fn, answers, judge);
}

/**
 * The answers `fn` passes to its callback parameter `callback`, at argument
 * `index` (`cb(null, list.includes(origin))`); unknown when the callback is
 * handed on or called with an error.
 */
export function judgeCallbackAnswers(ctx: ValueContext, fn: FunctionNode, callback: TSESTree.Identifier, index: number, judge: AnswerJudge): CheckVerdict {
  const variable = findVariable(ctx, callback);
  if (!variable) return UNKNOWN;
  const answers: Answer[] = [];
  for (const ref of variable.references) {
    const call = ref.identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== ref.identifier) return UNKNOWN;
    const args = call.arguments;
    if (args.some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return UNKNOWN;
    const error = index > 0 ? args[0] : undefined;
    const errorValue = error ? getStaticValue(ctx, error) : { value: null };
    // cb(new Error(…)): the callback's error branch, not a yes.
    if (!errorValue || (errorValue.value !== null && errorValue.value !== undefined)) continue;
    answers.push({ site: call, value: args[index] as Node | undefined });
  }
  return judgeAnswers(ctx, fn, answers, judge);
}
