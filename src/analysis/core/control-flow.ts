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

/** Statement nesting followed before giving up (an exit is then not assumed). */
const MAX_NESTING = 64;

/**
 * True when control never runs past `statement`: every path through it
 * returns or throws. `next(err)` or `cb(new Error())` as the last thing done
 * is not an exit; the code after it still runs.
 */
export function alwaysExits(statement: Node, depth = 0): boolean {
  if (depth > MAX_NESTING) return false;
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement:
      return statement.body.some((s) => alwaysExits(s, depth + 1));
    case AST_NODE_TYPES.IfStatement:
      return statement.alternate !== null && alwaysExits(statement.consequent, depth + 1) && alwaysExits(statement.alternate, depth + 1);
    case AST_NODE_TYPES.TryStatement:
      if (statement.finalizer && alwaysExits(statement.finalizer, depth + 1)) return true;
      return alwaysExits(statement.block, depth + 1) && (!statement.handler || alwaysExits(statement.handler.body, depth + 1));
    case AST_NODE_TYPES.LabeledStatement:
      return alwaysExits(statement.body, depth + 1);
    default:
      return false;
  }
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
    const branches: Array<Node | null> = [common.consequent, common.alternate];
    if (branches.includes(childA) && branches.includes(childB)) return false;
  }
  if (common.type === AST_NODE_TYPES.SwitchStatement) {
    const ia = common.cases.indexOf(childA as TSESTree.SwitchCase);
    const ib = common.cases.indexOf(childB as TSESTree.SwitchCase);
    if (ia >= 0 && ib >= 0) {
      // Fall-through from the earlier case into the later one keeps them together.
      const [lo, hi] = ia < ib ? [ia, ib] : [ib, ia];
      for (let k = lo; k < hi; k++) {
        const body = common.cases[k]!.consequent;
        if (body.some((s) => s.type === AST_NODE_TYPES.BreakStatement || alwaysExits(s))) return false;
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
    const [earlier, earlierPath] = body.indexOf(childA) < body.indexOf(childB) ? [childA, a] : [childB, b];
    // `if (cond) { ...write...; return; }` followed by another write.
    if (earlier.type === AST_NODE_TYPES.IfStatement) {
      const branch = earlierPath[i + 1];
      if (branch && (branch === earlier.consequent || branch === earlier.alternate) && alwaysExits(branch)) return false;
    }
  }
  return true;
}
