/**
 * What each CORS library really does with its options (cors-facts §2), and
 * the normalisation of an options object into one policy under those rules.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { analyzeOriginCallback, type CallbackAnalysis, type CallbackStyle } from '../trust/decisions.js';
import { OriginCheckClassifier, type WeakCheck } from '../trust/origin-checks.js';
import { isRequestOriginRead } from '../server/request-origin.js';
import {
  getObjectEntries,
  getStaticValue,
  propertyKeyName,
  resolveExpression,
  resolveFunction,
  unwrap,
  type ObjectEntry,
  type ValueContext,
} from '../core/values.js';

type Node = TSESTree.Node;

export type Library =
  | 'cors'
  | '@koa/cors'
  | '@fastify/cors'
  | 'hono/cors'
  | 'h3'
  | '@hapi/hapi'
  | 'nestjs'
  | 'socket.io'
  | 'apollo-server';

export interface LibrarySemantics {
  readonly library: Library;
  /** Display name in messages. */
  readonly label: string;
  /** Origin when the option is absent. */
  readonly defaultOrigin: 'any' | 'disabled';
  /** What `origin: true` means. */
  readonly originTrue: 'echo' | 'unsupported';
  /** `'*'` together with credentials: sent literally (broken) or turned into an echo (exploitable). */
  readonly wildcardWithCredentials: 'literal' | 'echo';
  /** Any origin is answered with the request's own Origin even without credentials (hapi). */
  readonly anyOriginEchoes: boolean;
  /** An origin list containing `'*'`: matches nothing (cors), means any origin (@fastify/cors, hapi), or literal. */
  readonly listWithWildcard: 'nothing' | 'any' | 'literal';
  /** `origin: false | null | undefined` switches CORS off. */
  readonly falsyDisables: boolean;
  readonly callbackStyle: CallbackStyle;
  /** A `node-callback` origin function may instead return a promise of the decision (@fastify/cors). */
  readonly promiseOrigins: boolean;
  /** Any truthy `credentials` turns credentials on (`!!options.credentials`), not only `true`. */
  readonly credentialsTruthy: boolean;
  /** An option that hands the whole configuration to a per-request function (@fastify/cors `delegator`). */
  readonly delegatorKey: string | null;
  /** Accepts an array of origins (an allowlist fix can write one). */
  readonly acceptsList: boolean;
  /** Name of the origin and credentials options. */
  readonly originKey: string;
  readonly credentialsKey: string;
}

const CORS_LIKE: Omit<LibrarySemantics, 'library' | 'label'> = {
  defaultOrigin: 'any',
  originTrue: 'echo',
  wildcardWithCredentials: 'literal',
  anyOriginEchoes: false,
  listWithWildcard: 'nothing',
  falsyDisables: true,
  callbackStyle: 'node-callback',
  promiseOrigins: false,
  credentialsTruthy: false,
  delegatorKey: null,
  acceptsList: true,
  originKey: 'origin',
  credentialsKey: 'credentials',
};

export const SEMANTICS: Record<Library, LibrarySemantics> = {
  cors: { ...CORS_LIKE, library: 'cors', label: 'cors' },
  nestjs: { ...CORS_LIKE, library: 'nestjs', label: 'NestJS' },
  'socket.io': { ...CORS_LIKE, library: 'socket.io', label: 'socket.io' },
  'apollo-server': { ...CORS_LIKE, library: 'apollo-server', label: 'Apollo Server' },
  '@fastify/cors': { ...CORS_LIKE, library: '@fastify/cors', label: '@fastify/cors', listWithWildcard: 'any', promiseOrigins: true, credentialsTruthy: true, delegatorKey: 'delegator' },
  '@koa/cors': {
    ...CORS_LIKE,
    library: '@koa/cors',
    label: '@koa/cors',
    originTrue: 'unsupported',
    wildcardWithCredentials: 'echo',
    listWithWildcard: 'literal',
    falsyDisables: false,
    callbackStyle: 'return',
    credentialsTruthy: true,
    acceptsList: false,
  },
  'hono/cors': {
    ...CORS_LIKE,
    library: 'hono/cors',
    label: 'hono/cors',
    originTrue: 'unsupported',
    listWithWildcard: 'literal',
    falsyDisables: false,
    callbackStyle: 'return',
    credentialsTruthy: true,
  },
  h3: { ...CORS_LIKE, library: 'h3', label: 'h3 CORS', originTrue: 'unsupported', listWithWildcard: 'literal', falsyDisables: false, callbackStyle: 'return', credentialsTruthy: true },
  '@hapi/hapi': {
    ...CORS_LIKE,
    library: '@hapi/hapi',
    label: 'hapi',
    originTrue: 'unsupported',
    wildcardWithCredentials: 'echo',
    anyOriginEchoes: true,
    listWithWildcard: 'any',
    falsyDisables: false,
    callbackStyle: 'return',
  },
};

