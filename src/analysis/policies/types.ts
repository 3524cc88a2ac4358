/**
 * The normalised form of a CORS middleware configuration: what a library does
 * with its options (`LibrarySemantics`, see docs/cors-semantics.md), and the
 * policy one use of it amounts to (`CorsPolicy`).
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { CallbackAnalysis, CallbackStyle } from '../trust/decisions.js';
import type { WeakCheck } from '../trust/origin-checks.js';

type Node = TSESTree.Node;

export interface LibrarySemantics {
  /** Identifier of the library (its package name, or a family name such as `nestjs`). */
  readonly library: string;
  /** Display name in messages. */
  readonly label: string;
  /** Origin when the option is absent: any (`*`), an echo of the request's Origin (Elysia), or none. */
  readonly defaultOrigin: 'any' | 'echo' | 'disabled';
  /** What `origin: true` means. */
  readonly originTrue: 'echo' | 'unsupported';
  /** `'*'` together with credentials: sent literally (broken) or turned into an echo (exploitable). */
  readonly wildcardWithCredentials: 'literal' | 'echo';
  /** Any origin is answered with the request's own Origin even without credentials (hapi). */
  readonly anyOriginEchoes: boolean;
  /** An origin list containing `'*'`: matches nothing (cors), means any origin (@fastify/cors, hapi), or literal. */
  readonly listWithWildcard: 'nothing' | 'any' | 'literal';
  /** List entries may hold `*` wildcards that match any characters (hapi: `'https://*.example.com'`). */
  readonly listWildcards: boolean;
  /** `origin: false | null | undefined` switches CORS off. */
  readonly falsyDisables: boolean;
  /** A string origin is one origin (`'value'`), or only the keyword `'ignore'` is valid and sends `*` (hapi). */
  readonly stringOrigin: 'value' | 'ignore-keyword';
  /** A string origin without `://` is a substring test of the request's Origin (@elysiajs/cors before 1.3.1). */
  readonly schemelessSubstring: boolean;
  /** The origin option is sent as written and never compared with the request: no list, pattern or function (micro-cors). */
  readonly staticOrigin: boolean;
  readonly callbackStyle: CallbackStyle;
  /** A `node-callback` origin function may instead return a promise of the decision (@fastify/cors). */
  readonly promiseOrigins: boolean;
  /** Credentials when the option is absent. */
  readonly defaultCredentials: 'on' | 'off';
  /** Any truthy `credentials` turns credentials on (`!!options.credentials`), not only `true`. */
  readonly credentialsTruthy: boolean;
  /** An option that hands the whole configuration to a per-request function (@fastify/cors `delegator`). */
  readonly delegatorKey: string | null;
  /** Accepts an array of origins (an allowlist fix can write one). */
  readonly acceptsList: boolean;
  /**
   * Options that set Access-Control-Allow-Headers, -Allow-Methods and
   * -Expose-Headers, by name: whether a `'*'` in them is sent as is (a literal
   * name once credentials are on) or turned into a reflection of the request.
   */
  readonly headerLists: Readonly<Record<string, HeaderListSemantics>>;
  /**
   * An option of extra response headers where an Access-Control-Allow-Credentials
   * entry is how credentials are turned on (itty-router v4 `headers`), instead of
   * a credentials option.
   */
  readonly credentialsHeaderOption: string | null;
  /** An option holding one origin sent as written, read when the origin option is absent (middy `origin` beside `origins`). */
  readonly staticOriginKey: string | null;
  /** Name of the origin and credentials options. */
  readonly originKey: string;
  readonly credentialsKey: string;
}

export interface HeaderListSemantics {
  readonly header: 'Access-Control-Allow-Headers' | 'Access-Control-Allow-Methods' | 'Access-Control-Expose-Headers';
  readonly wildcard: 'literal' | 'reflect';
}

