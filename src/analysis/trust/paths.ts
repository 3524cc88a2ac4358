/**
 * Paths to a decision: the conditions that hold whenever a piece of code runs
 * (enclosing branches, early exits before it, switch cases), and what their
 * conjunction amounts to for the origin.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { allOf, type CheckVerdict, type OriginCheckClassifier, type WeakCheck } from './origin-checks.js';
import { alwaysExits } from '../core/control-flow.js';
import { isFunctionNode, unwrap } from '../core/values.js';

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

export function isRoutingRead(node: Node): boolean {
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

