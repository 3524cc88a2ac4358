/**
 * How a client API is described: one declaration per API (in `apis/`) says
 * through which imports or globals it is reached, which calls make requests and
 * where their URL and options are, how it spells credentials and what it does
 * when they are not set. The collector reads requests from these declarations
 * alone, so adding an API is adding one file and one list entry.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { contextOf } from '../core/context.js';
import { findVariable, getPropertyName, resolveImport, unwrap, type ImportReference, type ValueContext } from '../core/values.js';
import type { CredentialsDialect, RequestApi } from './types.js';
import type { JoinStyle } from './urls.js';

type Node = TSESTree.Node;

/** Where a request call keeps its URL and options. */
export interface RequestForm {
  /** Index of the URL argument, or `'option'` when the URL is an option (`axios({ url })`, `new HttpLink({ uri })`). */
  readonly url: number | 'option';
  /** The option that holds the URL when `url` is `'option'` (default `url`). */
  readonly urlKey?: string;
  /** Index of the options argument, or null when the call takes none (`$.get(url, data, success)`). */
  readonly options: number | null;
  /** The call needs at least this many arguments to be a request. */
  readonly minArguments?: number;
}

/** A call (or construction) that makes a request. */
export interface RequestCall {
  readonly kind: 'request';
  readonly form: RequestForm;
  /** The form used instead when the first argument is an options object (`axios({ url })`, `$.ajax({ url })`). */
  readonly objectForm?: RequestForm | 'skip';
  /** A `Request` object as first argument carries its own options: not a request of this call. */
  readonly skipRequestObject?: boolean;
  /** True when the request's credentials do not matter (socket.io with only the WebSocket transport). */
  readonly irrelevant?: (ctx: ValueContext, node: TSESTree.CallExpression | TSESTree.NewExpression) => boolean;
  /** Recorded as another API (`ofetch.native` is plain `fetch`). */
  readonly as?: { readonly name: RequestApi; readonly dialect: CredentialsDialect };
}

/** A call that creates a client instance with defaults (`axios.create`, `ky.extend`). */
export interface InstanceCall {
  readonly kind: 'instance';
}

/** A construction read by the API's own code (`new XMLHttpRequest()` and its later `open`). */
export interface CustomCall {
  readonly kind: 'custom';
  readonly read: (collector: CustomReader, node: TSESTree.NewExpression | TSESTree.CallExpression) => void;
}

export type CallSpec = RequestCall | InstanceCall | CustomCall;

/** What a custom reader may use from the collector. */
export interface CustomReader {
  readonly ctx: ValueContext;
  push(request: import('./types.js').ClientRequest): void;
}

/** A module an API is imported from, and the exports that are the API itself. */
export interface ModuleEntry {
  readonly source: string;
  /** `default` for the default export or CommonJS module, or the names of named exports. */
  readonly exports: readonly string[];
}

/** A global through which the API is reached. */
export interface GlobalEntry {
  readonly name: string;
  /** Reached as a bare identifier (`fetch`, `$`). */
  readonly bare: boolean;
  /** Reached on `window` / `globalThis` / `self` (`window.axios`). */
  readonly onGlobalObject: boolean;
}

/** Client instances: how they are created and how they join a call's path to their base. */
export interface InstanceSpec {
  /** Options that hold the base URL, in order of precedence. */
  readonly baseKeys: readonly string[];
  readonly join: JoinStyle;
  /** Methods of an instance that create a child instance. */
  readonly children: readonly string[];
}

/** Module-wide set-up an API offers. */
export interface SetupSpec {
  /** `X.defaults.withCredentials = …`, `X.defaults.baseURL = …` on the API and its instances. */
  readonly defaults?: { readonly credentials: string; readonly base: string };
  /** `X.interceptors.request.use(…)`: may set credentials on every request. */
  readonly interceptors?: boolean;
  /** Setup calls on the API: options at an index, or `'unknown'` when the call's effect cannot be read. */
  readonly calls?: Readonly<Record<string, number | 'unknown'>>;
}

