/**
 * What an origin condition amounts to (safe, weak, open, absent, unrelated,
 * unknown) and how verdicts combine under `&&` and `||`.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { RegExpWeakness } from './origin-regexp.js';

type Node = TSESTree.Node;

export type WeakCheckReason =
  | 'substring'
  | 'unbounded-suffix'
  | 'prefix'
  | 'shared-hosting'
  | 'public-suffix'
  | RegExpWeakness;

export interface WeakCheck {
  /** The smallest node showing the weakness: the RegExp, the `endsWith(...)` argument. */
  readonly node: Node;
  readonly reason: WeakCheckReason;
  /** Replacement source text for `node` that makes the check safe, when one is evident. */
  readonly replacement: string | null;
  /** An origin that gets past the check, built from its own text and confirmed against it. */
  readonly example: string | null;
}

export type CheckVerdict =
  /** No Origin at all (`!origin`): same-origin or non-browser requests. */
  | { readonly kind: 'absent' }
  /**
   * Holds for any origin that is present: a truthiness test (`if (origin)`),
   * a scheme-only prefix, a denylist, the negation of an allowlist check.
   */
  | { readonly kind: 'open' }
  | { readonly kind: 'safe' }
  | { readonly kind: 'weak'; readonly checks: readonly WeakCheck[] }
  /** The condition does not look at the origin. */
  | { readonly kind: 'unrelated' }
  | { readonly kind: 'unknown' };

/** Allowlist entries spelled `'null'` that a check trusts. */
export interface NullEntry {
  readonly node: Node;
}

export const ABSENT: CheckVerdict = { kind: 'absent' };
export const OPEN: CheckVerdict = { kind: 'open' };
export const SAFE: CheckVerdict = { kind: 'safe' };
export const UNKNOWN: CheckVerdict = { kind: 'unknown' };
export const UNRELATED: CheckVerdict = { kind: 'unrelated' };

export function weak(node: Node, reason: WeakCheckReason, replacement: string | null = null, example: string | null = null): CheckVerdict {
  return { kind: 'weak', checks: [{ node, reason, replacement, example }] };
}

/** Both conditions hold: one safe conjunct is enough. */
export function allOf(a: CheckVerdict, b: CheckVerdict): CheckVerdict {
  if (a.kind === 'safe' || b.kind === 'safe') return SAFE;
  if (a.kind === 'absent' || b.kind === 'absent') return ABSENT;
  if (a.kind === 'weak' || b.kind === 'weak') return mergeWeak(a, b);
  if (a.kind === 'unknown' || b.kind === 'unknown') return UNKNOWN;
  if (a.kind === 'open' && b.kind === 'open') return OPEN;
  // A conjunct that does not look at the origin (a feature flag) lets every origin through.
  if (a.kind === 'unrelated') return b;
  if (b.kind === 'unrelated') return a;
  return UNKNOWN;
}

/** Either condition holds: the weakest decides. */
export function anyOf(a: CheckVerdict, b: CheckVerdict): CheckVerdict {
  if (a.kind === 'open' || b.kind === 'open') return OPEN;
  if (a.kind === 'weak' || b.kind === 'weak') return mergeWeak(a, b);
  if (a.kind === 'unknown' || b.kind === 'unknown') return UNKNOWN;
  if (a.kind === 'unrelated' || b.kind === 'unrelated') return a.kind === b.kind ? UNRELATED : UNKNOWN;
  if (a.kind === 'safe' || b.kind === 'safe') return SAFE;
  return ABSENT;
}

function mergeWeak(a: CheckVerdict, b: CheckVerdict): CheckVerdict {
  const checks = [...(a.kind === 'weak' ? a.checks : []), ...(b.kind === 'weak' ? b.checks : [])];
  return { kind: 'weak', checks };
}
