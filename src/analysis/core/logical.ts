/**
 * `a || b`, `a && b` and `a ?? b` over possible values: which alternatives of
 * the left side are the result, and under which condition the right side is.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { joinAlternatives, withCondition, type Alternative } from './alternatives.js';
import { describeNullish, describeTest } from './conditions.js';
import { getStaticValue, unwrap, type ValueContext } from './values.js';

type Node = TSESTree.Node;

type Truth = 'truthy' | 'falsy' | 'unknown';

/** Whether an alternative is truthy, when that is known without running the code. */
function truthOf(alt: Alternative): Truth {
  if (alt.kind === 'undefined') return 'falsy';
  if (alt.kind !== 'value' || !alt.node) return 'unknown';
  const node = unwrap(alt.node);
  switch (node.type) {
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
    case AST_NODE_TYPES.NewExpression:
      return 'truthy';
    default: {
      const value = getStaticValue(alt.context, node);
      return value === null ? 'unknown' : value.value ? 'truthy' : 'falsy';
    }
  }
}

function isNullish(alt: Alternative): Truth {
  if (alt.kind === 'undefined') return 'truthy';
  if (alt.kind !== 'value' || !alt.node) return 'unknown';
  const truth = truthOf(alt);
  if (truth === 'truthy') return 'falsy';
  const value = getStaticValue(alt.context, alt.node);
  return value === null ? 'unknown' : value.value === null || value.value === undefined ? 'truthy' : 'falsy';
}

/**
 * `left op right`: each alternative of the left side that is (or may be) the
 * result is kept, and the right side is added under the condition that sends
 * evaluation to it, unless the left side never does.
 */
export function combineLogical(
  ctx: ValueContext,
  node: Node,
  operator: '||' | '&&' | '??',
  leftNode: Node,
  left: readonly Alternative[],
  right: () => Alternative[],
): Alternative[] {
  const goesRight = (alt: Alternative): Truth => {
    if (operator === '??') return isNullish(alt);
    const truth = truthOf(alt);
    if (truth === 'unknown') return 'unknown';
    return (truth === 'truthy') === (operator === '&&') ? 'truthy' : 'falsy';
  };
  const kept = left.filter((alt) => goesRight(alt) !== 'truthy');
  if (left.every((alt) => goesRight(alt) === 'falsy')) return kept;
  if (left.every((alt) => goesRight(alt) === 'truthy')) return right();
  const stays = operator === '??' ? describeNullish(ctx, leftNode, false) : describeTest(ctx, leftNode, operator === '||');
  const goes = operator === '??' ? describeNullish(ctx, leftNode, true) : describeTest(ctx, leftNode, operator === '&&');
  const keptWithCondition = kept.map((alt) => (goesRight(alt) === 'unknown' ? withCondition([alt], stays)[0]! : alt));
  return joinAlternatives(ctx, node, [keptWithCondition, withCondition(right(), goes)]);
}

