/**
 * Finds the client requests of a module (cors-facts §4): `fetch`, `new Request`,
 * axios (calls, instances, defaults), `XMLHttpRequest`, `EventSource`, ky,
 * ofetch / `$fetch`, jQuery `$.ajax` and Angular `HttpClient`. Libraries are
 * recognised by their import (or `require`), never by name alone.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import {
  findVariable,
  getPropertyName,
  getStaticString,
  isModuleExport,
  isStableVariable,
  resolveExpression,
  resolveImport,
  standaloneStatement,
  unwrap,
  walk,
  type ValueContext,
} from '../core/values.js';
import { modeOfValue, NOT_SET, optionValue, readOptions, setsAuthorization, UNKNOWN_SETTING, type OptionsInfo } from './options.js';
import type {
  ClientRequest,
  CredentialsDialect,
  CredentialsEdit,
  CredentialsSetting,
  GlobalCredentialsDefault,
  RequestApi,
  RequestModel,
} from './types.js';
import { joinUrl, readUrl, UNKNOWN_URL, type JoinStyle, type RequestUrl } from './urls.js';

type Node = TSESTree.Node;
type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self']);
const FETCH_MODULES = ['cross-fetch', 'isomorphic-fetch', 'isomorphic-unfetch', 'unfetch', 'whatwg-fetch'];
const AXIOS_URL_CONFIG = new Set(['get', 'delete', 'head', 'options']);
const AXIOS_URL_DATA_CONFIG = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);
const KY_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head']);
const JQUERY_SHORTHANDS = new Set(['get', 'post', 'getJSON', 'getScript']);
const ANGULAR_URL_OPTIONS = new Set(['get', 'delete', 'head', 'options']);
const ANGULAR_URL_BODY_OPTIONS = new Set(['post', 'put', 'patch']);

/** Library families that create client instances with defaults. */
type InstanceLibrary = 'axios' | 'ky' | 'ofetch';

interface LibraryInfo {
  readonly api: RequestApi;
  readonly dialect: CredentialsDialect;
  readonly baseKeys: readonly string[];
  readonly join: JoinStyle;
}

const LIBRARIES: Record<InstanceLibrary, LibraryInfo> = {
  axios: { api: 'axios', dialect: 'with-credentials', baseKeys: ['baseURL'], join: 'axios' },
  ky: { api: 'ky', dialect: 'fetch', baseKeys: ['prefixUrl', 'prefix', 'baseUrl'], join: 'ky' },
  ofetch: { api: 'ofetch', dialect: 'fetch', baseKeys: ['baseURL'], join: 'ofetch' },
};

function isUnshadowed(ctx: ValueContext, id: TSESTree.Identifier): boolean {
  return !findVariable(ctx, id)?.defs.length;
}

/** `window.X`, `globalThis.X`, `self.X` with an unshadowed global object. */
function globalMember(ctx: ValueContext, node: Node): string | null {
  const expr = unwrap(node);
  if (expr.type !== AST_NODE_TYPES.MemberExpression) return null;
  const object = unwrap(expr.object);
  if (object.type !== AST_NODE_TYPES.Identifier || !GLOBAL_OBJECTS.has(object.name) || !isUnshadowed(ctx, object)) return null;
  return getPropertyName(ctx, expr);
}

/** True when `node` is the global named `name` (`name`, `window.name`, `globalThis.name`), not shadowed. */
function isGlobal(ctx: ValueContext, node: Node, name: string): boolean {
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.Identifier) return expr.name === name && isUnshadowed(ctx, expr);
  return globalMember(ctx, expr) === name;
}

/** The property path read from an import of one of `sources`: `[]` for the module itself, `['get']` for `axios.get`. */
function importPath(ctx: ValueContext, node: Node, sources: readonly string[]): string[] | null {
  const ref = resolveImport(ctx, node);
  if (!ref || !sources.includes(ref.source)) return null;
  if (ref.imported === 'default') return [...ref.path];
  if (ref.imported === '*') return ref.path[0] === 'default' ? ref.path.slice(1) : [...ref.path];
  return [ref.imported, ...ref.path];
}

