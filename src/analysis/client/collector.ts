/**
 * Reads the client requests of a module from the API declarations in `apis/`:
 * calls and constructions of each API, client instances with their defaults,
 * and module-wide defaults (`axios.defaults`, `$.ajaxSetup`).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { getPropertyName, isForeignNode, resolveExpression, unwrap, type ValueContext } from '../core/values.js';
import { pathBelowApi, type ClientApi, type CustomReader, type RequestCall, type RequestForm } from './api.js';
import { isRequestObject } from './apis/fetch.js';
import { NOT_SET, optionValue, readOptions, setsAuthorization, UNKNOWN_SETTING } from './options.js';
import type { ClientRequest, CredentialsDialect, CredentialsEdit, CredentialsSetting, GlobalCredentialsDefault, RequestApi } from './types.js';
import { joinUrl, readUrl, UNKNOWN_URL, type RequestUrl } from './urls.js';
import { baseOption, inherit, instanceTarget, isObjectArgument, replaceEdit } from './request-parts.js';
import { CLIENT_APIS, INSTANCE_MODULE_TEXT } from './apis/index.js';
import { ModuleSetup } from './module-setup.js';
import { callNamesOf, factoryApi, INSTANCE_CALLS, makesInstances, mayBeRequestCallee, type CallNames } from './call-names.js';
import { importsProjectModules } from '../core/module-files.js';
import { contextOf } from '../core/context.js';
import { instanceKey, type AppSetup } from './app-setup.js';

type Node = TSESTree.Node;
type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;

/** Text by which a module may change an instance after creating it (`api.defaults.withCredentials = …`, interceptors). */
const INSTANCE_SETUP_TEXT = /\.defaults\b|interceptors/;

/** An instance made in another module that also configures instances there: its credentials are not known here. */
function setUpElsewhere(ctx: ValueContext, call: TSESTree.CallExpression): boolean {
  return isForeignNode(ctx, call) && INSTANCE_SETUP_TEXT.test(contextOf(ctx, call).sourceCode.text);
}

export class RequestCollector implements CustomReader {
  readonly requests: ClientRequest[] = [];
  private readonly instances = new Map<Node, ClientRequest | null>();
  private readonly instanceApis = new Map<Node, ClientApi>();
  /** Module-wide defaults of the APIs and their instances. */
  private readonly setup: ModuleSetup;
  private readonly withInstances: boolean;
  /** The context instances are resolved in: other modules are read only when they name an API that makes instances. */
  private readonly instanceCtx: ValueContext;
  /** Settings the app's set-up makes on instances, by their create call. */
  private setupInstances: ReadonlyMap<string, CredentialsSetting> = new Map();
  /** What a call's name must be for `readCall` to read it. */
  private readonly callNames: CallNames;

  constructor(
    readonly ctx: ValueContext,
    /** The APIs the module can use (judged from its text). */
    private readonly apis: readonly ClientApi[],
    /** The module's calls and constructions, which tell whether it makes client instances. */
    calls: readonly CallLike[],
  ) {
    // An instance is made here by a factory call of an API, or imported from a module of the project.
    this.withInstances = (ctx.parseModule !== undefined && importsProjectModules(ctx.sourceCode)) || makesInstances(ctx, apis, calls);
    this.instanceCtx = ctx.moduleText ? { ...ctx, moduleText: INSTANCE_MODULE_TEXT } : ctx;
    this.callNames = callNamesOf(apis, this.withInstances);
    this.setup = new ModuleSetup(ctx, apis);
  }

  get globals(): readonly GlobalCredentialsDefault[] {
    return this.setup.globals;
  }

  push(request: ClientRequest): void {
    this.requests.push(request);
  }

  /** Set-up the app does in modules this one does not import (`main.ts`, `app.config.ts`). */
  readAppSetup(setup: AppSetup): void {
    this.setupInstances = setup.instances;
    this.setup.readAppSetup(setup);
  }

  /** Module-wide set-up of the APIs, read from the module's assignments and calls (none when no API used has any). */
  readSetup(assignments: readonly TSESTree.AssignmentExpression[], calls: readonly CallLike[]): void {
    const setup = this.setup;
    if (setup.readsAssignments) for (const assignment of assignments) setup.readAssignment(assignment);
    if (setup.readsCalls) for (const call of calls) if (call.type === AST_NODE_TYPES.CallExpression) setup.readSetupCall(call);
  }

