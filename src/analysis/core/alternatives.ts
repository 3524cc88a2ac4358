/**
 * The possible values of an expression: a bounded list of alternatives, each
 * an expression (or `undefined`, or unknown) with the conditions under which
 * it is taken. An unknown alternative is explicit, so that a consumer can tell
 * "always `'*'`" from "`'*'` on one path, something unknown on another".
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { ValueContext } from './context.js';

type Node = TSESTree.Node;

/** Why an alternative is unknown. */
export type UnknownReason =
  /** Read from the environment (`process.env.X`): deployment configuration, not code. */
  | 'configuration'
  /** More alternatives or deeper nesting than the analysis follows. */
  | 'bound'
  /** A function that calls itself, or a value defined through itself. */
  | 'recursion'
  /** Set where the analysis cannot follow (a loop, a closure, a compound assignment). */
  | 'opaque';

export interface Alternative {
  /**
   * `value`: the expression `node` is taken (a literal, an object, an array, a
   * call or name that is not followed further). `undefined`: nothing was
   * assigned. `unknown`: see `reason`.
   */
  readonly kind: 'value' | 'undefined' | 'unknown';
  /** The expression taken, or for unknown alternatives the expression that could not be followed (null when there is none). */
  readonly node: Node | null;
  /** The module `node` is written in: differs from the caller's context when the value comes from another file. */
  readonly context: ValueContext;
  /** What must hold for this alternative, outermost first, e.g. `['CORS_ORIGIN is unset']`; empty when always. */
  readonly conditions: readonly string[];
  readonly reason?: UnknownReason;
  /** For configuration: the environment variable read. */
  readonly variable?: string;
}

/** Most alternatives one expression may have before the whole is unknown. */
export const MAX_ALTERNATIVES = 16;

export function valueAlternative(context: ValueContext, node: Node, conditions: readonly string[] = []): Alternative {
  return { kind: 'value', node, context, conditions };
}

export function unknownAlternative(context: ValueContext, node: Node | null, reason: UnknownReason, conditions: readonly string[] = []): Alternative {
  return { kind: 'unknown', node, context, conditions, reason };
}

export function undefinedAlternative(context: ValueContext, node: Node | null, conditions: readonly string[] = []): Alternative {
  return { kind: 'undefined', node, context, conditions };
}

/** The alternatives with `condition` put in front of their own (outermost first). */
export function withCondition(alternatives: readonly Alternative[], condition: string | null): Alternative[] {
  if (condition === null) return [...alternatives];
  return alternatives.map((alt) => ({ ...alt, conditions: [condition, ...alt.conditions] }));
}

/** Joins lists of alternatives; past the bound, one unknown alternative replaces them all. */
export function joinAlternatives(context: ValueContext, node: Node, lists: readonly (readonly Alternative[])[]): Alternative[] {
  const all = lists.flat();
  if (all.length > MAX_ALTERNATIVES) return [unknownAlternative(context, node, 'bound')];
  return all;
}

/** "when CORS_ORIGIN is unset and `isProduction` is false", or '' when the alternative is always taken. */
export function describeConditions(alternative: Alternative): string {
  return alternative.conditions.length === 0 ? '' : `when ${alternative.conditions.join(' and ')}`;
}

/** True when some alternative is not known. */
export function hasUnknown(alternatives: readonly Alternative[]): boolean {
  return alternatives.some((alt) => alt.kind === 'unknown');
}

/** What a clause of a condition is about: the quoted code or the variable before " is " ("CORS_ORIGIN is unset" → "CORS_ORIGIN"). */
function subjectOf(clause: string): string {
  if (clause.startsWith('`')) {
    const end = clause.indexOf('`', 1);
    if (end > 0) return clause.slice(0, end + 1);
  }
  const verb = clause.search(/ (is|matches) /);
  return verb < 0 ? clause : clause.slice(0, verb);
}

/**
 * Two conditions that must hold at once, as a message puts them: "when
 * CORS_ORIGIN is unset" and "when DEBUG is set" → "when CORS_ORIGIN is unset
 * and DEBUG is set"; null when both are (always taken). `false` when they say
 * different things about the same test ("`isPublic` is true" and "`isPublic`
 * is false"): whether both ever hold is not known.
 */
export function bothConditions(a: string | null | undefined, b: string | null | undefined): string | null | false {
  if (!a || !b) return a || b || null;
  const clauses = (text: string) => (text.startsWith('when ') ? text.slice(5).split(' and ') : null);
  const left = clauses(a);
  const right = clauses(b);
  if (!left || !right) return 'on some paths';
  const all = [...left];
  for (const clause of right) {
    if (all.includes(clause)) continue;
    if (all.some((c) => subjectOf(c) === subjectOf(clause))) return false;
    all.push(clause);
  }
  return `when ${all.join(' and ')}`;
}