export interface ClientApi {
  readonly name: RequestApi;
  /** How the options spell credentials; also how a fix writes them. */
  readonly dialect: CredentialsDialect;
  /** What a request sends when credentials are not set: only same-origin cookies, or none. */
  readonly defaultCredentials: 'same-origin' | 'omit';
  /** A module whose text does not match cannot use the API: its recognition is skipped. */
  readonly text: RegExp;
  readonly modules: readonly ModuleEntry[];
  readonly globals: readonly GlobalEntry[];
  /** Recognises a receiver of the API that is not an import or global (an injected Angular `HttpClient`). */
  readonly receiver?: (ctx: ValueContext, node: Node) => boolean;
  /** Calls by their path below the API: `''` for the API itself, `get` for `axios.get`. */
  readonly calls: Readonly<Record<string, CallSpec>>;
  /** Constructions by path: `''` for `new EventSource(…)`. */
  readonly constructs?: Readonly<Record<string, CallSpec>>;
  readonly instances?: InstanceSpec;
  readonly setup?: SetupSpec;
}

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self']);

/** The source text of a node, read in the module it belongs to. */
export function textOf(ctx: ValueContext, node: Node): string {
  return contextOf(ctx, node).sourceCode.getText(node);
}

/**
 * What the API tests ask of a node does not depend on the API: a call is
 * matched against every API a module may use, so the answers are kept per
 * node (nodes belong to one tree, and trees are not shared between lints).
 */
function remembered<K extends object, V>(cache: WeakMap<K, V>, key: K, compute: () => V): V {
  if (cache.has(key)) return cache.get(key)!;
  const value = compute();
  cache.set(key, value);
  return value;
}

const unshadowed = new WeakMap<TSESTree.Identifier, boolean>();
const imports = new WeakMap<Node, ImportReference | null>();
const propertyNames = new WeakMap<TSESTree.MemberExpression, string | null>();

export function isUnshadowed(ctx: ValueContext, id: TSESTree.Identifier): boolean {
  return remembered(unshadowed, id, () => !findVariable(ctx, id)?.defs.length);
}

/** The longest member chain read below an import (`a.b.c.d`), as in `resolveImport`. */
const MAX_IMPORT_PATH = 12;

/** `resolveImport`, with a member's answer built from its object's remembered one. */
function importOf(ctx: ValueContext, node: Node, depth = 0): ImportReference | null {
  return remembered(imports, node, () => {
    const current = unwrap(node);
    if (current.type !== AST_NODE_TYPES.MemberExpression) return resolveImport(ctx, current);
    const name = depth < MAX_IMPORT_PATH ? propertyNameOf(ctx, current) : null;
    const base = name === null ? null : importOf(ctx, current.object, depth + 1);
    return base && name !== null ? { ...base, path: [...base.path, name] } : null;
  });
}

function propertyNameOf(ctx: ValueContext, node: TSESTree.MemberExpression): string | null {
  return remembered(propertyNames, node, () => getPropertyName(ctx, node));
}

/** `window.X`, `globalThis.X`, `self.X` with an unshadowed global object. */
function globalMember(ctx: ValueContext, node: Node): string | null {
  const expr = unwrap(node);
  if (expr.type !== AST_NODE_TYPES.MemberExpression) return null;
  const object = unwrap(expr.object);
  if (object.type !== AST_NODE_TYPES.Identifier || !GLOBAL_OBJECTS.has(object.name) || !isUnshadowed(ctx, object)) return null;
  return propertyNameOf(ctx, expr);
}

/** True when `node` is the global named `name` (`name`, `window.name`, `globalThis.name`), not shadowed. */
export function isGlobal(ctx: ValueContext, node: Node, name: string): boolean {
  return isGlobalEntry(ctx, node, { name, bare: true, onGlobalObject: true });
}

function isGlobalEntry(ctx: ValueContext, node: Node, entry: GlobalEntry): boolean {
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.Identifier) return entry.bare && expr.name === entry.name && isUnshadowed(ctx, expr);
  return entry.onGlobalObject && globalMember(ctx, expr) === entry.name;
}

