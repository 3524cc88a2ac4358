/**
 * Origin decisions: the conditions under which a piece of code trusts an
 * origin, and what those conditions amount to. Serves both origin callbacks
 * of CORS libraries (`origin: (origin, cb) => …`) and hand-written reflection
 * (`if (allowed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin)`).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { allOf, OriginCheckClassifier, type CheckVerdict, type WeakCheck } from './origin-checks.js';
import { alwaysExits } from '../core/control-flow.js';
import { findVariable, getStaticValue, isFunctionNode, resolveExpression, unwrap, walk, type FunctionNode, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

export interface Condition {
  /** The tested expression; for a `switch` case, the discriminant. */
  readonly test: Node;
  /** The decision happens when `test` is false. */
  readonly negated: boolean;
  /** For a `switch` case: the case values that lead to the body (the discriminant equals one of them). */
  readonly cases?: readonly Node[];
}

export type DecisionVerdict =
  /** Nothing about the origin is checked on this path: any origin passes. */
  | { readonly kind: 'unguarded' }
  | { readonly kind: 'safe' }
  | { readonly kind: 'weak'; readonly checks: readonly WeakCheck[] }
  /** Guarded by something the analysis cannot judge, or by conditions unrelated to the origin (stay silent). */
  | { readonly kind: 'unknown' };

