/**
 * Origin decisions: the conditions under which a piece of code trusts an
 * origin, and what those conditions amount to. Serves both origin callbacks
 * of CORS libraries (`origin: (origin, cb) => …`) and hand-written reflection
 * (`if (allowed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin)`).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { OriginCheckClassifier, type CheckVerdict, type WeakCheck } from './origin-checks.js';
import { findVariable, getStaticValue, isFunctionNode, resolveExpression, unwrap, walk, type FunctionNode, type ValueContext } from './values.js';

type Node = TSESTree.Node;

export interface Condition {
  readonly test: Node;
  /** The decision happens when `test` is false. */
  readonly negated: boolean;
}

export type DecisionVerdict =
  /** Nothing about the origin is checked on this path: any origin passes. */
  | { readonly kind: 'unguarded' }
  | { readonly kind: 'safe' }
  | { readonly kind: 'weak'; readonly checks: readonly WeakCheck[] }
  /** Guarded by something the analysis cannot judge, or by conditions unrelated to the origin (stay silent). */
  | { readonly kind: 'unknown' };

function exits(statement: Node): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (statement.type === AST_NODE_TYPES.BlockStatement) {
    const last = statement.body.at(-1);
    return last !== undefined && exits(last);
  }
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
    // next(err) / cb(new Error()) as the last thing done is not an exit; `return` is required.
    return false;
  }
  return false;
}

/** The conditions that hold whenever `node` runs, up to (not including) `boundary`. */
export function conditionsOf(node: Node, boundary: Node): Condition[] {
  const conditions: Condition[] = [];
  let child: Node = node;
  let current: Node | undefined = node.parent;
  while (current && current !== boundary) {
    switch (current.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (child === current.consequent) conditions.push({ test: current.test, negated: false });
        else if (child === current.alternate) conditions.push({ test: current.test, negated: true });
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (child === current.right) conditions.push({ test: current.left, negated: current.operator === '||' });
        break;
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.SwitchCase: {
        const body: Node[] = current.type === AST_NODE_TYPES.BlockStatement ? current.body : current.consequent;
        const index = body.indexOf(child);
        for (let i = 0; i < index; i++) {
          const statement = body[i]!;
          if (statement.type === AST_NODE_TYPES.IfStatement && exits(statement.consequent) && !statement.alternate) {
            conditions.push({ test: statement.test, negated: true });
          }
        }
        break;
      }
      default:
        break;
    }
    if (isFunctionNode(current)) break;
    child = current;
    current = current.parent;
  }
  return conditions;
}

/** Judges the conjunction of conditions on one path. */
export function judgeConditions(
  ctx: ValueContext,
  classifier: OriginCheckClassifier,
  conditions: readonly Condition[],
  isOrigin: (n: Node) => boolean,
): DecisionVerdict {
  const verdicts: CheckVerdict[] = conditions.map((c) =>
    c.negated ? classifyNegated(ctx, classifier, c.test, isOrigin) : classifyPositive(classifier, c.test, isOrigin),
  );
  if (verdicts.some((v) => v.kind === 'safe' || v.kind === 'absent')) return { kind: 'safe' };
  const weak = verdicts.flatMap((v) => (v.kind === 'weak' ? v.checks : []));
  if (weak.length > 0) return { kind: 'weak', checks: weak };
  if (verdicts.some((v) => v.kind === 'unknown' || v.kind === 'unrelated')) return { kind: 'unknown' };
  return { kind: 'unguarded' };
}

/** A bare truthiness test of the origin (`if (origin)`) restricts nothing. */
function isPresenceTest(test: Node, isOrigin: (n: Node) => boolean): boolean {
  const node = unwrap(test);
  if (isOrigin(node)) return true;
  if (node.type === AST_NODE_TYPES.BinaryExpression && (node.operator === '!==' || node.operator === '!=')) {
    const [a, b] = [unwrap(node.left), unwrap(node.right)];
    const other = isOrigin(a) ? b : isOrigin(b) ? a : null;
    if (other) {
      const isNullish = (other.type === AST_NODE_TYPES.Identifier && other.name === 'undefined') || (other.type === AST_NODE_TYPES.Literal && other.value === null);
      return isNullish;
    }
  }
  return false;
}

