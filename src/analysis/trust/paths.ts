/**
 * Judging a path to a decision: what the conjunction of its conditions
 * amounts to for the origin, and which `'null'` entries it trusts.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { OriginCheckClassifier, WeakCheck } from './origin-checks.js';
import { conjunction, type Condition } from './path-conditions.js';
import { unwrap } from '../core/values.js';

export { conditionsOf, isRoutingTest, type Condition } from './path-conditions.js';

type Node = TSESTree.Node;

export type DecisionVerdict =
  /** Nothing about the origin is checked on this path: any origin passes. */
  | { readonly kind: 'unguarded' }
  | { readonly kind: 'safe' }
  | { readonly kind: 'weak'; readonly checks: readonly WeakCheck[] }
  /** Guarded by something the analysis cannot judge, or by conditions unrelated to the origin (stay silent). */
  | { readonly kind: 'unknown' };

/**
 * Judges the conjunction of conditions on one path. Conditions on the route,
 * and flags that do not look at the origin, restrict nothing: every origin
 * passes them. (A deployment switch such as `process.env.NODE_ENV` is unknown
 * to the classifier: the path is a development setting, not judged.)
 */
export function judgeConditions(classifier: OriginCheckClassifier, conditions: readonly Condition[]): DecisionVerdict {
  const verdict = conjunction(classifier, conditions);
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