/** `switch (x) { case a: case b: … }`: the condition under which a case body runs, or null for `default`. */
function caseCondition(switchCase: TSESTree.SwitchCase): Condition | null {
  const statement = switchCase.parent;
  if (statement?.type !== AST_NODE_TYPES.SwitchStatement) return null;
  const index = statement.cases.indexOf(switchCase);
  // Cases that fall through into this one (empty bodies before it).
  let first = index;
  while (first > 0 && statement.cases[first - 1]!.consequent.length === 0) first--;
  const cases: Node[] = [];
  for (let i = first; i <= index; i++) {
    const test = statement.cases[i]!.test;
    if (!test) return null;
    cases.push(test);
  }
  return { test: statement.discriminant, negated: false, cases };
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
        if (child === current.right && current.operator !== '??') conditions.push({ test: current.left, negated: current.operator === '||' });
        break;
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.SwitchCase: {
        const body: Node[] = current.type === AST_NODE_TYPES.BlockStatement ? current.body : current.consequent;
        const index = body.indexOf(child);
        for (let i = 0; i < index; i++) {
          const statement = body[i]!;
          if (statement.type === AST_NODE_TYPES.IfStatement && alwaysExits(statement.consequent) && !statement.alternate) {
            conditions.push({ test: statement.test, negated: true });
          }
        }
        if (current.type === AST_NODE_TYPES.SwitchCase && index >= 0) {
          const condition = caseCondition(current);
          if (condition) conditions.push(condition);
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

/** Request properties that route a request without saying anything about who may read the answer. */
const ROUTING_PROPERTIES = new Set(['method', 'path', 'pathname', 'url', 'originalUrl', 'route']);

function isRoutingRead(node: Node): boolean {
  let current = unwrap(node);
  // req.method.toUpperCase(), req.path.startsWith('/api')
  while (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
    current = unwrap(current.callee.object);
  }
  return (
    current.type === AST_NODE_TYPES.MemberExpression &&
    !current.computed &&
    current.property.type === AST_NODE_TYPES.Identifier &&
    ROUTING_PROPERTIES.has(current.property.name)
  );
}

/**
 * `req.method === 'OPTIONS'`, `req.path.startsWith('/api')`: conditions on the
 * route, which let every origin through as much as no condition at all.
 */
export function isRoutingTest(test: Node): boolean {
  const node = unwrap(test);
  if (node.type === AST_NODE_TYPES.BinaryExpression) return isRoutingRead(node.left) || isRoutingRead(node.right);
  if (node.type === AST_NODE_TYPES.CallExpression) return isRoutingRead(node);
  if (node.type === AST_NODE_TYPES.LogicalExpression) return isRoutingTest(node.left) && isRoutingTest(node.right);
  return false;
}

/**
 * Judges the conjunction of conditions on one path. Conditions on the route,
 * and flags that do not look at the origin, restrict nothing: every origin
 * passes them. (A deployment switch such as `process.env.NODE_ENV` is unknown
 * to the classifier: the path is a development setting, not judged.)
 */
export function judgeConditions(classifier: OriginCheckClassifier, conditions: readonly Condition[]): DecisionVerdict {
  let verdict: CheckVerdict | null = null;
  for (const c of conditions) {
    if (c.cases ? isRoutingRead(c.test) : isRoutingTest(c.test)) continue;
    const v = c.cases ? classifier.classifyCases(c.test, c.cases) : c.negated ? classifier.classifyNegated(c.test) : classifier.classify(c.test);
    if (v.kind === 'unrelated') continue;
    verdict = verdict ? allOf(verdict, v) : v;
  }
  if (!verdict) return { kind: 'unguarded' };
  switch (verdict.kind) {
    case 'safe':
    case 'absent':
      return { kind: 'safe' };
    case 'weak':
      return verdict.checks.length > 0 ? { kind: 'weak', checks: verdict.checks } : { kind: 'unguarded' };
    case 'open':
      return { kind: 'unguarded' };
    default:
      return { kind: 'unknown' };
  }
}

/**
 * Judges one path and the `'null'` entries it trusts: none when the path
 * itself rules `'null'` out (`if (origin === 'null') return …`).
 */
export function judgePath(classifier: OriginCheckClassifier, conditions: readonly Condition[], isOrigin: (n: Node) => boolean): { verdict: DecisionVerdict; nullEntries: Node[] } {
  const before = classifier.nullEntries.length;
  const verdict = judgeConditions(classifier, conditions);
  const found = classifier.nullEntries.splice(before).map((e) => e.node);
  const excluded = conditions.some((c) => !c.cases && excludesNull(c.test, c.negated, isOrigin));
  return { verdict, nullEntries: excluded ? [] : found };
}

/** True when a condition only holds for origins other than `'null'`. */
function excludesNull(test: Node, negated: boolean, isOrigin: (n: Node) => boolean): boolean {
  const node = unwrap(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return excludesNull(node.argument, !negated, isOrigin);
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    // a && b holds → both hold; !(a || b) → neither holds.
    if ((node.operator === '&&' && !negated) || (node.operator === '||' && negated)) {
      return excludesNull(node.left, negated, isOrigin) || excludesNull(node.right, negated, isOrigin);
    }
    return false;
  }
  if (node.type !== AST_NODE_TYPES.BinaryExpression) return false;
  const equality = node.operator === '===' || node.operator === '==';
  const inequality = node.operator === '!==' || node.operator === '!=';
  if (!equality && !inequality) return false;
  const [a, b] = [unwrap(node.left), unwrap(node.right)];
  const other = isOrigin(a) ? b : isOrigin(b) ? a : null;
  if (!other || other.type !== AST_NODE_TYPES.Literal || typeof other.value !== 'string' || other.value.toLowerCase() !== 'null') return false;
  return equality === negated;
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

/**
 * Classifies an origin callback by its return paths or `cb(...)` calls.
 * `isOriginExtra` recognises origin reads other than the first parameter (Koa's `ctx.get('Origin')`).
 */
export function analyzeOriginCallback(ctx: ValueContext, fn: FunctionNode, style: CallbackStyle, isOriginExtra: (n: Node) => boolean = () => false): CallbackAnalysis {
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
  const classifier = new OriginCheckClassifier(ctx, isOrigin);
  const decisions: Decision[] = [];
  let unknown = false;
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
    // cb(null, allowed.includes(origin)), cb(null, ok) with `const ok = allowed.includes(origin)`: the value is itself the check.
    if (allowIfBoolean) {
      const check = resolveExpression(ctx, node);
      const verdict = classifier.classify(check);
      if (verdict.kind !== 'unrelated' && verdict.kind !== 'unknown') return [{ node, extra: [{ test: check, negated: false }], outcome: 'allow' }];
    }
    return [{ node, extra: [], outcome: 'unknown' }];
  };

  if (style === 'node-callback') {
    const cbParam = parameterName(fn.params[1]);
    const calls = cbParam ? callbackCalls(ctx, cbParam) : null;
    if (!calls) return { kind: 'unknown', permissive: null, weakChecks: [], nullEntries: [] };
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
      for (const o of outcomeOf(value, true)) {
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
