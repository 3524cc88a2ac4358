/**
 * Origin decisions: the conditions under which a piece of code trusts an
 * origin, and what those conditions amount to. Serves both origin callbacks
 * of CORS libraries (`origin: (origin, cb) => …`) and hand-written reflection
 * (`if (allowed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin)`).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { OriginCheckClassifier, type WeakCheck } from './origin-checks.js';
import { conditionsOf, judgePath, type Condition } from './paths.js';
import { findVariable, getStaticValue, isFunctionNode, resolveExpression, unwrap, walk, type FunctionNode, type ValueContext } from '../core/values.js';

export { conditionsOf, isRoutingTest, judgeConditions, judgePath, type Condition, type DecisionVerdict } from './paths.js';

type Node = TSESTree.Node;

/** What an origin callback of a CORS library does with the request origin. */
export type CallbackKind = 'allow-all' | 'echo' | 'safe' | 'weak' | 'unknown' | 'deny';

export interface CallbackAnalysis {
  readonly kind: CallbackKind;
  /** Where any origin is let through (the `cb(null, true)` call, the `return origin`). */
  readonly permissive: Node | null;
  readonly weakChecks: readonly WeakCheck[];
  /** `'null'` entries of allowlists the callback checks against. */
  readonly nullEntries: readonly Node[];
}

export type CallbackStyle =
  /** `(origin, callback) => callback(null, allow)` — cors, @fastify/cors. */
  | 'node-callback'
  /** `(origin) => value` — hono (string), h3 (boolean), @koa/cors (ctx → string). */
  | 'return';

interface Decision {
  readonly node: Node;
  readonly conditions: Condition[];
  /** `echo` returns the origin itself, `allow` lets it through (true), `fixed` names one origin. */
  readonly outcome: 'allow' | 'echo' | 'fixed' | 'deny' | 'unknown';
}

/** The calls of a callback parameter, through aliases (`const done = cb`); null when it escapes (passed on, `.call`). */
function callbackCalls(ctx: ValueContext, param: TSESTree.Identifier): TSESTree.CallExpression[] | null {
  const calls: TSESTree.CallExpression[] = [];
  const seen = new Set<unknown>();
  const visit = (id: TSESTree.Identifier, depth: number): boolean => {
    const variable = findVariable(ctx, id);
    if (!variable || seen.has(variable) || depth > 4) return variable !== null;
    seen.add(variable);
    for (const ref of variable.references) {
      if (ref.init) continue;
      const parent = ref.identifier.parent;
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === ref.identifier) {
        calls.push(parent);
      } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === ref.identifier && parent.id.type === AST_NODE_TYPES.Identifier) {
        if (!visit(parent.id, depth + 1)) return false;
      } else if (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'typeof') {
        continue;
      } else {
        return false;
      }
    }
    return true;
  };
  return visit(param, 0) ? calls : null;
}

function parameterName(param: Node | undefined): TSESTree.Identifier | null {
  if (param?.type === AST_NODE_TYPES.Identifier) return param;
  if (param?.type === AST_NODE_TYPES.AssignmentPattern && param.left.type === AST_NODE_TYPES.Identifier) return param.left;
  return null;
}


type Outcome = Decision['outcome'];

interface OutcomeOf {
  readonly node: Node;
  readonly extra: Condition[];
  readonly outcome: Outcome;
}

/** Reads what one returned or passed value decides. */
class OutcomeReader {
  constructor(
    private readonly ctx: ValueContext,
    private readonly classifier: OriginCheckClassifier,
    private readonly isOrigin: (n: Node) => boolean,
    private readonly fn: FunctionNode,
  ) {}

