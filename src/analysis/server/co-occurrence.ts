/**
 * Which of a list of header writes can reach the same response as a given
 * site, answered once per kind of place in the code (see `siteKey`) rather
 * than once per pair of writes.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { mayCoOccur } from '../core/control-flow.js';
import type { Contribution } from './response-scopes.js';

type Node = TSESTree.Node;

/**
 * What decides, for a site, which writes elsewhere can reach its response
 * (the rules of `mayCoOccur`): the nearest node above it that only some
 * executions enter (a branch of an `if` or of a conditional expression, a
 * `switch` case), and, in each statement list between it and that branch,
 * the last `if` before it (a branch that ends with `return` separates what
 * follows from what it writes).
 *
 * Sites with the same key get the same answer against any list of writes, so
 * one representative answers for all of them: thousands of writes in one
 * scope cost one pass over the list per key, not one per pair.
 */
function siteKey(node: Node): string {
  const parts: number[] = [];
  let child: Node = node;
  let parent = node.parent;
  while (parent) {
    if (child.type === AST_NODE_TYPES.SwitchCase) return keyOf(child, parts);
    if (
      (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) &&
      (parent.consequent === child || parent.alternate === child)
    ) {
      return keyOf(child, parts);
    }
    const body = statementList(parent);
    if (body) {
      const previousIf = previousIfs(parent, body).get(child);
      if (previousIf) parts.push(idOf(previousIf));
    }
    child = parent;
    parent = parent.parent;
  }
  return keyOf(null, parts);
}

function statementList(node: Node): readonly Node[] | null {
  if (node.type === AST_NODE_TYPES.BlockStatement || node.type === AST_NODE_TYPES.Program) return node.body;
  if (node.type === AST_NODE_TYPES.SwitchCase) return node.consequent;
  return null;
}

const previousIfCache = new WeakMap<Node, Map<Node, Node>>();

/** For each statement of a list, the last `if` statement before it. */
function previousIfs(list: Node, body: readonly Node[]): Map<Node, Node> {
  let map = previousIfCache.get(list);
  if (map) return map;
  map = new Map();
  let last: Node | null = null;
  for (const statement of body) {
    if (last) map.set(statement, last);
    if (statement.type === AST_NODE_TYPES.IfStatement) last = statement;
  }
  previousIfCache.set(list, map);
  return map;
}

const ids = new WeakMap<Node, number>();
let nextId = 1;

function idOf(node: Node): number {
  let id = ids.get(node);
  if (id === undefined) ids.set(node, (id = nextId++));
  return id;
}

function keyOf(branch: Node | null, parts: readonly number[]): string {
  return `${branch ? idOf(branch) : 0}:${parts.join(',')}`;
}

const answers = new WeakMap<readonly object[], Map<string, readonly object[]>>();

/**
 * The members of `items` that may reach the same response as `site`. The
 * result is cached per list and key and shared between callers.
 */
export function alongside(items: readonly Contribution[], site: Node): readonly Contribution[];
export function alongside(items: readonly Node[], site: Node): readonly Node[];
export function alongside(items: readonly (Contribution | Node)[], site: Node): readonly (Contribution | Node)[] {
  if (items.length === 0) return items;
  let byBranch = answers.get(items);
  if (!byBranch) answers.set(items, (byBranch = new Map()));
  const key = siteKey(site);
  let answer = byBranch.get(key) as readonly (Contribution | Node)[] | undefined;
  if (!answer) {
    answer = items.filter((item) => mayCoOccur('write' in item ? item.site : item, site));
    byBranch.set(key, answer);
  }
  return answer;
}