const PRESENT: CheckVerdict = { kind: 'weak', checks: [] };

function classifyPositive(classifier: OriginCheckClassifier, test: Node, isOrigin: (n: Node) => boolean): CheckVerdict {
  if (isPresenceTest(test, isOrigin)) return PRESENT;
  return classifier.classify(test);
}

function classifyNegated(ctx: ValueContext, classifier: OriginCheckClassifier, test: Node, isOrigin: (n: Node) => boolean): CheckVerdict {
  const node = unwrap(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    // `if (!origin) return …` followed by the decision: the origin is merely present.
    if (isOrigin(unwrap(node.argument))) return PRESENT;
    return classifyPositive(classifier, node.argument, isOrigin);
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression) {
    if (node.operator === '!==' || node.operator === '!=') {
      return classifier.classify({ ...node, operator: node.operator === '!==' ? '===' : '==' } as TSESTree.BinaryExpression);
    }
    if (node.operator === '===' || node.operator === '==' || node.operator === '<') {
      // allowed.indexOf(origin) === -1 → return; the decision runs when it is found.
      const value = getStaticValue(ctx, unwrap(node.right)) ?? getStaticValue(ctx, unwrap(node.left));
      if (value && (value.value === -1 || value.value === 0)) return classifier.classify(node);
    }
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '||') {
    // !(a || b) = !a && !b
    const left = classifyNegated(ctx, classifier, node.left, isOrigin);
    const right = classifyNegated(ctx, classifier, node.right, isOrigin);
    if (left.kind === 'safe' || right.kind === 'safe') return { kind: 'safe' };
    if (left.kind === 'weak' || right.kind === 'weak') {
      return { kind: 'weak', checks: [...(left.kind === 'weak' ? left.checks : []), ...(right.kind === 'weak' ? right.checks : [])] };
    }
  }
  const verdict = classifier.classify(test);
  return verdict.kind === 'unrelated' ? verdict : { kind: 'unknown' };
}


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

/**
 * Classifies an origin callback by its return paths or `cb(...)` calls.
 * `isOriginExtra` recognises origin reads other than the first parameter (Koa's `ctx.get('Origin')`).
 */
