/**
 * Which calls of a module the request reader looks at: a call written
 * `x.name(…)` can be a request, a set-up call or an instance call only when
 * some API the module may use (or an instance of one) answers to `name`, so
 * most calls of a module (`list.push(x)`) are skipped by their name alone.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { getPropertyName, unwrap, type ValueContext } from '../core/values.js';
import { isApiRoot, memberCallNames, type ClientApi } from './api.js';
import { CLIENT_APIS } from './apis/index.js';

/** What a client instance can be called as, over every API with instances: `''` (`api(url)`), `get`, `extend`, … */
export const INSTANCE_CALLS: ReadonlySet<string> = new Set(CLIENT_APIS.filter((api) => api.instances).flatMap((api) => Object.keys(api.calls)));

/** The names of the calls that make an instance of some API: `create` (`axios.create(…)`), `extend` (`ky.extend(…)`). */
const FACTORY_NAMES: ReadonlySet<string> = new Set(
  CLIENT_APIS.flatMap((api) => Object.entries(api.calls).flatMap(([name, spec]) => (spec.kind === 'instance' && name !== '' ? [name] : []))),
);

/**
 * The API `call` makes an instance of by itself: the API called as its own
 * factory (`fetchBaseQuery(…)`), or a factory method on the API
 * (`axios.create(…)`, `window.axios.create(…)`, `ky.extend(…)`). Instances
 * made from other instances (`api.extend(…)`) are the collector's to find.
 */
export function factoryApi(ctx: ValueContext, apis: readonly ClientApi[], call: TSESTree.CallExpression): ClientApi | null {
  const callee = unwrap(call.callee);
  const direct = apis.find((api) => api.calls['']?.kind === 'instance' && isApiRoot(ctx, callee, api));
  if (direct) return direct;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getPropertyName(ctx, callee);
  if (method === null) return null;
  return apis.find((api) => api.instances && api.calls[method]?.kind === 'instance' && isApiRoot(ctx, callee.object, api)) ?? null;
}

/**
 * True when a module may make a client instance itself: some call is a factory
 * of an API it can use (`factoryApi`), or an API is its own factory
 * (`fetchBaseQuery(…)`, under any local name). Without one (and without
 * instances imported from the project's modules), calls are read only as
 * calls of the APIs, and no callee is resolved to look for an instance behind
 * it.
 */
export function makesInstances(ctx: ValueContext, apis: readonly ClientApi[], calls: readonly TSESTree.Node[]): boolean {
  const makers = apis.filter((api) => Object.values(api.calls).some((spec) => spec.kind === 'instance'));
  if (makers.length === 0) return false;
  if (makers.some((api) => api.calls['']?.kind === 'instance')) return true;
  for (const call of calls) {
    if (call.type !== AST_NODE_TYPES.CallExpression) continue;
    // Most calls are skipped by their plain name before anything is resolved.
    const callee = unwrap(call.callee);
    const name = callee.type === AST_NODE_TYPES.MemberExpression ? plainMemberName(callee) : null;
    if (name !== null && !FACTORY_NAMES.has(name)) continue;
    if ((name !== null || (callee.type === AST_NODE_TYPES.MemberExpression && callee.computed)) && factoryApi(ctx, makers, call)) return true;
  }
  return false;
}

/** The names a call must have to be read: `x.name(…)` (members) and `name(…)` (identifiers); null: any name. */
export interface CallNames {
  readonly members: ReadonlySet<string> | null;
  readonly identifiers: ReadonlySet<string> | null;
}

/**
 * The names a call may have to be read, over `apis`. A called name is an API
 * only as one of its globals (`fetch`), or when bound to a module the API is
 * imported from, which the module must quote; a client instance may have any
 * name.
 */
export function callNamesOf(apis: readonly ClientApi[], withInstances: boolean): CallNames {
  let members: Set<string> | null = new Set(withInstances ? INSTANCE_CALLS : []);
  let identifiers: Set<string> | null = withInstances ? null : new Set();
  for (const api of apis) {
    const own = memberCallNames(api);
    if (own === null) members = null;
    else if (members) for (const name of own) members.add(name);
    if (api.modules.length > 0 || api.receiver) identifiers = null;
    else if (identifiers) for (const entry of api.globals) if (entry.bare) identifiers.add(entry.name);
  }
  return { members, identifiers };
}

/** False when `callee` is written with a name no API of `names` answers to (`list.push`, `render`). */
export function mayBeRequestCallee(names: CallNames, callee: TSESTree.Node): boolean {
  if (callee.type === AST_NODE_TYPES.Identifier) return names.identifiers === null || names.identifiers.has(callee.name);
  const member = plainMemberName(callee);
  return member === null || names.members === null || names.members.has(member);
}

/** The name a member call ends with when it is written as a plain name (`x.get(…)`), else null. */
export function plainMemberName(callee: TSESTree.Node): string | null {
  return callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : null;
}
