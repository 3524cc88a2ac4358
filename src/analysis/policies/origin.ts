/**
 * The origin option of CORS middleware under a library's semantics: any,
 * echo, one origin, a list, a pattern, a callback, or configuration.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { analyzeOriginCallback, type CallbackAnalysis, type CallbackStyle } from '../trust/decisions.js';
import { OriginCheckClassifier, type WeakCheck } from '../trust/origin-checks.js';
import { substringExample } from '../trust/bypass-examples.js';
import { regExpPattern } from '../trust/value-checks.js';
import { isRequestOriginRead } from '../server/request-origin.js';
import { describeConditions, type Alternative } from '../core/alternatives.js';
import { getEntryValues } from '../core/possible-values.js';
import { getStaticValue, isForeignNode, resolveExpression, resolveFunction, unwrap, type ObjectEntry, type ValueContext } from '../core/values.js';
import type { LibrarySemantics, OriginListEntry, OriginPolicy } from './types.js';

type Node = TSESTree.Node;

const UNKNOWN_CALLBACK: CallbackAnalysis = { kind: 'unknown', permissive: null, weakChecks: [], nullEntries: [] };

const EMPTY_ORIGIN = { entries: [], callback: null, weakChecks: [], nullOrigins: [], wildcard: null, literalWildcard: false } as const;

/** How far a policy opens the API: any origin or an echo first, then everything else. */
function openness(policy: OriginPolicy): number {
  if (policy.kind === 'any' || policy.kind === 'echo') return 2;
  if (policy.kind === 'callback' && (policy.callback?.kind === 'allow-all' || policy.callback?.kind === 'echo')) return 2;
  return policy.kind === 'config' || policy.kind === 'unknown' ? 0 : 1;
}

/** The policy of one possible value of the origin option. */
function alternativePolicy(ctx: ValueContext, semantics: LibrarySemantics, property: TSESTree.Property | null, alt: Alternative): OriginPolicy {
  if (alt.kind === 'undefined') return { ...EMPTY_ORIGIN, kind: semantics.defaultOrigin, property };
  if (alt.kind === 'unknown' || !alt.node) return { ...EMPTY_ORIGIN, kind: 'config', property };
  const policy = valueOriginPolicy(ctx, semantics, property, alt.node);
  // A value read from another module: its nodes are no place for reports or edits in this file.
  if (isForeignNode(ctx, alt.node)) return { ...policy, wildcard: null, entries: [], nullOrigins: [], weakChecks: [], valueNode: null };
  return { ...policy, valueNode: alt.node };
}

/**
 * The origin option under a library's semantics. When the option can take
 * several values (`process.env.CORS_ORIGIN || '*'`, `isProduction ? list : true`,
 * a key set again in a branch), the most open of them, with its condition:
 * an API that sends `*` with credentials when a variable is unset is broken then.
 */
export function originPolicyOf(
  ctx: ValueContext,
  semantics: LibrarySemantics,
  entry: ObjectEntry | null,
): OriginPolicy {
  const property = entry?.property ?? null;
  if (!entry) return { ...EMPTY_ORIGIN, kind: semantics.defaultOrigin, property };
  const alternatives = getEntryValues(ctx, entry);
  const only = alternatives.length === 1 ? alternatives[0]! : null;
  if (only?.kind === 'value' && only.conditions.length === 0 && !isForeignNode(ctx, only.node!)) return valueOriginPolicy(ctx, semantics, property, entry.value);
  const policies = alternatives.map((alt) => alternativePolicy(ctx, semantics, property, alt));
  let chosen = 0;
  policies.forEach((policy, i) => {
    if (openness(policy) > openness(policies[chosen]!)) chosen = i;
  });
  const policy = policies[chosen]!;
  if (openness(policy) < 2 && policies.some((p) => openness(p) === 0)) return { ...EMPTY_ORIGIN, kind: 'config', property };
  const condition = describeConditions(alternatives[chosen]!);
  return {
    ...policy,
    weakChecks: policies.flatMap((p) => p.weakChecks),
    nullOrigins: policies.flatMap((p) => p.nullOrigins),
    condition: condition === '' ? null : condition,
  };
}

