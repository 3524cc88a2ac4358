/**
 * Normalisation of an options object into one policy under a library's
 * semantics: its origin, its credentials, and what a spread may override.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { getObjectEntries, getPropertyName, getStaticValue, isForeignNode, propertyKeyName, resolveExpression, type ObjectEntry, type ValueContext } from '../core/values.js';
import { originPolicyOf } from './origin.js';
import { headerTokens } from '../server/header-names.js';
import type { CorsPolicy, CredentialsPolicy, HeaderListWildcard, LibrarySemantics, PolicySite } from './types.js';

type Node = TSESTree.Node;

function credentialsPolicyOf(ctx: ValueContext, semantics: LibrarySemantics, entry: ObjectEntry | null): CredentialsPolicy {
  if (!entry) return { kind: semantics.defaultCredentials, property: null };
  const stat = getStaticValue(ctx, entry.value);
  if (!stat) return { kind: 'unknown', property: entry.property };
  const value = stat.value;
  // Options are destructured with defaults: `undefined` is the default.
  if (value === undefined) return { kind: semantics.defaultCredentials, property: entry.property };
  // A hand-written Access-Control-Allow-Credentials value counts only as exactly `true`.
  if (semantics.credentialsHeaderOption) return { kind: String(value) === 'true' ? 'on' : 'off', property: entry.property };
  if (value === true || (semantics.credentialsTruthy && value && typeof value !== 'function')) return { kind: 'on', property: entry.property };
  if (value === false || value === null || value === undefined || (semantics.credentialsTruthy && !value)) return { kind: 'off', property: entry.property };
  return { kind: 'unknown', property: entry.property };
}

/** True when a spread that cannot be read follows the element of `object` that gives `entry`, and may replace it. */
function overridable(ctx: ValueContext, object: TSESTree.ObjectExpression, entry: ObjectEntry): boolean {
  const elements = object.properties;
  const index = elements.findIndex(
    (element) =>
      element === entry.property ||
      (element.type === AST_NODE_TYPES.SpreadElement && (getObjectEntries(ctx, element.argument)?.entries.some((e) => e.property === entry.property) ?? false)),
  );
  if (index === -1) return false;
  return elements.slice(index + 1).some((element) => {
    if (element.type !== AST_NODE_TYPES.SpreadElement) return propertyKeyName(ctx, element) === null;
    const spread = getObjectEntries(ctx, element.argument);
    return !spread || spread.incomplete;
  });
}

/**
 * Normalises CORS options under a library's semantics. `options` may be an
 * options object, `true` (the defaults), or absent (the defaults). Returns
 * null when the options cannot be read (a delegate function, an import).
 */
