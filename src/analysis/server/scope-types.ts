/**
 * The shapes of the response-header model: scopes (the responses header
 * writes end up on), the writes that reach them, and the value kinds the
 * model tells apart. Built in `response-scopes.ts`.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { HeaderWrite } from './headers.js';
import type { RouteRegistration } from './routes.js';

type Node = TSESTree.Node;

/** A header write as it reaches one scope: directly, or through a helper call (`site`). */
export interface Contribution {
  readonly write: HeaderWrite;
  /** Where in the scope the write happens: the write itself, or the call of the helper that makes it. */
  readonly site: Node;
}

export type ResponseScopeKind = 'handler' | 'headers-object' | 'route-config' | 'route-decorators' | 'preflight-branch';

export interface ResponseScope {
  readonly kind: ResponseScopeKind;
  readonly node: Node;
  /** Writes made by this scope itself (and the helpers it calls). */
  readonly own: readonly Contribution[];
  /** Writes that reach it from global middleware of the same app. */
  readonly inherited: readonly Contribution[];
  /** Places (own or inherited) that write headers not known statically: any header may be written there. */
  readonly opaque: readonly Node[];
  /** Answers a preflight (OPTIONS) request. */
  readonly preflight: boolean;
  readonly registrations: readonly RouteRegistration[];
}

export type OriginValueKind = 'wildcard' | 'null' | 'fixed' | 'request-origin' | 'dynamic';

export interface OriginValue {
  readonly kind: OriginValueKind;
  /** The literal the static value is written as (possibly a constant's initialiser). */
  readonly literal: TSESTree.Literal | TSESTree.TemplateLiteral | null;
  /**
   * The same for every request: a fixed origin, or one read from constants,
   * the environment or configuration (`WEB_ORIGIN`, `process.env.ORIGIN`,
   * `config.cors.origin`) without calls or request data.
   */
  readonly constant: boolean;
  /**
   * For `*` or `null` sent on some paths only (`process.env.WEB_ORIGIN ?? '*'`):
   * when, as a message puts it ("when WEB_ORIGIN is unset"). Absent or null
   * when every path sends it.
   */
  readonly condition?: string | null;
}

export type CredentialsValueKind = 'true' | 'miscased' | 'false' | 'invalid' | 'dynamic';

export interface CredentialsValue {
  readonly kind: CredentialsValueKind;
  /** The literal the value is written as, when it is in this file (possibly a constant's initialiser). */
  readonly literal: TSESTree.Literal | TSESTree.TemplateLiteral | null;
  readonly text: string | null;
  /**
   * For a value sent on some paths only (`process.env.CORS_CREDENTIALS ?? 'true'`):
   * when, as a message puts it ("when CORS_CREDENTIALS is unset"). Absent or
   * null when every path sends it.
   */
  readonly condition?: string | null;
  /**
   * Each value known on some path, with its condition, when the value differs
   * by path (`process.env.X ?? 'True'`: `True` when X is unset); paths whose
   * value is not known are left out.
   */
  readonly paths?: readonly CredentialsValue[];
}

export interface ResponseHeaderModel {
  readonly writes: readonly HeaderWrite[];
  readonly scopes: readonly ResponseScope[];
  /**
   * Writes an app adds to every one of its responses (Elysia `app.headers({…})`),
   * among the inherited writes of its handlers. Unlike middleware, they reach
   * every response whatever order the code registers things in.
   */
  readonly appWide: ReadonlySet<HeaderWrite>;
  /** Module sources imported or required by the file (`express`, `koa`, …). */
  readonly imports: ReadonlySet<string>;
  classifyOrigin(write: HeaderWrite): OriginValue;
  classifyCredentials(write: HeaderWrite): CredentialsValue;
  /** True when `write`'s value is derived from the request's Origin header, or is other request data the caller chooses. */
  isPerRequest(write: HeaderWrite): boolean;
  /** True when code at `node` only runs for preflight (OPTIONS) requests. */
  isPreflightSite(node: Node): boolean;
}