export type OriginKind =
  /** Any origin (`'*'`, or the library default). */
  | 'any'
  /** The request Origin is echoed back (`origin: true`, allow-all callbacks). */
  | 'echo'
  | 'fixed'
  | 'list'
  | 'pattern'
  | 'callback'
  /** From configuration: `process.env.X`, an imported setting. */
  | 'config'
  | 'disabled'
  | 'unknown';

export interface OriginListEntry {
  readonly node: Node;
  readonly value: string | null;
  readonly regex: { readonly pattern: string; readonly flags: string } | null;
}

export interface OriginPolicy {
  readonly kind: OriginKind;
  /** The `origin` property, when written. */
  readonly property: TSESTree.Property | null;
  /** The `'*'` that makes the origin any: the option, a list element, or what an allow-all callback hands back. */
  readonly wildcard: Node | null;
  readonly entries: readonly OriginListEntry[];
  readonly callback: CallbackAnalysis | null;
  /** Weak checks: unanchored RegExps, bypassable callback conditions. */
  readonly weakChecks: readonly WeakCheck[];
  /** `'null'` entries or values trusted as an origin. */
  readonly nullOrigins: readonly Node[];
  /** `*` is sent as is, even where the library would otherwise echo with credentials (hapi `origin: 'ignore'`). */
  readonly literalWildcard: boolean;
}

export interface CredentialsPolicy {
  readonly kind: 'on' | 'off' | 'unknown';
  readonly property: TSESTree.Property | null;
}

export interface CorsPolicy {
  readonly semantics: LibrarySemantics;
  /** The call (or object) that configures CORS. */
  readonly node: Node;
  /** The options object, when it is an object literal of this module. */
  readonly options: TSESTree.ObjectExpression | null;
  /** The options as written at the use: the argument, or the value of a `cors` key (`true` in `{ cors: true }`). */
  readonly written: Node | null;
  /** The `cors` key that configures CORS inside a framework's options (`{ cors: true }`), when there is one. */
  readonly corsProperty: TSESTree.Property | null;
  /** Which argument of `node` (a call) holds the options, when they are passed as one. */
  readonly argumentIndex: number | null;
  readonly origin: OriginPolicy;
  readonly credentials: CredentialsPolicy;
}

export type EffectiveOrigin = 'wildcard' | 'echo' | 'restricted' | 'disabled' | 'unknown';

/** What the browser receives as Access-Control-Allow-Origin, once library quirks apply. */
export function effectiveOrigin(policy: CorsPolicy): EffectiveOrigin {
  const { origin, credentials, semantics } = policy;
  switch (origin.kind) {
    case 'any':
      if (origin.literalWildcard) return 'wildcard';
      if (semantics.anyOriginEchoes) return 'echo';
      return credentials.kind === 'on' && semantics.wildcardWithCredentials === 'echo' ? 'echo' : 'wildcard';
    case 'echo':
      return 'echo';
    case 'callback':
      // A callback that lets everything through with `'*'` sends `*`, like `origin: '*'`.
      if (origin.callback?.kind === 'allow-all' && origin.wildcard) {
        return credentials.kind === 'on' && semantics.wildcardWithCredentials === 'echo' ? 'echo' : 'wildcard';
      }
      return origin.callback?.kind === 'allow-all' || origin.callback?.kind === 'echo' ? 'echo' : 'restricted';
    case 'disabled':
      return 'disabled';
    case 'unknown':
      return 'unknown';
    default:
      return 'restricted';
  }
}

const UNKNOWN_CALLBACK: CallbackAnalysis = { kind: 'unknown', permissive: null, weakChecks: [], nullEntries: [] };

const EMPTY_ORIGIN = { entries: [], callback: null, weakChecks: [], nullOrigins: [], wildcard: null, literalWildcard: false } as const;