/** Peels member accesses off `node` until `root` recognises the base; returns the path below it. */
function pathBelow(ctx: ValueContext, node: Node, root: (n: Node) => string[] | null): string[] | null {
  const names: string[] = [];
  let current = unwrap(node);
  for (let i = 0; i < 8; i++) {
    const base = root(current);
    if (base) return [...base, ...names];
    if (current.type !== AST_NODE_TYPES.MemberExpression) return null;
    const name = getPropertyName(ctx, current);
    if (name === null) return null;
    names.unshift(name);
    current = unwrap(current.object);
  }
  return null;
}

function axiosRoot(ctx: ValueContext, node: Node): string[] | null {
  const path = importPath(ctx, node, ['axios']);
  if (path && path.length === 0) return path;
  // window.axios, as Laravel's bootstrap sets it
  return globalMember(ctx, node) === 'axios' ? [] : null;
}

function kyRoot(ctx: ValueContext, node: Node): string[] | null {
  const path = importPath(ctx, node, ['ky', 'ky-universal']);
  return path && path.length === 0 ? path : null;
}

function ofetchRoot(ctx: ValueContext, node: Node): string[] | null {
  const path = importPath(ctx, node, ['ofetch']);
  if (path && path.length === 1 && (path[0] === 'ofetch' || path[0] === '$fetch')) return [];
  // Nuxt auto-imports `$fetch`.
  const expr = unwrap(node);
  return expr.type === AST_NODE_TYPES.Identifier && expr.name === '$fetch' && isUnshadowed(ctx, expr) ? [] : null;
}

function jqueryRoot(ctx: ValueContext, node: Node): string[] | null {
  const path = importPath(ctx, node, ['jquery']);
  if (path && path.length === 0) return path;
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.Identifier && (expr.name === '$' || expr.name === 'jQuery') && isUnshadowed(ctx, expr)) return [];
  return globalMember(ctx, node) === 'jQuery' ? [] : null;
}

function isFetchCallee(ctx: ValueContext, callee: Node, fetchModules: boolean): boolean {
  if (isGlobal(ctx, callee, 'fetch')) return true;
  if (!fetchModules) return false;
  const path = importPath(ctx, callee, FETCH_MODULES);
  return path !== null && (path.length === 0 || (path.length === 1 && path[0] === 'fetch'));
}

function isHttpClientType(ctx: ValueContext, annotation: TSESTree.TSTypeAnnotation | undefined): boolean {
  const type = annotation?.typeAnnotation;
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return false;
  return isModuleExport(resolveImport(ctx, type.typeName), ['@angular/common/http'], 'HttpClient');
}

function isInjectedHttpClient(ctx: ValueContext, value: Node | null | undefined): boolean {
  if (!value) return false;
  const call = unwrap(value);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length < 1) return false;
  if (!isModuleExport(resolveImport(ctx, call.callee), ['@angular/core'], 'inject')) return false;
  return isModuleExport(resolveImport(ctx, call.arguments[0]!), ['@angular/common/http'], 'HttpClient');
}

function enclosingClass(node: Node): TSESTree.ClassBody | null {
  let current: Node | undefined = node.parent;
  while (current) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
    current = current.parent;
  }
  return null;
}