/** A header list option that sets Access-Control-Allow-Headers, with `'*'` sent as is. */
export const ALLOW_HEADERS: HeaderListSemantics = { header: 'Access-Control-Allow-Headers', wildcard: 'literal' };
export const ALLOW_METHODS: HeaderListSemantics = { header: 'Access-Control-Allow-Methods', wildcard: 'literal' };
export const EXPOSE_HEADERS: HeaderListSemantics = { header: 'Access-Control-Expose-Headers', wildcard: 'literal' };

/** The same option with `'*'` turned into a reflection of the request's headers or method. */
export function reflecting(list: HeaderListSemantics): HeaderListSemantics {
  return { ...list, wildcard: 'reflect' };
}

/** Header list options sent as written, under the names `cors` uses (`allowedHeaders`, `methods`, `exposedHeaders`). */
export const LITERAL_HEADER_LISTS = { allowedHeaders: ALLOW_HEADERS, headers: ALLOW_HEADERS, methods: ALLOW_METHODS, exposedHeaders: EXPOSE_HEADERS };

/** The same under the names `@koa/cors`, hono, micro-cors and itty-router use (`allowHeaders`, `allowMethods`, `exposeHeaders`). */
export const LITERAL_ALLOW_LISTS = { allowHeaders: ALLOW_HEADERS, allowMethods: ALLOW_METHODS, exposeHeaders: EXPOSE_HEADERS };

/** The semantics of the `cors` package, which most other libraries copy. */
export const CORS_LIKE: Omit<LibrarySemantics, 'library' | 'label'> = {
  defaultOrigin: 'any',
  originTrue: 'echo',
  wildcardWithCredentials: 'literal',
  anyOriginEchoes: false,
  listWithWildcard: 'nothing',
  listWildcards: false,
  falsyDisables: true,
  stringOrigin: 'value',
  schemelessSubstring: false,
  staticOrigin: false,
  callbackStyle: 'node-callback',
  promiseOrigins: false,
  defaultCredentials: 'off',
  credentialsTruthy: false,
  delegatorKey: null,
  acceptsList: true,
  headerLists: LITERAL_HEADER_LISTS,
  credentialsHeaderOption: null,
  staticOriginKey: null,
  originKey: 'origin',
  credentialsKey: 'credentials',
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
  /**
   * When the origin is what this policy describes on some paths only: the
   * condition of that path ("when CORS_ORIGIN is unset"). A fix is then no
   * longer right on every path.
   */
  readonly condition?: string | null;
  /** With a condition: the value taken on that path (`true` in `isProduction ? list : true`), when written in this module. */
  readonly valueNode?: Node | null;
}

export interface CredentialsPolicy {
  readonly kind: 'on' | 'off' | 'unknown';
  readonly property: TSESTree.Property | null;
}

/** A `'*'` in a header list option, sent as a literal name. */
export interface HeaderListWildcard {
  readonly header: HeaderListSemantics['header'];
  readonly property: TSESTree.Property;
  /** The string holding the `*` (the whole value, or one element of a list). */
  readonly wildcard: Node;
  /** The other names in that string (`'Content-Type, *'` → `['Content-Type']`). */
  readonly rest: readonly string[];
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
  /** A framework's options object without a `cors` key, whose defaults configure CORS (`createYoga({ schema })`). */
  readonly corsHolder: TSESTree.ObjectExpression | null;
  readonly origin: OriginPolicy;
  readonly credentials: CredentialsPolicy;
  /** True when the options cannot be edited here: written in another module, or changed by statements after their literal. */
  readonly sealed?: boolean;
  /** `'*'` written in header list options that the library sends as is. */
  readonly headerWildcards: readonly HeaderListWildcard[];
}

/** Where the options of a use are written, for reports and fixes. */
export interface PolicySite {
  readonly corsProperty?: TSESTree.Property | null;
  readonly argumentIndex?: number | null;
  readonly corsHolder?: TSESTree.ObjectExpression | null;
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