export function analyzeOriginCallback(ctx: ValueContext, fn: FunctionNode, style: CallbackStyle, isOriginExtra: (n: Node) => boolean = () => false): CallbackAnalysis {
  const originParam = style === 'return' && isOriginExtraOnly(fn) ? null : fn.params[0];
  const originVariable = originParam?.type === AST_NODE_TYPES.Identifier ? findVariable(ctx, originParam) : null;
  const isOrigin = (n: Node): boolean => {
    const node = unwrap(n);
    if (isOriginExtra(node)) return true;
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(ctx, node);
    if (!variable) return false;
    if (variable === originVariable) return true;
    // const o = origin; const o = ctx.get('Origin')
    const resolved = resolveExpression(ctx, node);
    return resolved !== node && isOrigin(resolved);
  };
  const classifier = new OriginCheckClassifier(ctx, isOrigin);
  const decisions: Decision[] = [];
  const outcomeOf = (value: Node | undefined, allowIfBoolean: boolean): Array<{ node: Node; extra: Condition[]; outcome: Decision['outcome'] }> => {
    if (!value) return [{ node: fn, extra: [], outcome: 'deny' }];
    const node = unwrap(value);
    if (node.type === AST_NODE_TYPES.ConditionalExpression) {
      return [
        ...outcomeOf(node.consequent, allowIfBoolean).map((o) => ({ ...o, extra: [{ test: node.test, negated: false }, ...o.extra] })),
        ...outcomeOf(node.alternate, allowIfBoolean).map((o) => ({ ...o, extra: [{ test: node.test, negated: true }, ...o.extra] })),
      ];
    }
    if (isOrigin(node)) return [{ node, extra: [], outcome: 'echo' }];
    const stat = getStaticValue(ctx, node);
    if (stat) {
      if (stat.value === true) return [{ node, extra: [], outcome: allowIfBoolean ? 'allow' : 'unknown' }];
      if (stat.value === false || stat.value === null || stat.value === undefined || stat.value === '') return [{ node, extra: [], outcome: 'deny' }];
      if (typeof stat.value === 'string') return [{ node, extra: [], outcome: stat.value === '*' ? 'allow' : 'fixed' }];
      return [{ node, extra: [], outcome: 'unknown' }];
    }
    if (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') return [{ node, extra: [], outcome: 'deny' }];
    // cb(null, allowed.includes(origin)): the value is itself the check.
    if (allowIfBoolean) {
      const verdict = classifier.classify(node);
      if (verdict.kind !== 'unrelated') return [{ node, extra: [{ test: node, negated: false }], outcome: 'allow' }];
    }
    return [{ node, extra: [], outcome: 'unknown' }];
  };

  if (style === 'node-callback') {
    const cbParam = fn.params[1];
    const cbVariable = cbParam?.type === AST_NODE_TYPES.Identifier ? findVariable(ctx, cbParam) : null;
    if (!cbVariable) return { kind: 'unknown', permissive: null, weakChecks: [], nullEntries: [] };
    for (const ref of cbVariable.references) {
      const call = ref.identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== ref.identifier) continue;
      const [error, value] = call.arguments;
      const errorValue = error ? getStaticValue(ctx, error) : { value: null };
      if (!errorValue || (errorValue.value !== null && errorValue.value !== undefined)) {
        decisions.push({ node: call, conditions: conditionsOf(call, fn), outcome: 'deny' });
        continue;
      }
      for (const o of outcomeOf(value as Node | undefined, true)) {
        decisions.push({ node: o.outcome === 'allow' || o.outcome === 'echo' ? call : o.node, conditions: [...conditionsOf(call, fn), ...o.extra], outcome: o.outcome });
      }
    }
  } else {
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
    for (const r of returns) {
      const value = r.value && unwrap(r.value).type === AST_NODE_TYPES.AwaitExpression ? (unwrap(r.value) as TSESTree.AwaitExpression).argument : r.value;
      for (const o of outcomeOf(value, true)) {
        decisions.push({ node: o.node, conditions: [...conditionsOf(r.node, fn), ...o.extra], outcome: o.outcome });
      }
    }
  }

  let permissive: Node | null = null;
  let echo = false;
  let unknown = false;
  const weakChecks: WeakCheck[] = [];
  for (const decision of decisions) {
    if (decision.outcome === 'deny' || decision.outcome === 'fixed') continue;
    if (decision.outcome === 'unknown') {
      unknown = true;
      continue;
    }
    const verdict = judgeConditions(ctx, classifier, decision.conditions, isOrigin);
    if (verdict.kind === 'unguarded') {
      permissive ??= decision.node;
      if (decision.outcome === 'echo') echo = true;
    } else if (verdict.kind === 'weak') {
      weakChecks.push(...verdict.checks);
    } else if (verdict.kind === 'unknown') {
      unknown = true;
    }
  }
  const nullEntries = classifier.nullEntries.map((e) => e.node);
  if (permissive) return { kind: echo ? 'echo' : 'allow-all', permissive, weakChecks, nullEntries };
  if (weakChecks.length > 0) return { kind: 'weak', permissive: null, weakChecks, nullEntries };
  if (unknown) return { kind: 'unknown', permissive: null, weakChecks: [], nullEntries };
  const allows = decisions.some((d) => d.outcome === 'allow' || d.outcome === 'echo');
  return { kind: allows ? 'safe' : 'deny', permissive: null, weakChecks: [], nullEntries };
}

/** Koa-style callbacks take the context, not the origin. */
function isOriginExtraOnly(fn: FunctionNode): boolean {
  const first = fn.params[0];
  return first?.type === AST_NODE_TYPES.Identifier && /^(ctx|context|c)$/.test(first.name);
}
