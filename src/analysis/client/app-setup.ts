/**
 * App-wide client set-up in modules the linted module does not import: axios
 * defaults and request interceptors in the app's entry (`main.ts`,
 * `bootstrap.js`), Angular interceptors registered in `app.config.ts` or
 * `app.module.ts` (`withInterceptors([…])`, `{ provide: HTTP_INTERCEPTORS,
 * useClass }`). They are looked for by those names in the module's folder and
 * the folders above it, up to the package root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { loadModule } from '../core/module-files.js';
import { findVariable, getPropertyName, isModuleExport, resolveExpression, resolveFunction, resolveImport, unwrap, indexedNodes, type ValueContext } from '../core/values.js';
import { isApiRoot, textOf } from './api.js';
import { axiosApi } from './apis/axios.js';
import { modeOfValue, UNKNOWN_SETTING } from './options.js';
import type { CredentialsSetting, RequestApi } from './types.js';

type Node = TSESTree.Node;

const SETUP_MODULES = ['main', 'bootstrap', 'app.config', 'app.module'];
const MAX_LEVELS = 4;
const ANGULAR_HTTP = ['@angular/common/http'];

/** What app-wide set-up does to each API's requests. */
export type AppSetup = ReadonlyMap<RequestApi, CredentialsSetting>;

const cache = new WeakMap<object, Map<RequestApi, CredentialsSetting>>();

/** The set-up modules near the linted module: same folder first, then each folder up to the package root. */
function setupModules(ctx: ValueContext): ValueContext[] {
  if (!ctx.filename || !ctx.parseModule || !path.isAbsolute(ctx.filename)) return [];
  const found: ValueContext[] = [];
  let dir = path.dirname(ctx.filename);
  for (let level = 0; level <= MAX_LEVELS; level++) {
    const prefix = level === 0 ? './' : '../'.repeat(level);
    for (const name of SETUP_MODULES) {
      const module = loadModule(ctx, `${prefix}${name}`);
      if (module) found.push(module);
    }
    if (fs.existsSync(path.join(dir, 'package.json'))) break;
    dir = path.dirname(dir);
  }
  return found;
}

/** What an interceptor (a function or a class) does to credentials: turns them on, something unknown, or nothing. */
function interceptorSetting(ctx: ValueContext, node: Node): CredentialsSetting | null {
  let definition: Node | null = resolveFunction(ctx, node);
  if (!definition) {
    const resolved = resolveExpression(ctx, node);
    const id = unwrap(resolved);
    const variable = id.type === AST_NODE_TYPES.Identifier ? findVariable(ctx, id) : null;
    const def = variable?.defs[0];
    definition = def?.type === 'ClassName' ? def.node : resolved.type === AST_NODE_TYPES.ClassExpression ? resolved : null;
  }
  if (!definition) return UNKNOWN_SETTING;
  const text = textOf(ctx, definition);
  if (/\bwithCredentials\s*:\s*true\b/.test(text)) return { mode: 'include', uncertain: false, from: 'global', node: definition, value: null };
  return /withCredentials/.test(text) ? UNKNOWN_SETTING : null;
}

function merge(found: Map<RequestApi, CredentialsSetting>, api: RequestApi, setting: CredentialsSetting | null): void {
  if (!setting) return;
  const current = found.get(api);
  if (!current || setting.mode === 'include' || current.mode !== 'include') found.set(api, setting);
}

/** `axios.defaults.withCredentials = …` in a set-up module. */
function readDefault(ctx: ValueContext, node: TSESTree.AssignmentExpression, found: Map<RequestApi, CredentialsSetting>): void {
  const left = node.left;
  if (node.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, left) !== 'withCredentials') return;
  const defaults = unwrap(left.object);
  if (defaults.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, defaults) !== 'defaults' || !isApiRoot(ctx, defaults.object, axiosApi)) return;
  merge(found, 'axios', { mode: modeOfValue(ctx, 'with-credentials', node.right), uncertain: false, from: 'global', node, value: node.right });
}

/** `axios.interceptors.request.use(fn)` and Angular `withInterceptors([fn])` in a set-up module. */
function readRegistration(ctx: ValueContext, call: TSESTree.CallExpression, found: Map<RequestApi, CredentialsSetting>): void {
  const callee = unwrap(call.callee);
  const first = call.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return;
  if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(ctx, callee) === 'use') {
    const request = unwrap(callee.object);
    if (request.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, request) !== 'request') return;
    const interceptors = unwrap(request.object);
    if (interceptors.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, interceptors) !== 'interceptors') return;
    if (isApiRoot(ctx, interceptors.object, axiosApi)) merge(found, 'axios', interceptorSetting(ctx, first));
    return;
  }
  if (!isModuleExport(resolveImport(ctx, callee), ANGULAR_HTTP, 'withInterceptors')) return;
  const list = resolveExpression(ctx, first);
  if (list.type !== AST_NODE_TYPES.ArrayExpression) {
    merge(found, 'HttpClient', UNKNOWN_SETTING);
    return;
  }
  for (const element of list.elements) {
    merge(found, 'HttpClient', !element || element.type === AST_NODE_TYPES.SpreadElement ? UNKNOWN_SETTING : interceptorSetting(ctx, element));
  }
}

/** `{ provide: HTTP_INTERCEPTORS, useClass: CredentialsInterceptor, multi: true }`. */
function readProvider(ctx: ValueContext, object: TSESTree.ObjectExpression, found: Map<RequestApi, CredentialsSetting>): void {
  let provides = false;
  let target: Node | null = null;
  for (const prop of object.properties) {
    if (prop.type !== AST_NODE_TYPES.Property || prop.computed || prop.key.type !== AST_NODE_TYPES.Identifier) continue;
    if (prop.key.name === 'provide') provides = isModuleExport(resolveImport(ctx, prop.value), ANGULAR_HTTP, 'HTTP_INTERCEPTORS');
    else if (prop.key.name === 'useClass' || prop.key.name === 'useExisting' || prop.key.name === 'useFactory') target = prop.value;
  }
  if (provides) merge(found, 'HttpClient', target ? interceptorSetting(ctx, target) : UNKNOWN_SETTING);
}

function readModule(ctx: ValueContext): Map<RequestApi, CredentialsSetting> {
  const key = ctx.sourceCode.ast;
  const cached = cache.get(key);
  if (cached) return cached;
  const found = new Map<RequestApi, CredentialsSetting>();
  const text = ctx.sourceCode.text;
  if (/withCredentials|interceptors|withInterceptors|HTTP_INTERCEPTORS/.test(text)) {
    for (const node of indexedNodes(ctx, ctx.sourceCode.ast as TSESTree.Program)) {
      if (node.type === AST_NODE_TYPES.AssignmentExpression) readDefault(ctx, node, found);
      else if (node.type === AST_NODE_TYPES.CallExpression) readRegistration(ctx, node, found);
      else if (node.type === AST_NODE_TYPES.ObjectExpression) readProvider(ctx, node, found);
    }
  }
  cache.set(key, found);
  return found;
}

/** What the app's set-up modules near the linted module do to each API's requests. */
export function readAppSetup(ctx: ValueContext, apis: readonly RequestApi[]): AppSetup {
  const found = new Map<RequestApi, CredentialsSetting>();
  if (!apis.includes('axios') && !apis.includes('HttpClient')) return found;
  for (const module of setupModules(ctx)) {
    for (const [api, setting] of readModule(module)) merge(found, api, setting);
  }
  return found;
}