  /** The outcomes of `value`, one per branch of a conditional expression. */
  outcomes(value: Node | undefined, depth = 0): OutcomeOf[] {
    if (!value) return [{ node: this.fn, extra: [], outcome: 'deny' }];
    const node = unwrap(value);
    if (node.type === AST_NODE_TYPES.ConditionalExpression && depth < 16) {
      return [
        ...this.outcomes(node.consequent, depth + 1).map((o) => ({ ...o, extra: [{ test: node.test, negated: false }, ...o.extra] })),
        ...this.outcomes(node.alternate, depth + 1).map((o) => ({ ...o, extra: [{ test: node.test, negated: true }, ...o.extra] })),
      ];
    }
    if (this.isOrigin(node)) return [{ node, extra: [], outcome: 'echo' }];
    const stat = getStaticValue(this.ctx, node);
    if (stat) return [{ node, extra: [], outcome: staticOutcome(stat.value) }];
    if (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') return [{ node, extra: [], outcome: 'deny' }];
    // cb(null, allowed.includes(origin)), cb(null, ok) with `const ok = allowed.includes(origin)`: the value is itself the check.
    const check = resolveExpression(this.ctx, node);
    const verdict = this.classifier.classify(check);
    if (verdict.kind !== 'unrelated' && verdict.kind !== 'unknown') return [{ node, extra: [{ test: check, negated: false }], outcome: 'allow' }];
    return [{ node, extra: [], outcome: 'unknown' }];
  }
}

function staticOutcome(value: unknown): Outcome {
  if (value === true) return 'allow';
  if (value === false || value === null || value === undefined || value === '') return 'deny';
  if (typeof value === 'string') return value === '*' ? 'allow' : 'fixed';
  return 'unknown';
}

/** The decisions of `(origin, cb) => cb(null, …)`: one per call of the callback; null when the callback escapes. */
function callbackDecisions(ctx: ValueContext, fn: FunctionNode, reader: OutcomeReader): { decisions: Decision[]; unknown: boolean } | null {
  const cbParam = parameterName(fn.params[1]);
  const calls = cbParam ? callbackCalls(ctx, cbParam) : null;
  if (!calls) return null;
  const decisions: Decision[] = [];
  let unknown = false;
  for (const call of calls) {
    const [error, value] = call.arguments;
    if (error?.type === AST_NODE_TYPES.SpreadElement || value?.type === AST_NODE_TYPES.SpreadElement) {
      unknown = true;
      continue;
    }
    const errorValue = error ? getStaticValue(ctx, error) : { value: null };
    if (!errorValue || (errorValue.value !== null && errorValue.value !== undefined)) {
      decisions.push({ node: call, conditions: conditionsOf(call, fn), outcome: 'deny' });
      continue;
    }
    for (const o of reader.outcomes(value)) {
      decisions.push({ node: o.outcome === 'allow' || o.outcome === 'echo' ? call : o.node, conditions: [...conditionsOf(call, fn), ...o.extra], outcome: o.outcome });
    }
  }
  return { decisions, unknown };
}

/** The decisions of `(origin) => value`: one per returned value. */
function returnDecisions(ctx: ValueContext, fn: FunctionNode, reader: OutcomeReader): Decision[] {
  const returns: Array<{ node: Node; value: Node | undefined }> = [];
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    returns.push({ node: fn.body, value: fn.body });
  } else {
    walk(ctx, fn.body, (n) => {
      if (n !== fn && isFunctionNode(n)) return false;
      if (n.type === AST_NODE_TYPES.ReturnStatement) returns.push({ node: n, value: n.argument ?? undefined });
      return undefined;
    });
  }
  const decisions: Decision[] = [];
  for (const r of returns) {
    const value = r.value && unwrap(r.value).type === AST_NODE_TYPES.AwaitExpression ? (unwrap(r.value) as TSESTree.AwaitExpression).argument : r.value;
    for (const o of reader.outcomes(value)) {
      decisions.push({ node: o.node, conditions: [...conditionsOf(r.node, fn), ...o.extra], outcome: o.outcome });
    }
  }
  return decisions;
}

