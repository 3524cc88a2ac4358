/**
 * Just enough control flow to keep exclusive paths apart: two header writes in
 * the two branches of an `if`, in different `switch` cases, or one after an
 * early `return`, never reach the same response.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';

type Node = TSESTree.Node;

function ancestors(node: Node): Node[] {
  const list: Node[] = [];
  let current: Node | undefined = node;
  while (current) {
    list.push(current);
    current = current.parent;
  }
  return list.reverse();
}

function endsWithExit(statement: Node): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (statement.type === AST_NODE_TYPES.BlockStatement) {
    const last = statement.body.at(-1);
    return last !== undefined && endsWithExit(last);
  }
  if (statement.type === AST_NODE_TYPES.IfStatement) {
    return statement.alternate !== null && endsWithExit(statement.consequent) && endsWithExit(statement.alternate);
  }
  return false;
}

/**
 * True when execution that passes `first` can also pass `second` (or the other
 * way round). Conservative: says true unless the structure rules it out.
 */
export function mayCoOccur(first: Node, second: Node): boolean {
  if (first === second) return true;
  const a = ancestors(first);
  const b = ancestors(second);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const common = a[i - 1];
  const childA = a[i];
  const childB = b[i];
  if (!common || !childA || !childB) return true;
  if (common.type === AST_NODE_TYPES.IfStatement || common.type === AST_NODE_TYPES.ConditionalExpression) {
    const branches = [common.consequent, common.alternate];
    if (branches.includes(childA as never) && branches.includes(childB as never)) return false;
  }
  if (common.type === AST_NODE_TYPES.SwitchStatement) {
    const ia = common.cases.indexOf(childA as TSESTree.SwitchCase);
    const ib = common.cases.indexOf(childB as TSESTree.SwitchCase);
    if (ia >= 0 && ib >= 0) {
      // Fall-through from the earlier case into the later one keeps them together.
      const [lo, hi] = ia < ib ? [ia, ib] : [ib, ia];
      for (let k = lo; k < hi; k++) {
        const body = common.cases[k]!.consequent;
        const last = body.at(-1);
        if (last && (last.type === AST_NODE_TYPES.BreakStatement || endsWithExit(last))) return false;
      }
      return true;
    }
  }
  if (
    common.type === AST_NODE_TYPES.BlockStatement ||
    common.type === AST_NODE_TYPES.Program ||
    common.type === AST_NODE_TYPES.SwitchCase
  ) {
    const body: Node[] = common.type === AST_NODE_TYPES.SwitchCase ? common.consequent : common.body;
    const [earlier, earlierPath, later] = body.indexOf(childA) < body.indexOf(childB) ? [childA, a, childB] : [childB, b, childA];
    void later;
    // `if (cond) { ...write...; return; }` followed by another write.
    if (earlier.type === AST_NODE_TYPES.IfStatement) {
      const branch = earlierPath[i + 1];
      if (branch && (branch === earlier.consequent || branch === earlier.alternate) && endsWithExit(branch)) return false;
    }
  }
  return true;
}
