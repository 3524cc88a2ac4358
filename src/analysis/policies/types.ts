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
  /** A string origin is one origin (`'value'`), or only the keyword `'ignore'` is valid and sends `*` (hapi). */
  readonly stringOrigin: 'value' | 'ignore-keyword';
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
  /** Name of the origin and credentials options. */
  readonly originKey: string;
  readonly credentialsKey: string;
}

/** The semantics of the `cors` package, which most other libraries copy. */
export const CORS_LIKE: Omit<LibrarySemantics, 'library' | 'label'> = {
  defaultOrigin: 'any',
  originTrue: 'echo',
  wildcardWithCredentials: 'literal',
  anyOriginEchoes: false,
  listWithWildcard: 'nothing',
  falsyDisables: true,
  stringOrigin: 'value',
  staticOrigin: false,
  callbackStyle: 'node-callback',
  promiseOrigins: false,
  defaultCredentials: 'off',
  credentialsTruthy: false,
  delegatorKey: null,
  acceptsList: true,
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
  /** True when the options cannot be edited here: written in another module, or changed by statements after their literal. */
  readonly sealed?: boolean;
}

/** Where the options of a use are written, for reports and fixes. */
export interface PolicySite {
  readonly corsProperty?: TSESTree.Property | null;
  readonly argumentIndex?: number | null;
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
