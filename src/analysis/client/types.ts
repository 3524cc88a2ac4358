/**
 * Client requests as the model sees them: which API makes them, where they go
 * and whether they send credentials (docs/cors-semantics.md, "Client requests").
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { RequestUrl } from './urls.js';

type Node = TSESTree.Node;

export type RequestApi =
  | 'fetch'
  | 'Request'
  | 'axios'
  | 'XMLHttpRequest'
  | 'EventSource'
  | 'ky'
  | 'ofetch'
  | 'jQuery'
  | 'HttpClient'
  | 'ApolloClient'
  | 'urql'
  | 'GraphQLClient'
  | 'socket.io'
  | 'useFetch'
  | 'fetchBaseQuery'
  | 'superagent';

/**
 * What the request does about credentials:
 * - `include`: sends them (`credentials: 'include'`, `withCredentials: true`);
 * - `same-origin`: explicitly only to the page's own origin;
 * - `off`: explicitly `withCredentials: false`;
 * - `omit`: explicitly never (a deliberate choice);
 * - `default`: not set, so the API's default (no cookies cross-origin);
 * - `unknown`: set to a value the code does not show.
 */
export type CredentialsMode = 'include' | 'same-origin' | 'off' | 'omit' | 'default' | 'unknown';

/**
 * How an API spells credentials: `credentials: 'include'`, `withCredentials: true`,
 * jQuery `xhrFields: { withCredentials }`, urql `fetchOptions: { credentials }`,
 * the XHR property, superagent's `.withCredentials()`.
 */
export type CredentialsDialect = 'fetch' | 'with-credentials' | 'jquery' | 'fetch-options' | 'xhr' | 'superagent';

/** A spelling that keeps the credentials option inside another options object. */
export interface NestedSpelling {
  readonly container: string;
  readonly inner: 'fetch' | 'with-credentials';
  /** Options with which the request's settings can be anything (jQuery `beforeSend`). */
  readonly opaque: readonly string[];
}

export const NESTED_SPELLINGS: Readonly<Partial<Record<CredentialsDialect, NestedSpelling>>> = {
  jquery: { container: 'xhrFields', inner: 'with-credentials', opaque: ['beforeSend'] },
  'fetch-options': { container: 'fetchOptions', inner: 'fetch', opaque: [] },
};

export interface CredentialsSetting {
  readonly mode: CredentialsMode;
  /**
   * The options come partly from elsewhere (an unresolved spread, a parameter):
   * the setting may be made there.
   */
  readonly uncertain: boolean;
  /** Where the setting comes from: the call itself, the client instance, a global default, or nowhere. */
  readonly from: 'call' | 'instance' | 'global' | 'default';
  /** The property (`credentials: 'include'`) or assignment (`xhr.withCredentials = true`) that sets it. */
  readonly node: Node | null;
  /** The value of that property or assignment. */
  readonly value: Node | null;
}

/** Where credentials can be written for a request, in the code as it stands. */
export type CredentialsEdit =
  /** A new options argument at `index` (which is the number of arguments the call has). */
  | { readonly kind: 'argument'; readonly call: TSESTree.CallExpression | TSESTree.NewExpression; readonly index: number; readonly dialect: CredentialsDialect; readonly local: boolean }
  /** A new property in an object literal. */
  | { readonly kind: 'property'; readonly object: TSESTree.ObjectExpression; readonly dialect: CredentialsDialect; readonly local: boolean }
  /** A new value for an existing property or assignment. */
  | { readonly kind: 'replace'; readonly value: Node; readonly dialect: CredentialsDialect; readonly local: boolean }
  /** Options passed in from elsewhere: `init` becomes `{ ...init, credentials: 'include' }`. */
  | { readonly kind: 'spread'; readonly node: Node; readonly dialect: CredentialsDialect; readonly local: boolean }
  /** `.withCredentials()` chained onto the call that makes the request (superagent). */
  | { readonly kind: 'chain'; readonly call: TSESTree.CallExpression; readonly dialect: CredentialsDialect; readonly local: boolean }
  /** `xhr.withCredentials = true;` before the statement that opens the request. */
  | { readonly kind: 'statement'; readonly statement: TSESTree.ExpressionStatement; readonly receiver: string; readonly dialect: CredentialsDialect; readonly local: boolean };

export interface ClientRequest {
  readonly api: RequestApi;
  /** One request, or a client instance created with defaults (`axios.create`, `ky.create`, `ofetch.create`). */
  readonly kind: 'call' | 'instance';
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  /** Where the request goes; for an instance, its base URL. */
  readonly url: RequestUrl;
  /** The smallest node naming the destination: the URL argument, or the instance's config. */
  readonly target: Node;
  readonly dialect: CredentialsDialect;
  readonly credentials: CredentialsSetting;
  /** Where to set credentials on this request (or instance); null when the code leaves no place for it. */
  readonly edit: CredentialsEdit | null;
  /** The instance a call is made on. */
  readonly instance: ClientRequest | null;
  /** The call's URL is relative to its instance's base URL, so the instance answers for it. */
  readonly viaInstanceBase: boolean;
  /** The request (or its instance) sets a token header by hand (`Authorization`, `X-Session-Token`): it authenticates without cookies. */
  readonly authorization: boolean;
}

/** A module-wide default: `axios.defaults.withCredentials = true`, `$.ajaxSetup({ xhrFields: { withCredentials: true } })`. */
export interface GlobalCredentialsDefault {
  readonly api: RequestApi;
  readonly mode: CredentialsMode;
  /** The assignment or the setup call. */
  readonly node: Node;
  /** The property or assignment to remove. */
  readonly setting: Node;
}

export interface RequestModel {
  readonly requests: readonly ClientRequest[];
  readonly globals: readonly GlobalCredentialsDefault[];
  /**
   * The same requests read with the app-wide set-up of modules this one does
   * not import (`client/app-setup.ts`): searched on first call, and only
   * offered when a request of an API that such set-up changes is made.
   */
  readonly withAppSetup?: () => RequestModel;
}