export function normalizePolicy(
  ctx: ValueContext,
  semantics: LibrarySemantics,
  node: Node,
  options: Node | null | undefined,
  site: PolicySite = {},
): CorsPolicy | null {
  const corsProperty = site.corsProperty ?? null;
  const argumentIndex = site.argumentIndex ?? null;
  const corsHolder = site.corsHolder ?? null;
  const defaults = (written: Node | null): CorsPolicy => ({
    semantics,
    node,
    options: null,
    written,
    corsProperty,
    argumentIndex,
    corsHolder,
    origin: originPolicyOf(ctx, semantics, null),
    credentials: { kind: semantics.defaultCredentials, property: null },
    headerWildcards: [],
  });
  if (!options) return defaults(null);
  const resolved = resolveOptions(ctx, options);
  const stat = resolved.type === AST_NODE_TYPES.Literal ? getStaticValue(ctx, resolved) : null;
  if (stat && stat.value === true) return defaults(options);
  if (resolved.type !== AST_NODE_TYPES.ObjectExpression) return null;
  // Accessors compute their value when read.
  if (resolved.properties.some((p) => p.type === AST_NODE_TYPES.Property && p.kind !== 'init')) return null;
  // Read at the use, so that statements setting options before it count (`opts.origin = true`).
  const entries = getObjectEntries(ctx, options.type === AST_NODE_TYPES.Identifier ? options : resolved);
  if (!entries) return null;
  // An entry is known only when no unreadable spread comes after it.
  const known = (key: string) => {
    const entry = entries.entries.find((e) => e.key === key) ?? null;
    return entry && !overridable(ctx, resolved, entry) ? entry : null;
  };
  if (semantics.delegatorKey && entries.entries.some((e) => e.key === semantics.delegatorKey)) return null;
  let originEntry = known(semantics.originKey);
  let originSemantics = semantics;
  if (!originEntry && semantics.staticOriginKey) {
    originEntry = known(semantics.staticOriginKey);
    originSemantics = { ...semantics, staticOrigin: true };
  }
  if (!originEntry && entries.incomplete) return null;
  const credentialsEntry = semantics.credentialsHeaderOption ? credentialsHeader(ctx, known(semantics.credentialsHeaderOption)) : known(semantics.credentialsKey);
  const credentials =
    !credentialsEntry && entries.incomplete ? ({ kind: 'unknown', property: null } as const) : credentialsPolicyOf(ctx, semantics, credentialsEntry);
  const origin = originPolicyOf(ctx, originSemantics, originEntry);
  const headerWildcards = headerWildcardsOf(ctx, semantics, known);
  if (isForeignNode(ctx, resolved)) {
    // Options written in another module: judged here, reported at this use, never edited from here.
    return {
      semantics,
      node,
      options: null,
      written: options,
      // `{ cors: … }` of options read from another module (`new Server(http, ioOptions)`) is no place for a report here either.
      corsProperty: corsProperty && isForeignNode(ctx, corsProperty) ? null : corsProperty,
      argumentIndex,
      corsHolder: null,
      origin: { ...origin, property: null },
      credentials: { ...credentials, property: null },
      headerWildcards: [],
      sealed: true,
    };
  }
  const sealed = [originEntry, credentialsEntry].some((e) => e !== null && (e.property === null || e.writes.length > 1));
  return { semantics, node, options: resolved, written: options, corsProperty, argumentIndex, corsHolder, origin, credentials, headerWildcards, sealed };
}

/** Options through constants and the keys of constant objects: `cors(config.cors)`, `cors(settings.http.cors)`. */
function resolveOptions(ctx: ValueContext, node: Node, depth = 0): Node {
  const resolved = resolveExpression(ctx, node);
  if (resolved.type !== AST_NODE_TYPES.MemberExpression || depth > 4) return resolved;
  const key = getPropertyName(ctx, resolved);
  const entry = key === null ? null : getObjectEntries(ctx, resolveOptions(ctx, resolved.object, depth + 1));
  const value = entry && !entry.incomplete ? entry.entries.find((e) => e.key === key)?.value : undefined;
  return value ? resolveOptions(ctx, value, depth + 1) : resolved;
}

/** The Access-Control-Allow-Credentials entry of a headers option (`headers: { 'Access-Control-Allow-Credentials': 'true' }`). */
function credentialsHeader(ctx: ValueContext, option: ObjectEntry | null): ObjectEntry | null {
  if (!option) return null;
  return getObjectEntries(ctx, option.value)?.entries.find((e) => e.key.toLowerCase() === 'access-control-allow-credentials') ?? null;
}

/** `'*'` in the header list options the library sends as written: `allowedHeaders: '*'`, `methods: ['GET', '*']`. */
function headerWildcardsOf(ctx: ValueContext, semantics: LibrarySemantics, known: (key: string) => ObjectEntry | null): HeaderListWildcard[] {
  const found: HeaderListWildcard[] = [];
  for (const [key, list] of Object.entries(semantics.headerLists)) {
    if (list.wildcard !== 'literal') continue;
    const entry = known(key);
    if (!entry?.property) continue;
    const property = entry.property;
    const value = resolveExpression(ctx, entry.value);
    const items = value.type === AST_NODE_TYPES.ArrayExpression ? value.elements : [entry.value];
    for (const item of items) {
      if (!item || item.type === AST_NODE_TYPES.SpreadElement) continue;
      const text = getStaticValue(ctx, item)?.value;
      if (typeof text !== 'string') continue;
      const tokens = headerTokens(text);
      if (tokens.includes('*')) found.push({ header: list.header, property, wildcard: item, rest: tokens.filter((t) => t !== '*') });
    }
  }
  return found;
}