/** `this.http` / `http` where it is an Angular `HttpClient` (typed, or `inject(HttpClient)`). */
function isHttpClient(ctx: ValueContext, node: Node): boolean {
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.MemberExpression && unwrap(expr.object).type === AST_NODE_TYPES.ThisExpression) {
    const name = getPropertyName(ctx, expr);
    const body = enclosingClass(expr);
    if (name === null || !body) return false;
    for (const member of body.body) {
      if (
        member.type === AST_NODE_TYPES.PropertyDefinition &&
        !member.computed &&
        member.key.type === AST_NODE_TYPES.Identifier &&
        member.key.name === name
      ) {
        return isHttpClientType(ctx, member.typeAnnotation) || isInjectedHttpClient(ctx, member.value);
      }
      if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
        for (const param of member.value.params) {
          if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
          const target = param.parameter;
          if (target.type === AST_NODE_TYPES.Identifier && target.name === name) return isHttpClientType(ctx, target.typeAnnotation);
        }
      }
    }
    return false;
  }
  if (expr.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(ctx, expr);
    const def = variable?.defs[0];
    if (!variable || !def || variable.defs.length !== 1) return false;
    if (def.type === 'Parameter') return def.name.type === AST_NODE_TYPES.Identifier && isHttpClientType(ctx, def.name.typeAnnotation);
    if (def.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier && isStableVariable(variable)) {
      return isHttpClientType(ctx, def.node.id.typeAnnotation) || isInjectedHttpClient(ctx, def.node.init);
    }
  }
  return false;
}

/** Where an options argument sits for a call: its URL argument and options argument indexes. */
interface CallShape {
  /** Index of the URL argument, or -1 when the URL is in the options (`axios(config)`). */
  readonly url: number;
  readonly options: number;
}

interface InstanceDefaults {
  credentials: CredentialsSetting | null;
  base: Node | null;
  intercepted: boolean;
}

function inherit(own: CredentialsSetting, parent: CredentialsSetting | null, from: 'instance' | 'global'): CredentialsSetting {
  if (own.from !== 'default' || !parent) return own;
  if (parent.mode === 'default') return own;
  if (parent.mode === 'include' || parent.mode === 'unknown') return { ...parent, from };
  return { ...parent, from, uncertain: own.uncertain };
}

class RequestCollector {
  readonly requests: ClientRequest[] = [];
  readonly globals: GlobalCredentialsDefault[] = [];
  private readonly instances = new Map<Node, ClientRequest | null>();
  private readonly defaults = new Map<Node, InstanceDefaults>();
  private axiosGlobal: CredentialsSetting | null = null;
  private axiosBase: Node | null = null;
  private jqueryGlobal: CredentialsSetting | null = null;

  constructor(
    private readonly ctx: ValueContext,
    private readonly gates: LibraryGates,
  ) {}

  private defaultsOf(target: Node): InstanceDefaults {
    let entry = this.defaults.get(target);
    if (!entry) {
      entry = { credentials: null, base: null, intercepted: false };
      this.defaults.set(target, entry);
    }
    return entry;
  }