function originPolicyOf(
  ctx: ValueContext,
  semantics: LibrarySemantics,
  entry: ObjectEntry | null,
): OriginPolicy {
  const property = entry?.property ?? null;
  if (!entry) return { ...EMPTY_ORIGIN, kind: semantics.defaultOrigin, property };
  const value = resolveExpression(ctx, entry.value);
  const fn = resolveFunction(ctx, entry.value);
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
      if (semantics.library === '@hapi/hapi') {
        // hapi takes a list of origins or 'ignore' (always `*`); any other string fails its validation.
        return text === 'ignore' ? { ...EMPTY_ORIGIN, kind: 'any', property, wildcard: value, literalWildcard: true } : { ...EMPTY_ORIGIN, kind: 'unknown', property };
      }
      if (text === '*') return { ...EMPTY_ORIGIN, kind: 'any', property, wildcard: value };
      if (text === '') return { ...EMPTY_ORIGIN, kind: semantics.falsyDisables ? 'disabled' : semantics.defaultOrigin, property };
      const nullOrigins = text.toLowerCase() === 'null' ? [value] : [];
      return { ...EMPTY_ORIGIN, kind: 'fixed', property, entries: [{ node: value, value: v, regex: null }], nullOrigins };
    }
    return { ...EMPTY_ORIGIN, kind: 'unknown', property };
  }
  return { ...EMPTY_ORIGIN, kind: 'config', property };
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
      if (text === '*') wildcard ??= value;
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

function regexOf(ctx: ValueContext, node: Node): { pattern: string; flags: string } | null {
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.Literal && 'regex' in value && value.regex) return value.regex;
  if (
    (value.type === AST_NODE_TYPES.NewExpression || value.type === AST_NODE_TYPES.CallExpression) &&
    value.callee.type === AST_NODE_TYPES.Identifier &&
    value.callee.name === 'RegExp'
  ) {
    const stat = getStaticValue(ctx, value);
    if (stat && stat.value instanceof RegExp) return { pattern: stat.value.source, flags: stat.value.flags };
  }
  return null;
}

function patternChecks(ctx: ValueContext, node: Node): WeakCheck[] {
  const verdict = new OriginCheckClassifier(ctx, () => false).regExpCheck(node);
  return verdict.kind === 'weak' ? [...verdict.checks] : [];
}

function credentialsPolicyOf(ctx: ValueContext, semantics: LibrarySemantics, entry: ObjectEntry | null): CredentialsPolicy {
  if (!entry) return { kind: 'off', property: null };
  const stat = getStaticValue(ctx, entry.value);
  if (!stat) return { kind: 'unknown', property: entry.property };
  const value = stat.value;
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

/** Where the options of a use are written, for reports and fixes. */
export interface PolicySite {
  readonly corsProperty?: TSESTree.Property | null;
  readonly argumentIndex?: number | null;
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
  const defaults = (written: Node | null): CorsPolicy => ({
    semantics,
    node,
    options: null,
    written,
    corsProperty,
    argumentIndex,
    origin: originPolicyOf(ctx, semantics, null),
    credentials: { kind: 'off', property: null },
  });
  if (!options) return defaults(null);
  const resolved = resolveExpression(ctx, options);
  const stat = resolved.type === AST_NODE_TYPES.Literal ? getStaticValue(ctx, resolved) : null;
  if (stat && stat.value === true) return defaults(options);
  if (resolved.type !== AST_NODE_TYPES.ObjectExpression) return null;
  // Accessors compute their value when read.
  if (resolved.properties.some((p) => p.type === AST_NODE_TYPES.Property && p.kind !== 'init')) return null;
  const entries = getObjectEntries(ctx, resolved);
  if (!entries) return null;
  // An entry is known only when no unreadable spread comes after it.
  const known = (key: string) => {
    const entry = entries.entries.find((e) => e.key === key) ?? null;
    return entry && !overridable(ctx, resolved, entry) ? entry : null;
  };
  if (semantics.delegatorKey && entries.entries.some((e) => e.key === semantics.delegatorKey)) return null;
  const originEntry = known(semantics.originKey);
  if (!originEntry && entries.incomplete) return null;
  const credentialsEntry = known(semantics.credentialsKey);
  const credentials =
    !credentialsEntry && entries.incomplete ? ({ kind: 'unknown', property: null } as const) : credentialsPolicyOf(ctx, semantics, credentialsEntry);
  return { semantics, node, options: resolved, written: options, corsProperty, argumentIndex, origin: originPolicyOf(ctx, semantics, originEntry), credentials };
}
