/**
 * Nuxt and Nitro `routeRules`: `{ '/api/**': { cors: true, headers: {…} } }`.
 * `cors: true` adds `Access-Control-Allow-Origin: *` together with `*` for
 * allowed methods and headers on every matching response; the rule's own
 * `headers` are applied after them and win. No credentials, no Vary, no
 * origin matching. See docs/cors-semantics.md#nuxt-and-nitro-routerules.
 */
import { entryOf, valueOf, type DataNode } from '../data-tree.js';
import { objectHeaders } from '../headers.js';
import type { HeaderGroup, StaticHeader } from '../types.js';
import type { ConfigSource } from './types.js';

const CORS_TRUE_HEADERS = ['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers'];

function ruleGroup(path: string, rule: DataNode): HeaderGroup | null {
  const own = objectHeaders(valueOf(rule, 'headers'));
  const cors = entryOf(rule, 'cors');
  const corsOn = cors?.value.kind === 'scalar' && cors.value.value === true;
  if (!corsOn && own.length === 0) return null;
  const names = new Set(own.map((h) => h.name));
  // What `cors: true` adds, located on the `cors` option (never rewritten), unless the rule's headers replace it.
  const implied: StaticHeader[] = corsOn
    ? CORS_TRUE_HEADERS.filter((name) => !names.has(name)).map((name) => ({
        name,
        value: '*',
        valueNode: cors.value,
        entry: cors.node,
        siblings: [],
        implied: true as const,
      }))
    : [];
  return { where: `routeRules[${JSON.stringify(path)}]`, headers: [...implied, ...own] };
}

export const nitroRouteRules: ConfigSource = {
  keys: ['routeRules'],
  read(config) {
    const rules = valueOf(config, 'routeRules');
    const groups = rules?.kind === 'object' ? rules.entries.flatMap((e) => ruleGroup(e.key, e.value) ?? []) : [];
    return { groups, policies: [] };
  },
};