  /** `axios.defaults.withCredentials = true`, `api.defaults.baseURL = X`. */
  readAssignment(node: TSESTree.AssignmentExpression): void {
    const ctx = this.ctx;
    if (!this.gates.axios) return;
    if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
    const key = getPropertyName(ctx, node.left);
    if (key !== 'withCredentials' && key !== 'baseURL') return;
    const defaults = unwrap(node.left.object);
    if (defaults.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, defaults) !== 'defaults') return;
    const owner = defaults.object;
    const isAxios = axiosRoot(ctx, owner) !== null;
    if (key === 'baseURL') {
      if (isAxios) this.axiosBase = node.right;
      else this.defaultsOf(resolveExpression(ctx, owner)).base = node.right;
      return;
    }
    const setting: CredentialsSetting = {
      mode: modeOfValue(ctx, 'with-credentials', node.right),
      uncertain: false,
      from: isAxios ? 'global' : 'instance',
      node,
      value: node.right,
    };
    if (isAxios) {
      if (!this.axiosGlobal || setting.mode === 'include') this.axiosGlobal = setting;
      this.globals.push({ api: 'axios', mode: setting.mode, node, setting: node });
    } else {
      const entry = this.defaultsOf(resolveExpression(ctx, owner));
      if (!entry.credentials || setting.mode === 'include') entry.credentials = setting;
    }
  }

  /** `X.interceptors.request.use(…)` and `$.ajaxSetup(…)`: module-wide settings. */
  readSetupCall(call: TSESTree.CallExpression): void {
    const ctx = this.ctx;
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const method = getPropertyName(ctx, callee);
    if (method === 'use') {
      if (!this.gates.axios) return;
      const request = unwrap(callee.object);
      if (request.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, request) !== 'request') return;
      const interceptors = unwrap(request.object);
      if (interceptors.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, interceptors) !== 'interceptors') return;
      // An interceptor may set withCredentials on every request: the setting is unknown.
      if (axiosRoot(ctx, interceptors.object) !== null) this.axiosGlobal = UNKNOWN_SETTING;
      else this.defaultsOf(resolveExpression(ctx, interceptors.object)).intercepted = true;
      return;
    }
    if (method === 'ajaxSetup' || method === 'ajaxPrefilter') {
      if (!this.gates.jquery || jqueryRoot(ctx, callee.object) === null) return;
      if (method === 'ajaxPrefilter') {
        this.jqueryGlobal = UNKNOWN_SETTING;
        return;
      }
      const options = readOptions(ctx, call, 0, 'jquery', 'call');
      if (options.setting.from === 'default' && !options.setting.uncertain) return;
      const setting: CredentialsSetting = { ...options.setting, from: 'global' };
      if (!this.jqueryGlobal || setting.mode === 'include') this.jqueryGlobal = setting;
      if (setting.node) this.globals.push({ api: 'jQuery', mode: setting.mode, node: call, setting: setting.node });
    }
  }

  private push(request: ClientRequest): ClientRequest {
    this.requests.push(request);
    return request;
  }

  /** The client instance an expression evaluates to (`const api = axios.create(…)`), if any. */
  private instanceOf(node: Node): ClientRequest | null {
    const resolved = resolveExpression(this.ctx, node);
    return resolved.type === AST_NODE_TYPES.CallExpression ? this.instanceFromCall(resolved) : null;
  }

  /** Builds (once) the instance a create call makes: `axios.create`, `ky.create` / `extend`, `ofetch.create`. */
  private instanceFromCall(call: TSESTree.CallExpression): ClientRequest | null {
    if (this.instances.has(call)) return this.instances.get(call)!;
    this.instances.set(call, null);
    const ctx = this.ctx;
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const method = getPropertyName(ctx, callee);
    let library: InstanceLibrary | null = null;
    let parent: ClientRequest | null = null;
    if (method === 'create' && axiosRoot(ctx, callee.object)) library = 'axios';
    else if ((method === 'create' || method === 'extend') && kyRoot(ctx, callee.object)) library = 'ky';
    else if (method === 'create' && ofetchRoot(ctx, callee.object)) library = 'ofetch';
    else if (method === 'create' || method === 'extend') {
      parent = this.instanceOf(callee.object);
      if (!parent || (method === 'extend' && parent.api !== 'ky')) return null;
      library = parent.api as InstanceLibrary;
    }
    if (!library) return null;
    const info = LIBRARIES[library];
    const options = readOptions(ctx, call, 0, info.dialect, 'instance');
    const defaults = this.defaults.get(call);
    const baseNode = this.baseOption(options, info) ?? defaults?.base ?? null;
    let url: RequestUrl = baseNode ? readUrl(ctx, baseNode) : (parent?.url ?? UNKNOWN_URL);
    if (!baseNode && !parent && library === 'axios' && this.axiosBase) url = readUrl(ctx, this.axiosBase);
    let credentials: CredentialsSetting = options.setting;
    let edit: CredentialsEdit | null = options.edit;
    if (credentials.from === 'default' && defaults?.credentials) {
      credentials = defaults.credentials;
      edit = this.replaceEdit(defaults.credentials.value, info.dialect);
    }
    if (credentials.from === 'default') {
      if (defaults?.intercepted) credentials = UNKNOWN_SETTING;
      else if (parent) credentials = inherit(credentials, parent.credentials, 'instance');
      else if (library === 'axios') credentials = inherit(credentials, this.axiosGlobal, 'global');
    }
    if (credentials.from === 'call') credentials = { ...credentials, from: 'instance' };
    const instance: ClientRequest = {
      api: info.api,
      kind: 'instance',
      node: call,
      url,
      target: call.arguments[0] ?? call,
      dialect: info.dialect,
      credentials,
      edit,
      instance: parent,
      viaInstanceBase: false,
      authorization: setsAuthorization(ctx, options) || (parent?.authorization ?? false),
    };
    this.instances.set(call, instance);
    return this.push(instance);
  }

  private baseOption(options: OptionsInfo, info: LibraryInfo): Node | null {
    for (const key of info.baseKeys) {
      const value = optionValue(options, key);
      if (value) return value;
    }
    return null;
  }

  private replaceEdit(value: Node | null, dialect: CredentialsDialect): CredentialsEdit | null {
    if (!value) return null;
    return { kind: 'replace', value, dialect, local: unwrap(value).type === AST_NODE_TYPES.Literal };
  }

  /**
   * A call of a library with base URLs and instances: `axios.get(url, config)`,
   * `api.post(url, data, config)`, `ky(url, options)`, `$fetch(url, options)`.
   */
  private libraryCall(
    call: CallLike,
    library: InstanceLibrary,
    shape: CallShape,
    instance: ClientRequest | null,
  ): void {
    const ctx = this.ctx;
    const info = LIBRARIES[library];
    const options = readOptions(ctx, call, shape.options, info.dialect, 'call');
    let urlNode: Node | null;
    if (shape.url >= 0) {
      const arg = call.arguments[shape.url];
      if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) return;
      urlNode = arg;
    } else {
      urlNode = optionValue(options, 'url');
    }
    const path = urlNode ? readUrl(ctx, urlNode) : UNKNOWN_URL;
    const baseNode = this.baseOption(options, info);
    let url = path;
    let viaInstanceBase = false;
    const preferPath = path.kind === 'absolute' || (path.kind === 'expression' && path.baseKey !== null);
    if (baseNode) {
      url = joinUrl(readUrl(ctx, baseNode), path, info.join);
    } else if (instance && instance.url.kind !== 'unknown' && !preferPath) {
      url = joinUrl(instance.url, path, info.join);
      viaInstanceBase = true;
    } else if (!instance && library === 'axios' && this.axiosBase && !preferPath) {
      url = joinUrl(readUrl(ctx, this.axiosBase), path, info.join);
    }
    const parent = instance ? instance.credentials : library === 'axios' ? this.axiosGlobal : null;
    const credentials = inherit(options.setting, parent, instance ? 'instance' : 'global');
    this.push({
      api: info.api,
      kind: 'call',
      node: call,
      url,
      target: urlNode ?? call.arguments[shape.options] ?? call,
      dialect: info.dialect,
      credentials,
      edit: options.edit,
      instance,
      viaInstanceBase,
      authorization: setsAuthorization(ctx, options) || (instance?.authorization ?? false),
    });
  }

  /** A request whose URL and options are plain arguments: fetch, `new Request`, `EventSource`, Angular, jQuery. */
  private plainCall(
    call: CallLike,
    api: RequestApi,
    dialect: CredentialsDialect,
    shape: CallShape,
    parent: CredentialsSetting | null,
    canEdit = true,
  ): void {
    const ctx = this.ctx;
    const options = readOptions(ctx, call, shape.options, dialect, 'call');
    const urlNode = shape.url >= 0 ? call.arguments[shape.url] : optionValue(options, 'url');
    if (!urlNode || urlNode.type === AST_NODE_TYPES.SpreadElement) return;
    const credentials = inherit(options.setting, parent, 'global');
    this.push({
      api,
      kind: 'call',
      node: call,
      url: readUrl(ctx, urlNode),
      target: urlNode,
      dialect,
      credentials,
      edit: canEdit ? options.edit : null,
      instance: null,
      viaInstanceBase: false,
      authorization: setsAuthorization(ctx, options),
    });
  }

  readCall(call: TSESTree.CallExpression): void {
    const ctx = this.ctx;
    const callee = unwrap(call.callee);
    const first = call.arguments[0];
    let firstIsObject: boolean | undefined;
    const isFirstObject = () =>
      (firstIsObject ??= first !== undefined && resolveExpression(ctx, first).type === AST_NODE_TYPES.ObjectExpression);

    if (isFetchCallee(ctx, callee, this.gates.fetchModules)) {
      if (!first || isRequestObject(ctx, first)) return;
      this.plainCall(call, 'fetch', 'fetch', { url: 0, options: 1 }, null);
      return;
    }

    const gates = this.gates;
    const axios = gates.axios ? pathBelow(ctx, callee, (n) => axiosRoot(ctx, n)) : null;
    if (axios) {
      this.axiosLike(call, axios, null, isFirstObject());
      return;
    }
    const ky = gates.ky ? pathBelow(ctx, callee, (n) => kyRoot(ctx, n)) : null;
    if (ky) {
      this.kyLike(call, ky, null);
      return;
    }
    const ofetch = gates.ofetch ? pathBelow(ctx, callee, (n) => ofetchRoot(ctx, n)) : null;
    if (ofetch) {
      this.ofetchLike(call, ofetch, null);
      return;
    }

    // Calls on a client instance: api(url), api.get(url), api.extend(…)
    const instance = !(gates.axios || gates.ky || gates.ofetch)
      ? null
      : this.instanceOf(callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee);
    if (instance) {
      const path = callee.type === AST_NODE_TYPES.MemberExpression ? [getPropertyName(ctx, callee) ?? ''] : [];
      if (instance.api === 'axios') this.axiosLike(call, path, instance, isFirstObject());
      else if (instance.api === 'ky') this.kyLike(call, path, instance);
      else this.ofetchLike(call, path, instance);
      return;
    }

    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const method = getPropertyName(ctx, callee);
    if (method === null) return;

    if (gates.jquery && jqueryRoot(ctx, callee.object)) {
      if (method === 'ajax') {
        const shape = isFirstObject() ? { url: -1, options: 0 } : { url: 0, options: 1 };
        this.plainCall(call, 'jQuery', 'jquery', shape, this.jqueryGlobal);
      } else if (JQUERY_SHORTHANDS.has(method)) {
        if (isFirstObject()) this.plainCall(call, 'jQuery', 'jquery', { url: -1, options: 0 }, this.jqueryGlobal);
        // $.get(url, data, success): no argument takes settings, so nothing to edit.
        else this.plainCall(call, 'jQuery', 'jquery', { url: 0, options: -1 }, this.jqueryGlobal, false);
      }
      return;
    }

    if (gates.angular && isHttpClient(ctx, callee.object)) {
      if (ANGULAR_URL_OPTIONS.has(method)) this.plainCall(call, 'HttpClient', 'with-credentials', { url: 0, options: 1 }, null);
      else if (ANGULAR_URL_BODY_OPTIONS.has(method)) this.plainCall(call, 'HttpClient', 'with-credentials', { url: 0, options: 2 }, null);
      else if (method === 'request' && first && !isFirstObject() && call.arguments.length >= 2) {
        this.plainCall(call, 'HttpClient', 'with-credentials', { url: 1, options: 2 }, null);
      }
    }
  }

  private axiosLike(call: TSESTree.CallExpression, path: readonly string[], instance: ClientRequest | null, firstIsObject: boolean): void {
    if (path.length === 0) {
      this.libraryCall(call, 'axios', firstIsObject ? { url: -1, options: 0 } : { url: 0, options: 1 }, instance);
      return;
    }
    if (path.length !== 1) return;
    const method = path[0]!;
    if (method === 'create') {
      this.instanceFromCall(call);
    } else if (method === 'request') {
      this.libraryCall(call, 'axios', { url: -1, options: 0 }, instance);
    } else if (AXIOS_URL_CONFIG.has(method)) {
      this.libraryCall(call, 'axios', { url: 0, options: 1 }, instance);
    } else if (AXIOS_URL_DATA_CONFIG.has(method)) {
      this.libraryCall(call, 'axios', { url: 0, options: 2 }, instance);
    }
  }

  private kyLike(call: TSESTree.CallExpression, path: readonly string[], instance: ClientRequest | null): void {
    if (path.length === 0 || (path.length === 1 && KY_METHODS.has(path[0]!))) {
      this.libraryCall(call, 'ky', { url: 0, options: 1 }, instance);
    } else if (path.length === 1 && (path[0] === 'create' || path[0] === 'extend')) {
      this.instanceFromCall(call);
    }
  }

  private ofetchLike(call: TSESTree.CallExpression, path: readonly string[], instance: ClientRequest | null): void {
    if (path.length === 0 || (path.length === 1 && path[0] === 'raw')) {
      this.libraryCall(call, 'ofetch', { url: 0, options: 1 }, instance);
    } else if (path.length === 1 && path[0] === 'native') {
      if (call.arguments[0] && !isRequestObject(this.ctx, call.arguments[0])) this.plainCall(call, 'fetch', 'fetch', { url: 0, options: 1 }, null);
    } else if (path.length === 1 && path[0] === 'create') {
      this.instanceFromCall(call);
    }
  }

  readNew(node: TSESTree.NewExpression): void {
    const ctx = this.ctx;
    const first = node.arguments[0];
    if (isGlobal(ctx, node.callee, 'Request')) {
      if (first && !isRequestObject(ctx, first)) this.plainCall(node, 'Request', 'fetch', { url: 0, options: 1 }, null);
    } else if (isGlobal(ctx, node.callee, 'EventSource')) {
      this.plainCall(node, 'EventSource', 'with-credentials', { url: 0, options: 1 }, null);
    } else if (isGlobal(ctx, node.callee, 'XMLHttpRequest')) {
      this.readXhr(node);
    }
  }

  /** `const xhr = new XMLHttpRequest(); xhr.withCredentials = true; xhr.open('GET', url)`. */
  private readXhr(node: TSESTree.NewExpression): void {
    const ctx = this.ctx;
    const declarator = node.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return;
    const variable = ctx.sourceCode.getDeclaredVariables(declarator)[0];
    if (!variable || !isStableVariable(variable)) return;
    let setting: CredentialsSetting = NOT_SET;
    let authorization = false;
    const opens: TSESTree.CallExpression[] = [];
    for (const ref of variable.references) {
      const id = ref.identifier;
      const parent = id.parent;
      if (ref.init) continue;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === id) {
        const name = getPropertyName(ctx, parent);
        const outer = parent.parent;
        if (name === 'withCredentials' && outer?.type === AST_NODE_TYPES.AssignmentExpression && outer.left === parent) {
          const mode = outer.operator === '=' ? modeOfValue(ctx, 'with-credentials', outer.right) : 'unknown';
          if (setting.mode !== 'include') setting = { mode, uncertain: false, from: 'call', node: outer, value: outer.right };
        } else if (name === 'open' && outer?.type === AST_NODE_TYPES.CallExpression && outer.callee === parent) {
          opens.push(outer);
        } else if (name === 'setRequestHeader' && outer?.type === AST_NODE_TYPES.CallExpression && outer.arguments[0]) {
          authorization ||= /^authorization$/i.test(getStaticString(ctx, outer.arguments[0]) ?? '');
        }
      } else if (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) {
        // Handed to other code, which may set withCredentials.
        if (parent.callee !== id && setting.from === 'default') setting = { ...NOT_SET, uncertain: true };
      }
    }
    for (const open of opens) {
      const urlNode = open.arguments[1];
      if (!urlNode || urlNode.type === AST_NODE_TYPES.SpreadElement) continue;
      let edit: CredentialsEdit | null = null;
      if (setting.from === 'default') {
        const statement = standaloneStatement(open);
        edit = statement ? { kind: 'statement', statement, receiver: declarator.id.name, dialect: 'xhr', local: true } : null;
      } else if (setting.value) {
        edit = { kind: 'replace', value: setting.value, dialect: 'xhr', local: unwrap(setting.value).type === AST_NODE_TYPES.Literal };
      }
      this.push({
        api: 'XMLHttpRequest',
        kind: 'call',
        node: open,
        url: readUrl(ctx, urlNode),
        target: urlNode,
        dialect: 'xhr',
        credentials: setting,
        edit,
        instance: null,
        viaInstanceBase: false,
        authorization,
      });
    }
  }
}

