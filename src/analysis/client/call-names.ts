/**
 * Which calls of a module the request reader looks at: a call written
 * `x.name(…)` can be a request, a set-up call or an instance call only when
 * some API the module may use (or an instance of one) answers to `name`, so
 * most calls of a module (`list.push(x)`) are skipped by their name alone.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { memberCallNames, type ClientApi } from './api.js';
import { CLIENT_APIS } from './apis/index.js';

/** What a client instance can be called as, over every API with instances: `''` (`api(url)`), `get`, `extend`, … */
export const INSTANCE_CALLS: ReadonlySet<string> = new Set(CLIENT_APIS.filter((api) => api.instances).flatMap((api) => Object.keys(api.calls)));

/** The names a member call may end with to be read, over `apis` (null: any name). */
export function callNamesOf(apis: readonly ClientApi[], withInstances: boolean): ReadonlySet<string> | null {
  const names = new Set(withInstances ? INSTANCE_CALLS : []);
  for (const api of apis) {
    const own = memberCallNames(api);
    if (own === null) return null;
    for (const name of own) names.add(name);
  }
  return names;
}

/** The name a member call ends with when it is written as a plain name (`x.get(…)`), else null. */
export function plainMemberName(callee: TSESTree.Node): string | null {
  return callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : null;
}