/** The policy of one origin value, as written or resolved. */
function valueOriginPolicy(ctx: ValueContext, semantics: LibrarySemantics, property: TSESTree.Property | null, written: Node): OriginPolicy {
  const value = resolveExpression(ctx, written);
  if (semantics.staticOrigin) return staticOriginPolicy(ctx, semantics, property, value);
  const fn = resolveFunction(ctx, written);
  if (fn) {
    let style: CallbackStyle | null = semantics.callbackStyle;
    // cors ignores what an origin function returns: without a callback parameter it never decides.
    if (style === 'node-callback' && fn.params.length < 2) style = semantics.promiseOrigins && fn.async ? 'return' : null;
    if (!style) return { ...EMPTY_ORIGIN, kind: 'callback', property, callback: UNKNOWN_CALLBACK };
    const callback = analyzeOriginCallback(ctx, fn, style, (n) => isRequestOriginRead(ctx, n));
    return {
      ...EMPTY_ORIGIN,
      kind: 'callback',
      property,
      callback,
      wildcard: callback.kind === 'allow-all' ? wildcardDecision(ctx, callback.permissive) : null,
      weakChecks: callback.weakChecks,
      nullOrigins: callback.nullEntries,
    };
  }
  if (value.type === AST_NODE_TYPES.ArrayExpression) return listPolicy(ctx, semantics, property, value);
  // Options built per request (`origin: req.header('Origin')` in an options delegate).
  if (isRequestOriginRead(ctx, value)) return { ...EMPTY_ORIGIN, kind: 'echo', property };
  const regex = regexOf(ctx, value);
  if (regex) {
    const checks = patternChecks(ctx, value);
    return { ...EMPTY_ORIGIN, kind: 'pattern', property, entries: [{ node: value, value: null, regex }], weakChecks: checks };
  }
  const stat = getStaticValue(ctx, value);
  if (stat) {
    const v = stat.value;
    if (v === true) return { ...EMPTY_ORIGIN, kind: semantics.originTrue === 'echo' ? 'echo' : 'unknown', property };
    if (v === false || v === null || v === undefined) {
      return { ...EMPTY_ORIGIN, kind: semantics.falsyDisables ? 'disabled' : semantics.defaultOrigin, property };
    }
    if (typeof v === 'string') {
      const text = v.trim();
      if (semantics.stringOrigin === 'ignore-keyword') {
        // hapi takes a list of origins or 'ignore' (always `*`); any other string fails its validation.
        return text === 'ignore' ? { ...EMPTY_ORIGIN, kind: 'any', property, wildcard: value, literalWildcard: true } : { ...EMPTY_ORIGIN, kind: 'unknown', property };
      }
      if (text === '*') return { ...EMPTY_ORIGIN, kind: 'any', property, wildcard: value };
      if (text === '') return { ...EMPTY_ORIGIN, kind: semantics.falsyDisables ? 'disabled' : semantics.defaultOrigin, property };
      const nullOrigins = text.toLowerCase() === 'null' ? [value] : [];
      const weakChecks = substringChecks(semantics, value, text);
      return { ...EMPTY_ORIGIN, kind: 'fixed', property, entries: [{ node: value, value: v, regex: null }], nullOrigins, weakChecks };
    }
    return { ...EMPTY_ORIGIN, kind: 'unknown', property };
  }
  return { ...EMPTY_ORIGIN, kind: 'config', property };
}

/** An origin option sent as written: `'*'`, one origin, or something that is no valid origin. */
function staticOriginPolicy(ctx: ValueContext, semantics: LibrarySemantics, property: TSESTree.Property | null, value: Node): OriginPolicy {
  const stat = getStaticValue(ctx, value);
  if (!stat) return { ...EMPTY_ORIGIN, kind: 'config', property };
  if (stat.value === undefined) return { ...EMPTY_ORIGIN, kind: semantics.defaultOrigin, property };
  if (typeof stat.value !== 'string') return { ...EMPTY_ORIGIN, kind: 'unknown', property };
  const text = stat.value.trim();
  if (text === '*') return { ...EMPTY_ORIGIN, kind: 'any', property, wildcard: value };
  const nullOrigins = text.toLowerCase() === 'null' ? [value] : [];
  return { ...EMPTY_ORIGIN, kind: 'fixed', property, entries: [{ node: value, value: stat.value, regex: null }], nullOrigins };
}

/**
 * A string origin the library tests with `requestOrigin.includes(text)`
 * because it has no scheme: `'example.com'` also accepts
 * `https://example.com.evil.net`. See docs/cors-semantics.md#elysiajscors.
 */
