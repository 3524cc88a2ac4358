/**
 * Verdicts on the value an origin is checked against: a RegExp (its pattern
 * analysed), a host suffix, a prefix, a list or a string searched for the
 * origin. Callers pass the value node itself (after any loop substitution).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { listTextExample, prefixExample, suffixExample } from './bypass-examples.js';
import { isEnvVariable, quoteLike } from './check-shapes.js';
import { isPublicSuffix, sharedHostingSuffixOf } from './hosting.js';
import { analyzeOriginRegExp } from './origin-regexp.js';
import { regExpSource } from './regexp-source.js';
import { OPEN, SAFE, UNKNOWN, weak, type CheckVerdict } from './verdicts.js';
import { findVariable, getStaticString, resolveExpression, unwrap, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

/** A RegExp literal, or `new RegExp(…)` / `RegExp(…)`. */
export function isRegExpValue(ctx: ValueContext, target: Node): boolean {
  const resolved = resolveExpression(ctx, target);
  if (resolved.type === AST_NODE_TYPES.Literal && 'regex' in resolved && resolved.regex !== undefined) return true;
  return (
    (resolved.type === AST_NODE_TYPES.NewExpression || resolved.type === AST_NODE_TYPES.CallExpression) &&
    resolved.callee.type === AST_NODE_TYPES.Identifier &&
    resolved.callee.name === 'RegExp'
  );
}

export interface RegExpPattern {
  readonly pattern: string;
  readonly flags: string;
  /** The literal written in the code, when the RegExp is one (a rewrite can replace it). */
  readonly literal: TSESTree.Literal | null;
}

/** The pattern and flags of a RegExp literal, or of `new RegExp(…)` whose source is known; null otherwise. */
export function regExpPattern(ctx: ValueContext, target: Node): RegExpPattern | null {
  const resolved = resolveExpression(ctx, target);
  if (resolved.type === AST_NODE_TYPES.Literal && 'regex' in resolved && resolved.regex) {
    return { pattern: resolved.regex.pattern, flags: resolved.regex.flags, literal: resolved };
  }
  if (
    (resolved.type !== AST_NODE_TYPES.NewExpression && resolved.type !== AST_NODE_TYPES.CallExpression) ||
    resolved.callee.type !== AST_NODE_TYPES.Identifier ||
    resolved.callee.name !== 'RegExp' ||
    !resolved.arguments[0] ||
    resolved.arguments[0].type === AST_NODE_TYPES.SpreadElement
  ) {
    return null;
  }
  const first = resolveExpression(ctx, resolved.arguments[0]);
  const inner = first.type === AST_NODE_TYPES.Literal && 'regex' in first && first.regex ? first.regex : null;
  const pattern = inner ? inner.pattern : regExpSource(ctx, first);
  const second = resolved.arguments[1];
  const flags = second && second.type !== AST_NODE_TYPES.SpreadElement ? getStaticString(ctx, second) : (inner?.flags ?? '');
  return pattern === null || flags === null ? null : { pattern, flags, literal: null };
}

/**
 * A RegExp used to test the origin. `stateful` is false where `g`/`y` do
 * no harm: `String#match`/`search`, or a literal created anew on each call.
 */
export function regExpCheck(ctx: ValueContext, target: Node, stateful = true): CheckVerdict {
  const resolved = resolveExpression(ctx, target);
  const found = regExpPattern(ctx, target);
  if (!found) return UNKNOWN;
  const { pattern, flags, literal } = found;
  const analysis = analyzeOriginRegExp(pattern, stateful ? flags : flags.replace(/[gy]/g, ''));
  if (!analysis.valid) return UNKNOWN;
  if (analysis.weaknesses.length === 0) return SAFE;
  const reportOn = literal ?? resolved;
  return {
    kind: 'weak',
    checks: analysis.weaknesses.map((reason, i) => ({
      node: reportOn,
      reason,
      replacement: i === 0 && literal ? analysis.suggestion : null,
      example: analysis.examples[reason] ?? null,
    })),
  };
}

