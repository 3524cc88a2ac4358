/**
 * Module-wide set-up of the client APIs a module uses: defaults on an API or
 * an instance (`axios.defaults.withCredentials = true`,
 * `api.defaults.baseURL = X`), interceptors, and set-up calls such as
 * `$.ajaxSetup(…)`, which every later request inherits.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { getPropertyName, resolveExpression, unwrap, type ValueContext } from '../core/values.js';
import { isApiRoot, type ClientApi } from './api.js';
import { CLIENT_APIS } from './apis/index.js';
import type { AppSetup } from './app-setup.js';
import { plainMemberName } from './call-names.js';
import { modeOfValue, readOptions, UNKNOWN_SETTING } from './options.js';
import type { CredentialsSetting, GlobalCredentialsDefault, RequestApi } from './types.js';

type Node = TSESTree.Node;

/** Defaults set on one client instance. */
export interface InstanceDefaults {
  credentials: CredentialsSetting | null;
  base: Node | null;
  intercepted: boolean;
}

/** Module-wide defaults of an API. */
export interface ApiDefaults {
  credentials: CredentialsSetting | null;
  base: Node | null;
}

export class ModuleSetup {
  readonly globals: GlobalCredentialsDefault[] = [];
  private readonly defaults = new Map<Node, InstanceDefaults>();
  private readonly apiDefaultsByName = new Map<RequestApi, ApiDefaults>();
  /** The names a set-up call may end with (`ajaxSetup`, interceptors' `use`). */
  private readonly setupNames: ReadonlySet<string>;
  /** The keys a default is assigned to (`withCredentials`, `baseURL`). */
  private readonly defaultKeys: ReadonlySet<string>;

  constructor(
    private readonly ctx: ValueContext,
    private readonly apis: readonly ClientApi[],
  ) {
    this.setupNames = new Set(apis.flatMap((api) => [...Object.keys(api.setup?.calls ?? {}), ...(api.setup?.interceptors ? ['use'] : [])]));
    this.defaultKeys = new Set(apis.flatMap((api) => (api.setup?.defaults ? [api.setup.defaults.credentials, api.setup.defaults.base] : [])));
  }

  /** Some API the module may use has set-up calls (`$.ajaxSetup`, interceptors' `use`): calls are worth reading. */
  get readsCalls(): boolean {
    return this.setupNames.size > 0;
  }

  /** Some API the module may use has defaults (`axios.defaults.withCredentials`): assignments are worth reading. */
  get readsAssignments(): boolean {
    return this.defaultKeys.size > 0;
  }

  /** The defaults set on the instance `create` makes, if any. */
  instanceDefaults(create: Node): InstanceDefaults | undefined {
    return this.defaults.get(create);
  }

  /** The module-wide defaults of an API, if any. */
  apiDefaults(name: RequestApi): ApiDefaults | undefined {
    return this.apiDefaultsByName.get(name);
  }

  private defaultsOf(target: Node): InstanceDefaults {
    let entry = this.defaults.get(target);
    if (!entry) {
      entry = { credentials: null, base: null, intercepted: false };
      this.defaults.set(target, entry);
    }
    return entry;
  }

  private apiDefaultsOf(api: ClientApi): ApiDefaults {
    let entry = this.apiDefaultsByName.get(api.name);
    if (!entry) {
      entry = { credentials: null, base: null };
      this.apiDefaultsByName.set(api.name, entry);
    }
    return entry;
  }

  /** Set-up the app does in modules this one does not import (`main.ts`, `app.config.ts`). */
  readAppSetup(setup: AppSetup): void {
    // Also for APIs this module reaches only through an instance made elsewhere.
    for (const api of CLIENT_APIS) {
      const setting = setup.apis.get(api.name);
      if (setting) this.apiDefaultsOf(api).credentials = setting;
    }
  }

  private setGlobal(api: ClientApi, setting: CredentialsSetting): void {
    const entry = this.apiDefaultsOf(api);
    if (!entry.credentials || setting.mode === 'include') entry.credentials = setting;
  }

  /** `axios.defaults.withCredentials = true`, `api.defaults.baseURL = X`. */
  readAssignment(node: TSESTree.AssignmentExpression): void {
    const ctx = this.ctx;
    if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
    // `X.defaults.key = …`: the shape is checked before any name is resolved.
    const defaults = unwrap(node.left.object);
    if (defaults.type !== AST_NODE_TYPES.MemberExpression) return;
    const plain = plainMemberName(node.left);
    if (plain !== null && !this.defaultKeys.has(plain)) return;
    const key = plain ?? getPropertyName(ctx, node.left);
    const api = this.apis.find((a) => a.setup?.defaults && (a.setup.defaults.credentials === key || a.setup.defaults.base === key));
    if (!api || getPropertyName(ctx, defaults) !== 'defaults') return;
    const owner = defaults.object;
    const onApi = isApiRoot(ctx, owner, api);
    if (key === api.setup!.defaults!.base) {
      if (onApi) this.apiDefaultsOf(api).base = node.right;
      else this.defaultsOf(resolveExpression(ctx, owner)).base = node.right;
      return;
    }
    const setting: CredentialsSetting = {
      mode: modeOfValue(ctx, api.dialect, node.right),
      uncertain: false,
      from: onApi ? 'global' : 'instance',
      node,
      value: node.right,
    };
    if (onApi) {
      this.setGlobal(api, setting);
      this.globals.push({ api: api.name, mode: setting.mode, node, setting: node });
    } else {
      const entry = this.defaultsOf(resolveExpression(ctx, owner));
      if (!entry.credentials || setting.mode === 'include') entry.credentials = setting;
    }
  }

  /** `X.interceptors.request.use(…)` and setup calls such as `$.ajaxSetup(…)`: module-wide settings. */
  readSetupCall(call: TSESTree.CallExpression): void {
    const ctx = this.ctx;
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const plain = plainMemberName(callee);
    if (plain !== null && !this.setupNames.has(plain)) return;
    const method = plain ?? getPropertyName(ctx, callee);
    if (method === null) return;
    if (method === 'use') {
      const api = this.apis.find((a) => a.setup?.interceptors);
      const request = unwrap(callee.object);
      if (!api || request.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, request) !== 'request') return;
      const interceptors = unwrap(request.object);
      if (interceptors.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, interceptors) !== 'interceptors') return;
      // An interceptor may set credentials on every request: the setting is unknown.
      if (isApiRoot(ctx, interceptors.object, api)) this.apiDefaultsOf(api).credentials = UNKNOWN_SETTING;
      else this.defaultsOf(resolveExpression(ctx, interceptors.object)).intercepted = true;
      return;
    }
    const api = this.apis.find((a) => a.setup?.calls?.[method] !== undefined && isApiRoot(ctx, callee.object, a));
    const index = api?.setup?.calls?.[method];
    if (!api || index === undefined) return;
    if (index === 'unknown') {
      this.apiDefaultsOf(api).credentials = UNKNOWN_SETTING;
      return;
    }
    const options = readOptions(ctx, call, index, api.dialect, 'call');
    if (options.setting.from === 'default' && !options.setting.uncertain) return;
    const setting: CredentialsSetting = { ...options.setting, from: 'global' };
    this.setGlobal(api, setting);
    if (setting.node) this.globals.push({ api: api.name, mode: setting.mode, node: call, setting: setting.node });
  }
}