/** True for the callback's origin parameter, an alias of it, or an extra origin read. */
function originTest(ctx: ValueContext, fn: FunctionNode, style: CallbackStyle, isOriginExtra: (n: Node) => boolean): (n: Node) => boolean {
  const originParam = style === 'return' && isOriginExtraOnly(fn) ? null : parameterName(fn.params[0]);
  const originVariable = originParam ? findVariable(ctx, originParam) : null;
  const isOrigin = (n: Node, depth = 0): boolean => {
    const node = unwrap(n);
    if (isOriginExtra(node)) return true;
    if (node.type !== AST_NODE_TYPES.Identifier || depth > 8) return false;
    const variable = findVariable(ctx, node);
    if (!variable) return false;
    if (variable === originVariable) return true;
    // const o = origin; const o = ctx.get('Origin')
    const resolved = resolveExpression(ctx, node);
    return resolved !== node && isOrigin(resolved, depth + 1);
  };
  return (n) => isOrigin(n);
}

/**
 * Classifies an origin callback by its return paths or `cb(...)` calls.
 * `isOriginExtra` recognises origin reads other than the first parameter (Koa's `ctx.get('Origin')`).
 */
export function analyzeOriginCallback(ctx: ValueContext, fn: FunctionNode, style: CallbackStyle, isOriginExtra: (n: Node) => boolean = () => false): CallbackAnalysis {
  const isOrigin = originTest(ctx, fn, style, isOriginExtra);
  const classifier = new OriginCheckClassifier(ctx, isOrigin);
  const reader = new OutcomeReader(ctx, classifier, isOrigin, fn);
  if (style === 'node-callback') {
    const found = callbackDecisions(ctx, fn, reader);
    if (!found) return { kind: 'unknown', permissive: null, weakChecks: [], nullEntries: [] };
    return summarize(classifier, found.decisions, isOrigin, found.unknown);
  }
  return summarize(classifier, returnDecisions(ctx, fn, reader), isOrigin, false);
}

/** What the decisions of a callback amount to together: the most permissive path decides. */
function summarize(classifier: OriginCheckClassifier, decisions: readonly Decision[], isOrigin: (n: Node) => boolean, unknownSeen: boolean): CallbackAnalysis {
  let unknown = unknownSeen;
  let permissive: Node | null = null;
  let echo = false;
  const weakChecks: WeakCheck[] = [];
  const nullEntries: Node[] = [];
  for (const decision of decisions) {
    if (decision.outcome === 'deny' || decision.outcome === 'fixed') continue;
    if (decision.outcome === 'unknown') {
      unknown = true;
      continue;
    }
    const { verdict, nullEntries: trusted } = judgePath(classifier, decision.conditions, isOrigin);
    nullEntries.push(...trusted);
    if (verdict.kind === 'unguarded') {
      permissive ??= decision.node;
      if (decision.outcome === 'echo') echo = true;
    } else if (verdict.kind === 'weak') {
      weakChecks.push(...verdict.checks);
    } else if (verdict.kind === 'unknown') {
      unknown = true;
    }
  }
  const uniqueNulls = [...new Set(nullEntries)];
  if (permissive) return { kind: echo ? 'echo' : 'allow-all', permissive, weakChecks, nullEntries: uniqueNulls };
  if (weakChecks.length > 0) return { kind: 'weak', permissive: null, weakChecks, nullEntries: uniqueNulls };
  if (unknown) return { kind: 'unknown', permissive: null, weakChecks: [], nullEntries: uniqueNulls };
  const allows = decisions.some((d) => d.outcome === 'allow' || d.outcome === 'echo');
  return { kind: allows ? 'safe' : 'deny', permissive: null, weakChecks: [], nullEntries: uniqueNulls };
}

/** Koa-style callbacks take the context, not the origin. */
function isOriginExtraOnly(fn: FunctionNode): boolean {
  const first = fn.params[0];
  return first?.type === AST_NODE_TYPES.Identifier && /^(ctx|context|c)$/.test(first.name);
}