  /** The client instance an expression evaluates to (`const api = axios.create(…)`), if any. */
  private instanceOf(node: Node): ClientRequest | null {
    const resolved = resolveExpression(this.instanceCtx, node);
    return resolved.type === AST_NODE_TYPES.CallExpression ? this.instanceFromCall(resolved) : null;
  }

  /** The API whose instance factory `call` is, with the instance it is made from (for `api.extend(…)`). */
  private factoryOf(call: TSESTree.CallExpression): { api: ClientApi; parent: ClientRequest | null } | null {
    // An instance made in another module is judged by every API, whatever this file's text names.
    const made = factoryApi(this.ctx, isForeignNode(this.ctx, call) ? CLIENT_APIS : this.apis, call);
    if (made) return { api: made, parent: null };
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const method = getPropertyName(this.ctx, callee);
    if (method === null) return null;
    const parent = this.instanceOf(callee.object);
    const api = parent && this.instanceApis.get(parent.node);
    return api?.instances?.children.includes(method) ? { api, parent } : null;
  }

  /** Builds (once) the instance a create call makes: `axios.create`, `ky.create` / `extend`, `ofetch.create`. */
  private instanceFromCall(call: TSESTree.CallExpression): ClientRequest | null {
    if (this.instances.has(call)) return this.instances.get(call)!;
    this.instances.set(call, null);
    const factory = this.factoryOf(call);
    if (!factory) return null;
    const { api, parent } = factory;
    const ctx = this.ctx;
    const options = readOptions(ctx, call, 0, api.dialect, 'instance');
    const defaults = this.setup.instanceDefaults(call);
    const globals = parent ? null : this.setup.apiDefaults(api.name);
    const baseNode = baseOption(options, api.instances!.baseKeys) ?? defaults?.base ?? null;
    let url: RequestUrl = baseNode ? readUrl(ctx, baseNode) : (parent?.url ?? UNKNOWN_URL);
    if (!baseNode && globals?.base) url = readUrl(ctx, globals.base);
    let credentials: CredentialsSetting = options.setting;
    let edit: CredentialsEdit | null = options.edit;
    if (credentials.from === 'default' && defaults?.credentials) {
      credentials = defaults.credentials;
      edit = replaceEdit(defaults.credentials.value, api.dialect);
    }
    const setUp = this.setupInstances.size > 0 ? this.setupInstances.get(instanceKey(ctx, call)) : undefined;
    if (credentials.from === 'default' && setUp) credentials = { ...setUp, from: 'instance' };
    if (credentials.from === 'default') {
      if (defaults?.intercepted || setUpElsewhere(ctx, call)) credentials = UNKNOWN_SETTING;
      else if (parent) credentials = inherit(credentials, parent.credentials, 'instance');
      else credentials = inherit(credentials, globals?.credentials ?? null, 'global');
    }
    if (credentials.from === 'call') credentials = { ...credentials, from: 'instance' };
    const instance: ClientRequest = {
      api: api.name,
      kind: 'instance',
      node: call,
      url,
      target: instanceTarget(call, options, api.instances!.baseKeys),
      dialect: api.dialect,
      credentials,
      edit,
      instance: parent,
      viaInstanceBase: false,
      authorization: setsAuthorization(ctx, options) || (parent?.authorization ?? false),
    };
    this.instances.set(call, instance);
    this.instanceApis.set(call, api);
    this.push(instance);
    return instance;
  }