/** The property path read from an import of `source`: `[]` for the module itself, `['get']` for `axios.get`. */
function importPath(ctx: ValueContext, node: Node, api: ClientApi): { path: string[]; entry: ModuleEntry } | null {
  const ref = importOf(ctx, node);
  const entry = ref && api.modules.find((m) => m.source === ref.source);
  if (!ref || !entry) return null;
  if (ref.imported === 'default') return { path: [...ref.path], entry };
  if (ref.imported === '*') return { path: ref.path[0] === 'default' ? ref.path.slice(1) : [...ref.path], entry };
  return { path: [ref.imported, ...ref.path], entry };
}

/** True when `node` is the API itself: an import of one of its exports, one of its globals, or a receiver it recognises. */
export function isApiRoot(ctx: ValueContext, node: Node, api: ClientApi): boolean {
  const imported = api.modules.length > 0 ? importPath(ctx, node, api) : null;
  if (imported) {
    const { path, entry } = imported;
    return path.length === 0 ? entry.exports.includes('default') : path.length === 1 && path[0] !== 'default' && entry.exports.includes(path[0]!);
  }
  if (api.globals.some((g) => isGlobalEntry(ctx, node, g))) return true;
  return api.receiver?.(ctx, node) ?? false;
}

interface CallShape {
  /** The longest path below the API that is a call or construction (`get`: 1, the API itself: 0). */
  readonly depth: number;
  /** The last names of those paths. */
  readonly names: ReadonlySet<string>;
}

const shapes = new WeakMap<ClientApi, CallShape>();

function callShape(api: ClientApi): CallShape {
  return remembered(shapes, api, () => {
    const paths = [...Object.keys(api.calls), ...Object.keys(api.constructs ?? {})].filter((path) => path !== '').map((path) => path.split('.'));
    return { depth: Math.max(0, ...paths.map((path) => path.length)), names: new Set(paths.map((path) => path.at(-1)!)) };
  });
}

/**
 * The names a call `x.name(…)` must end with to be a call of `api`: the last
 * names of the paths it declares, and, when the API itself is callable, the
 * names it is reached by as a member (`window.fetch`, `ns.ky`). Null when any
 * name may be (a receiver the API recognises may be any member).
 */
export function memberCallNames(api: ClientApi): ReadonlySet<string> | null {
  const names = new Set(callShape(api).names);
  if (api.calls[''] === undefined && api.constructs?.[''] === undefined) return names;
  if (api.receiver) return null;
  for (const entry of api.modules) for (const name of entry.exports) names.add(name);
  for (const entry of api.globals) names.add(entry.name);
  return names;
}

/**
 * Peels member accesses off `node` until the API is reached; returns the path
 * below it (`['get']`), or null. Only paths the API declares a call or
 * construction for are looked for.
 */
export function pathBelowApi(ctx: ValueContext, node: Node, api: ClientApi): string[] | null {
  const shape = callShape(api);
  const names: string[] = [];
  let current = unwrap(node);
  for (let i = 0; i <= shape.depth; i++) {
    if (isApiRoot(ctx, current, api)) return names;
    if (i === shape.depth || current.type !== AST_NODE_TYPES.MemberExpression) return null;
    const name = propertyNameOf(ctx, current);
    if (name === null || (i === 0 && !shape.names.has(name))) return null;
    names.unshift(name);
    current = unwrap(current.object);
  }
  return null;
}

/** A request call taking the URL first and its options at `options` (`get(url, config)`, `post(url, data, config)`). */
export function urlCall(options: number): RequestCall {
  return { kind: 'request', form: { url: 0, options } };
}

/** The same call under several method names (`get`, `delete`, `head`, …). */
export function methodCalls(names: readonly string[], call: CallSpec): Record<string, CallSpec> {
  return Object.fromEntries(names.map((name) => [name, call]));
}

/** Credentials spelled as fetch's `credentials` option, `'same-origin'` when unset (docs/cors-semantics.md, "Client requests"). */
export const FETCH_CREDENTIALS = { dialect: 'fetch', defaultCredentials: 'same-origin' } as const;

/** Credentials spelled as a `withCredentials: true` flag, off when unset (docs/cors-semantics.md, "Client requests"). */
export const WITH_CREDENTIALS_FLAG = { dialect: 'with-credentials', defaultCredentials: 'omit' } as const;
