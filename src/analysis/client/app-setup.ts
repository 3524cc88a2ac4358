/**
 * App-wide client set-up in modules the linted module does not import: axios
 * defaults and request interceptors (on axios itself or on an instance made
 * with `axios.create`), and Angular interceptors registered with
 * `withInterceptors([…])` or `{ provide: HTTP_INTERCEPTORS, useClass }`. The
 * modules are the app's entry modules and what they import
 * (`setup-modules.ts`). A search that could not read every module that may
 * hold set-up makes the set-up unknown.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { contextOf } from '../core/context.js';
import { findVariable, getPropertyName, isModuleExport, resolveExpression, resolveFunction, resolveImport, unwrap, indexedNodes, type ValueContext } from '../core/values.js';
import { isApiRoot, textOf } from './api.js';
import { axiosApi } from './apis/axios.js';
import { modeOfValue, UNKNOWN_SETTING } from './options.js';
import { findSetupModules, SETUP_TEXT } from './setup-modules.js';
import type { CredentialsSetting, RequestApi } from './types.js';

type Node = TSESTree.Node;

const ANGULAR_HTTP = ['@angular/common/http'];

/** The APIs whose requests app-wide set-up in other modules can change. */
export const APP_SETUP_APIS: ReadonlySet<RequestApi> = new Set<RequestApi>(['axios', 'HttpClient']);

/** What app-wide set-up does to each API's requests, and to instances (by `instanceKey` of their `axios.create` call). */
export interface AppSetup {
  readonly apis: ReadonlyMap<RequestApi, CredentialsSetting>;
  readonly instances: ReadonlyMap<string, CredentialsSetting>;
}

interface Found {
  readonly apis: Map<RequestApi, CredentialsSetting>;
  readonly instances: Map<string, CredentialsSetting>;
}

/**
 * Names the call that makes an instance by its module and position, so that
 * the call is the same whether it is read in the linted module or in that
 * module parsed as an import of another.
 */
export function instanceKey(ctx: ValueContext, call: Node): string {
  return `${contextOf(ctx, call).filename ?? ''}:${call.range[0]}`;
}

const cache = new WeakMap<object, Found>();

/** What an interceptor (a function or a class) does to credentials: turns them on, something unknown, or nothing. */
function interceptorSetting(ctx: ValueContext, node: Node): CredentialsSetting | null {
  let definition: Node | null = resolveFunction(ctx, node);
  if (!definition) {
    const resolved = resolveExpression(ctx, node);
    const id = unwrap(resolved);
    const variable = id.type === AST_NODE_TYPES.Identifier ? findVariable(ctx, id) : null;
    const def = variable?.defs[0];
    const isClass = resolved.type === AST_NODE_TYPES.ClassExpression || resolved.type === AST_NODE_TYPES.ClassDeclaration;
    definition = def?.type === 'ClassName' ? def.node : isClass ? resolved : null;
  }
  if (!definition) return UNKNOWN_SETTING;
  const text = textOf(ctx, definition);
  if (/\bwithCredentials\s*(?::|=(?!=))\s*true\b/.test(text)) return { mode: 'include', uncertain: false, from: 'global', node: definition, value: null };
  return /withCredentials/.test(text) ? UNKNOWN_SETTING : null;
}

function merge<K>(found: Map<K, CredentialsSetting>, key: K, setting: CredentialsSetting | null): void {
  if (!setting) return;
  const current = found.get(key);
  if (!current || setting.mode === 'include' || current.mode !== 'include') found.set(key, setting);
}

/** `axios.create(…)`, read in the module it is written in. */
function isInstanceFactory(ctx: ValueContext, node: Node): node is TSESTree.CallExpression {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const own = contextOf(ctx, node);
  const callee = unwrap(node.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(own, callee) === 'create' && isApiRoot(own, callee.object, axiosApi);
}

/** Records a setting made on `owner`: axios itself, an instance made with `axios.create` in any module, or something not known. */
function recordOn(ctx: ValueContext, owner: Node, setting: CredentialsSetting | null, found: Found): void {
  if (!setting) return;
  if (isApiRoot(ctx, owner, axiosApi)) {
    merge(found.apis, 'axios', setting);
    return;
  }
  const made = resolveExpression(ctx, owner);
  if (isInstanceFactory(ctx, made)) merge(found.instances, instanceKey(ctx, made), setting);
  // Credentials set on something not known may be set on any axios instance.
  else if (setting.mode === 'include' || setting.mode === 'unknown') merge(found.apis, 'axios', UNKNOWN_SETTING);
}

/** `axios.defaults.withCredentials = …` (or on an instance) in a set-up module. */
function readDefault(ctx: ValueContext, node: TSESTree.AssignmentExpression, found: Found): void {
  const left = node.left;
  if (node.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, left) !== 'withCredentials') return;
  const defaults = unwrap(left.object);
  if (defaults.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, defaults) !== 'defaults') return;
  recordOn(ctx, defaults.object, { mode: modeOfValue(ctx, 'with-credentials', node.right), uncertain: false, from: 'global', node, value: node.right }, found);
}