  /** A call of an API with instances: `axios.get(url, config)`, `api.post(url, data, config)`, `ky(url, options)`. */
  private libraryCall(call: CallLike, api: ClientApi, form: RequestForm, instance: ClientRequest | null): void {
    const ctx = this.ctx;
    const spec = api.instances!;
    const options = form.options === null ? null : readOptions(ctx, call, form.options, api.dialect, 'call');
    let urlNode: Node | null;
    if (form.url !== 'option') {
      const arg = call.arguments[form.url];
      if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) return;
      urlNode = arg;
    } else {
      urlNode = options ? optionValue(options, form.urlKey ?? 'url') : null;
    }
    const path = urlNode ? readUrl(ctx, urlNode) : UNKNOWN_URL;
    const baseNode = options ? baseOption(options, spec.baseKeys) : null;
    const globals = instance ? null : this.setup.apiDefaults(api.name);
    let url = path;
    let viaInstanceBase = false;
    const preferPath = path.kind === 'absolute' || (path.kind === 'expression' && path.baseKey !== null);
    if (baseNode) {
      url = joinUrl(readUrl(ctx, baseNode), path, spec.join);
    } else if (instance && instance.url.kind !== 'unknown' && !preferPath) {
      url = joinUrl(instance.url, path, spec.join);
      viaInstanceBase = true;
    } else if (globals?.base && !preferPath) {
      url = joinUrl(readUrl(ctx, globals.base), path, spec.join);
    }
    const parent = instance ? instance.credentials : (globals?.credentials ?? null);
    const credentials = inherit(options?.setting ?? NOT_SET, parent, instance ? 'instance' : 'global');
    this.push({
      api: api.name,
      kind: 'call',
      node: call,
      url,
      target: urlNode ?? (form.options === null ? undefined : call.arguments[form.options]) ?? call,
      dialect: api.dialect,
      credentials,
      edit: options?.edit ?? null,
      instance,
      viaInstanceBase,
      authorization: (options !== null && setsAuthorization(ctx, options)) || (instance?.authorization ?? false),
    });
  }

  /** A request whose URL and options are plain arguments: fetch, `new Request`, `EventSource`, Angular, jQuery. */
  private plainCall(call: CallLike, name: RequestApi, dialect: CredentialsDialect, form: RequestForm, parent: CredentialsSetting | null): void {
    const ctx = this.ctx;
    const options = form.options === null ? null : readOptions(ctx, call, form.options, dialect, 'call');
    const urlNode = form.url !== 'option' ? call.arguments[form.url] : options && optionValue(options, form.urlKey ?? 'url');
    if (!urlNode || urlNode.type === AST_NODE_TYPES.SpreadElement) return;
    this.push({
      api: name,
      kind: 'call',
      node: call,
      url: readUrl(ctx, urlNode),
      target: urlNode,
      dialect,
      credentials: inherit(options?.setting ?? NOT_SET, parent, 'global'),
      edit: options?.edit ?? null,
      instance: null,
      viaInstanceBase: false,
      authorization: options !== null && setsAuthorization(ctx, options),
    });
  }

  /** Reads a call or construction the API declares under `path`. */
  private dispatch(node: CallLike, api: ClientApi, spec: RequestCall, instance: ClientRequest | null): void {
    const ctx = this.ctx;
    const first = node.arguments[0];
    if (spec.skipRequestObject && (!first || isRequestObject(ctx, first))) return;
    if (spec.irrelevant?.(ctx, node)) return;
    let form = spec.form;
    if (spec.objectForm && isObjectArgument(ctx, first)) {
      if (spec.objectForm === 'skip') return;
      form = spec.objectForm;
    }
    if (form.minArguments !== undefined && node.arguments.length < form.minArguments) return;
    if (spec.as) this.plainCall(node, spec.as.name, spec.as.dialect, form, null);
    else if (api.instances) this.libraryCall(node, api, form, instance);
    else this.plainCall(node, api.name, api.dialect, form, this.setup.apiDefaults(api.name)?.credentials ?? null);
  }

  private readSpec(node: CallLike, api: ClientApi, path: readonly string[], instance: ClientRequest | null): void {
    const specs = node.type === AST_NODE_TYPES.NewExpression ? api.constructs : api.calls;
    const spec = specs?.[path.join('.')];
    if (!spec) return;
    if (spec.kind === 'instance') {
      if (node.type === AST_NODE_TYPES.CallExpression) this.instanceFromCall(node);
    } else if (spec.kind === 'custom') {
      spec.read(this, node);
    } else {
      this.dispatch(node, api, spec, instance);
    }
  }

  readCall(node: CallLike): void {
    const ctx = this.ctx;
    const callee = unwrap(node.callee);
    // Most calls (`list.push(x)`, `render()`) have a name no API or instance answers to.
    if (!mayBeRequestCallee(this.callNames, callee)) return;
    for (const api of this.apis) {
      const path = pathBelowApi(ctx, callee, api);
      if (path) {
        this.readSpec(node, api, path, null);
        return;
      }
    }
    if (!this.withInstances || node.type !== AST_NODE_TYPES.CallExpression) return;
    // Calls on a client instance: api(url), api.get(url), api.extend(…); only names some instance answers are followed.
    const member = callee.type === AST_NODE_TYPES.MemberExpression;
    const method = member ? getPropertyName(ctx, callee) : '';
    if (method === null || !INSTANCE_CALLS.has(method)) return;
    const instance = this.instanceOf(member ? callee.object : callee);
    const api = instance && this.instanceApis.get(instance.node);
    if (!instance || !api) return;
    this.readSpec(node, api, member ? [method] : [], instance);
  }
}
