/**
 * The conditions that hold whenever a piece of code runs: enclosing branches,
 * early exits before it, switch cases. Conditions on the route restrict no
 * origin. Their conjunction is judged by a {@link ConditionJudge}.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { allOf, type CheckVerdict } from './verdicts.js';
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

/**
 * The conditions that hold whenever `node` runs, up to (not including)
 * `boundary`, nearest first; the walk stops once it has more than `limit`
 * (a caller that judges at most `limit` stops paying for an `else if` chain).
 */
export function conditionsOf(node: Node, boundary: Node, limit = Infinity): Condition[] {
  const conditions: Condition[] = [];
  let child: Node = node;
  let current: Node | undefined = node.parent;
  while (current && current !== boundary && conditions.length <= limit) {
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


/** Judges single conditions on the origin (the origin-check classifier). */
export interface ConditionJudge {
  classify(test: Node): CheckVerdict;
  classifyNegated(test: Node): CheckVerdict;
  classifyCases(discriminant: Node, values: readonly Node[]): CheckVerdict;
}

/**
 * The conjunction of the conditions on one path; null when none of them
 * restricts the origin (routing, flags that do not look at it).
 */
export function conjunction(judge: ConditionJudge, conditions: readonly Condition[]): CheckVerdict | null {
  let verdict: CheckVerdict | null = null;
  for (const c of conditions) {
    if (c.cases ? isRoutingRead(c.test) : isRoutingTest(c.test)) continue;
    const v = c.cases ? judge.classifyCases(c.test, c.cases) : c.negated ? judge.classifyNegated(c.test) : judge.classify(c.test);
    if (v.kind === 'unrelated') continue;
    verdict = verdict ? allOf(verdict, v) : v;
  }
  return verdict;
}