/** `axios.interceptors.request.use(fn)` (or on an instance) and Angular `withInterceptors([fn])` in a set-up module. */
function readRegistration(ctx: ValueContext, call: TSESTree.CallExpression, found: Found): void {
  const callee = unwrap(call.callee);
  const first = call.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return;
  if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(ctx, callee) === 'use') {
    const request = unwrap(callee.object);
    if (request.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, request) !== 'request') return;
    const interceptors = unwrap(request.object);
    if (interceptors.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, interceptors) !== 'interceptors') return;
    recordOn(ctx, interceptors.object, interceptorSetting(ctx, first), found);
    return;
  }
  if (!isModuleExport(resolveImport(ctx, callee), ANGULAR_HTTP, 'withInterceptors')) return;
  const list = resolveExpression(ctx, first);
  if (list.type !== AST_NODE_TYPES.ArrayExpression) {
    merge(found.apis, 'HttpClient', UNKNOWN_SETTING);
    return;
  }
  for (const element of list.elements) {
    merge(found.apis, 'HttpClient', !element || element.type === AST_NODE_TYPES.SpreadElement ? UNKNOWN_SETTING : interceptorSetting(ctx, element));
  }
}

/** `{ provide: HTTP_INTERCEPTORS, useClass: CredentialsInterceptor, multi: true }`. */
function readProvider(ctx: ValueContext, object: TSESTree.ObjectExpression, found: Found): void {
  let provides = false;
  let target: Node | null = null;
  for (const prop of object.properties) {
    if (prop.type !== AST_NODE_TYPES.Property || prop.computed || prop.key.type !== AST_NODE_TYPES.Identifier) continue;
    if (prop.key.name === 'provide') provides = isModuleExport(resolveImport(ctx, prop.value), ANGULAR_HTTP, 'HTTP_INTERCEPTORS');
    else if (prop.key.name === 'useClass' || prop.key.name === 'useExisting' || prop.key.name === 'useFactory') target = prop.value;
  }
  if (provides) merge(found.apis, 'HttpClient', target ? interceptorSetting(ctx, target) : UNKNOWN_SETTING);
}

/** The set-up one module does, read once per parsed module. */
function readModule(ctx: ValueContext): Found {
  const key = ctx.sourceCode.ast;
  const cached = cache.get(key);
  if (cached) return cached;
  const found: Found = { apis: new Map(), instances: new Map() };
  if (SETUP_TEXT.test(ctx.sourceCode.text)) {
    for (const node of indexedNodes(ctx, ctx.sourceCode.ast as TSESTree.Program)) {
      if (node.type === AST_NODE_TYPES.AssignmentExpression) readDefault(ctx, node, found);
      else if (node.type === AST_NODE_TYPES.CallExpression) readRegistration(ctx, node, found);
      else if (node.type === AST_NODE_TYPES.ObjectExpression) readProvider(ctx, node, found);
    }
  }
  cache.set(key, found);
  return found;
}

/**
 * What the app's set-up modules do to the requests of `apis` made in the
 * linted module; null when no set-up applies. Every API is unknown when the
 * search could not read all modules that may hold set-up.
 */
export function readAppSetup(ctx: ValueContext, apis: readonly RequestApi[]): AppSetup | null {
  const relevant = apis.filter((api) => APP_SETUP_APIS.has(api));
  if (relevant.length === 0) return null;
  const search = findSetupModules(ctx);
  const found: Found = { apis: new Map(), instances: new Map() };
  for (const module of search.modules) {
    const own = readModule(module);
    for (const [api, setting] of own.apis) merge(found.apis, api, setting);
    for (const [node, setting] of own.instances) merge(found.instances, node, setting);
  }
  if (search.incomplete) for (const api of relevant) merge(found.apis, api, UNKNOWN_SETTING);
  return found.apis.size > 0 || found.instances.size > 0 ? found : null;
}
