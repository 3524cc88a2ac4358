/**
 * Nodes found from the text: one descent of the tree that enters only the
 * subtrees spanning a match, so a file costs time in proportion to its size
 * however many matches it has (large bundles mention `origin:` thousands of
 * times).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { walk } from './nodes.js';
import type { ValueContext } from './context.js';

type Node = TSESTree.Node;

/** Bound on the matches read from one file; beyond it the rest is not looked at. */
const MAX_MATCHES = 100_000;

/** Index of the first offset `>= value` in a sorted list. */
function lowerBound(offsets: readonly number[], value: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start offsets of the matches of a global RegExp (plus `shift`). */
export function matchOffsets(text: string, pattern: RegExp, shift = 0): number[] {
  const offsets: number[] = [];
  for (const match of text.matchAll(pattern)) {
    offsets.push(match.index + shift);
    if (offsets.length >= MAX_MATCHES) break;
  }
  return offsets;
}

/**
 * Every node that spans one of the sorted `offsets` and satisfies `accept`, in
 * source order. Children that span no offset are never entered.
 */
export function nodesSpanning(ctx: ValueContext, offsets: readonly number[], accept: (node: Node) => boolean): Node[] {
  const found: Node[] = [];
  if (offsets.length === 0) return found;
  walk(ctx, ctx.sourceCode.ast as Node, (node) => {
    const first = lowerBound(offsets, node.range[0]);
    if (first >= offsets.length || offsets[first]! >= node.range[1]) return false;
    if (accept(node)) found.push(node);
    return true;
  });
  return found;
}

/** The nodes of `pattern`'s matches that satisfy `accept` (a node spanning the match start). */
export function nodesAtText(ctx: ValueContext, pattern: RegExp, accept: (node: Node) => boolean): Node[] {
  return nodesSpanning(ctx, matchOffsets(ctx.sourceCode.text, pattern), accept);
}