function substringChecks(semantics: LibrarySemantics, node: Node, text: string): WeakCheck[] {
  if (!semantics.schemelessSubstring || text === '*' || text === '' || text.includes('://')) return [];
  return [{ node, reason: 'substring', replacement: null, example: substringExample(text) }];
}

/** The `'*'` an allow-all decision sends: `cb(null, '*')`, `return '*'`. */
function wildcardDecision(ctx: ValueContext, decision: Node | null): Node | null {
  if (!decision) return null;
  const value = decision.type === AST_NODE_TYPES.CallExpression ? decision.arguments[1] : decision;
  return value && value.type !== AST_NODE_TYPES.SpreadElement && getStaticValue(ctx, value)?.value === '*' ? value : null;
}

function listPolicy(
  ctx: ValueContext,
  semantics: LibrarySemantics,
  property: TSESTree.Property | null,
  list: TSESTree.ArrayExpression,
): OriginPolicy {
  const entries: OriginListEntry[] = [];
  const weakChecks: WeakCheck[] = [];
  const nullOrigins: Node[] = [];
  let wildcard: Node | null = null;
  let incomplete = false;
  for (const element of list.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) {
      incomplete = true;
      continue;
    }
    const value = resolveExpression(ctx, element);
    const regex = regexOf(ctx, value);
    if (regex) {
      entries.push({ node: value, value: null, regex });
      weakChecks.push(...patternChecks(ctx, value));
      continue;
    }
    const stat = getStaticValue(ctx, value);
    if (stat && typeof stat.value === 'string') {
      const text = stat.value.trim();
      entries.push({ node: value, value: stat.value, regex: null });
      weakChecks.push(...substringChecks(semantics, value, text));
      if (text === '*') wildcard ??= value;
      else if (semantics.listWildcards && text.includes('*')) {
        const pattern = wildcardPattern(value, text);
        if (pattern === 'any') wildcard ??= value;
        else if (pattern) weakChecks.push(pattern);
      }
      if (text.toLowerCase() === 'null') nullOrigins.push(value);
      continue;
    }
    incomplete = true;
  }
  if (wildcard && semantics.listWithWildcard === 'any') {
    return { ...EMPTY_ORIGIN, kind: 'any', property, wildcard, entries, weakChecks, nullOrigins };
  }
  return {
    ...EMPTY_ORIGIN,
    kind: incomplete && entries.length === 0 ? 'config' : 'list',
    property,
    entries,
    weakChecks,
    nullOrigins,
  };
}

/**
 * A list entry with `*` wildcards (any characters): `'https://*.example.com'`
 * (any subdomain of a fixed domain) is an allowlist pattern; one that matches
 * every host is any origin; `'*.com'`, `'*example.com'` and a `*` elsewhere in
 * the host let attacker domains in.
 */
function wildcardPattern(node: Node, text: string): WeakCheck | 'any' | null {
  const host = text.replace(/^[a-z*][a-z0-9+.*-]*:\/\//i, '').replace(/:(?:\d+|\*)$/, '');
  if (/^\*+$/.test(host)) return 'any';
  const attacker = (h: string) => text.replace(host, h);
  const subdomains = /^\*\.([^*]+)$/.exec(host);
  if (subdomains) {
    const domain = subdomains[1]!;
    return domain.includes('.') ? null : { node, reason: 'public-suffix', replacement: null, example: attacker(`attacker.${domain}`) };
  }
  const label = /^\*([^.*][^*]*)$/.exec(host);
  if (label) return { node, reason: 'open-domain-label', replacement: null, example: attacker(`attacker${label[1]}`) };
  return { node, reason: 'substring', replacement: null, example: attacker(host.replace(/\*/g, 'attacker')) };
}

function regexOf(ctx: ValueContext, node: Node): { pattern: string; flags: string } | null {
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.Literal && 'regex' in value && value.regex) return value.regex;
  if (
    (value.type === AST_NODE_TYPES.NewExpression || value.type === AST_NODE_TYPES.CallExpression) &&
    value.callee.type === AST_NODE_TYPES.Identifier &&
    value.callee.name === 'RegExp'
  ) {
    return regExpPattern(ctx, value);
  }
  return null;
}

function patternChecks(ctx: ValueContext, node: Node): WeakCheck[] {
  const verdict = new OriginCheckClassifier(ctx, () => false).regExpCheck(node);
  return verdict.kind === 'weak' ? [...verdict.checks] : [];
}