/** `new Request(…)` (directly or through a constant): a request object carrying its own options. */
function isRequestObject(ctx: ValueContext, node: Node): boolean {
  const resolved = resolveExpression(ctx, node);
  return resolved.type === AST_NODE_TYPES.NewExpression && isGlobal(ctx, resolved.callee, 'Request');
}

/** Which library families a module can use at all, judged from its text: recognition skips the others. */
interface LibraryGates {
  /** A fetch polyfill module is named, so an imported fetch may be in use. */
  readonly fetchModules: boolean;
  readonly axios: boolean;
  readonly ky: boolean;
  readonly ofetch: boolean;
  readonly jquery: boolean;
  readonly angular: boolean;
}

function libraryGates(text: string): LibraryGates {
  return {
    fetchModules: FETCH_MODULES.some((name) => text.includes(name)),
    axios: /axios/.test(text),
    ky: /['"]ky(?:-universal)?['"]/.test(text),
    ofetch: /ofetch|\$fetch/.test(text),
    jquery: /jquery|\$\s*\.\s*(?:ajax|get|post)/i.test(text),
    angular: /@angular\/common\/http/.test(text),
  };
}

/** Modules that only run on a server, where the browser's credentials modes do not apply. */
const SERVER_MODULES = new Set([
  'server-only',
  'next/headers',
  'next/server',
  'express',
  'koa',
  'fastify',
  'hono',
  '@hapi/hapi',
  '@nestjs/common',
  '@nestjs/core',
  'fs',
  'fs/promises',
  'child_process',
  'http',
  'https',
  'http2',
  'net',
]);
const SERVER_REQUIRE = /\brequire\(\s*['"](?:node:[^'"]+|express|koa|fastify|fs|fs\/promises|child_process|http|https|http2|net)['"]\s*\)/;

/** True for server code: a `'use server'` module, or one that imports Node built-ins or a server framework. */
function isServerModule(ctx: ValueContext, program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive === 'use server') return true;
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && statement.importKind !== 'type') {
      const source = String(statement.source.value);
      if (source.startsWith('node:') || SERVER_MODULES.has(source)) return true;
    }
  }
  return SERVER_REQUIRE.test(ctx.sourceCode.text);
}

/** Collects every client request of a module (none for server code). */
export function collectRequests(ctx: ValueContext, program: TSESTree.Program): RequestModel {
  if (isServerModule(ctx, program)) return { requests: [], globals: [] };
  const calls: TSESTree.CallExpression[] = [];
  const news: TSESTree.NewExpression[] = [];
  const assignments: TSESTree.AssignmentExpression[] = [];
  walk(ctx, program, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression) calls.push(node);
    else if (node.type === AST_NODE_TYPES.NewExpression) news.push(node);
    else if (node.type === AST_NODE_TYPES.AssignmentExpression) assignments.push(node);
  });
  const collector = new RequestCollector(ctx, libraryGates(ctx.sourceCode.text));
  for (const assignment of assignments) collector.readAssignment(assignment);
  for (const call of calls) collector.readSetupCall(call);
  for (const call of calls) collector.readCall(call);
  for (const node of news) collector.readNew(node);
  const requests = [...collector.requests].sort((a, b) => a.node.range[0] - b.node.range[0]);
  return { requests, globals: collector.globals };
}