/** `origin.endsWith(suffix)` / `hostname.endsWith(suffix)`. */
export function suffixCheck(ctx: ValueContext, target: Node): CheckVerdict {
  const suffix = getStaticString(ctx, target);
  if (suffix === null) return UNKNOWN;
  const literal = resolveExpression(ctx, target);
  if (sharedHostingSuffixOf(suffix)) return weak(literal, 'shared-hosting');
  if (isPublicSuffix(suffix)) return weak(literal, 'public-suffix');
  if (suffix.startsWith('.') || suffix.includes('://')) return SAFE;
  const example = suffixExample(suffix);
  if (!/^[a-z0-9]/i.test(suffix)) return suffix === '' ? OPEN : weak(literal, 'unbounded-suffix', null, example);
  const canRewrite = literal.type === AST_NODE_TYPES.Literal && /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i.test(suffix) && usedOnce(ctx, target);
  return weak(literal, 'unbounded-suffix', canRewrite ? quoteLike(ctx.sourceCode.getText(literal), `.${suffix}`) : null, example);
}

/** An example built from the static text of `node`, if it has one. */
export function staticExample(ctx: ValueContext, node: Node, build: (text: string) => string | null): string | null {
  const text = getStaticString(ctx, node);
  return text === null ? null : build(text);
}

/** A literal written in place, or a constant read only here: rewriting it changes nothing else. */
function usedOnce(ctx: ValueContext, node: Node): boolean {
  const current = unwrap(node);
  if (current.type !== AST_NODE_TYPES.Identifier) return true;
  const variable = findVariable(ctx, current);
  return variable !== null && variable.references.filter((ref) => !ref.init).length === 1;
}

/** `origin.startsWith(prefix)`: a scheme alone restricts nothing; `scheme://host:` only varies the port. */
export function prefixCheck(ctx: ValueContext, call: Node, target: Node): CheckVerdict {
  const prefix = getStaticString(ctx, target);
  if (prefix === null) return weak(call, 'prefix');
  if (/^[a-z][a-z0-9+.-]*:(\/\/)?$/i.test(prefix) || prefix === '') return OPEN;
  // https://example.com: (any port of one host) or https://example.com/ (never a browser origin).
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/:]+(:|\/.*)$/i.test(prefix)) return SAFE;
  return weak(call, 'prefix', null, prefixExample(prefix));
}

/** `list.includes(origin)`, `set.has(origin)`: exact matches against the list. */
export function listCheck(ctx: ValueContext, target: Node, onNullEntry: (node: Node) => void): CheckVerdict {
  const resolved = resolveExpression(ctx, target);
  let elements: readonly (TSESTree.Node | null)[] | null = null;
  if (resolved.type === AST_NODE_TYPES.ArrayExpression) elements = resolved.elements;
  if (
    resolved.type === AST_NODE_TYPES.NewExpression &&
    resolved.callee.type === AST_NODE_TYPES.Identifier &&
    resolved.callee.name === 'Set' &&
    resolved.arguments[0]
  ) {
    const inner = resolveExpression(ctx, resolved.arguments[0]);
    if (inner.type === AST_NODE_TYPES.ArrayExpression) elements = inner.elements;
  }
  if (
    (resolved.type === AST_NODE_TYPES.Literal && typeof resolved.value === 'string') ||
    resolved.type === AST_NODE_TYPES.TemplateLiteral ||
    isEnvVariable(ctx, resolved)
  ) {
    // 'https://a.com,https://b.com'.includes(origin), process.env.ORIGINS.includes(origin): a substring test on a string.
    return weak(resolved, 'substring', null, staticExample(ctx, resolved, listTextExample));
  }
  for (const element of elements ?? []) {
    if (element && element.type !== AST_NODE_TYPES.SpreadElement && getStaticString(ctx, element) === 'null') {
      onNullEntry(resolveExpression(ctx, element));
    }
  }
  return SAFE;
}
