/** Static header lists as deployment files write them. */
import { apiGatewayHeaderName, apiGatewayStaticValue, isTrackedHeader } from '../server/header-names.js';
import { itemsOf, stringOf, valueOf, type DataNode } from './data-tree.js';
import type { HeaderGroup, StaticHeader } from './types.js';

/** `[{ "key": "Name", "value": "v" }]` (Vercel, Firebase Hosting). */
export function keyValueHeaders(list: DataNode | null): StaticHeader[] {
  if (list?.kind !== 'array') return [];
  const siblings = list.items.map((i) => i.node);
  return list.items.flatMap(({ node, value: item }) => {
    const name = stringOf(valueOf(item, 'key'));
    const valueNode = valueOf(item, 'value');
    if (name === null || !valueNode) return [];
    return [{ name: name.trim().toLowerCase(), value: stringOf(valueNode), valueNode, entry: node, siblings }];
  });
}

/** `{ "Name": "v" }` (Azure Static Web Apps, Vercel `routes`). */
export function objectHeaders(object: DataNode | null): StaticHeader[] {
  if (object?.kind !== 'object') return [];
  const siblings = object.entries.map((e) => e.node);
  return object.entries.map((entry) => ({
    name: entry.key.trim().toLowerCase(),
    value: stringOf(entry.value),
    valueNode: entry.value,
    entry: entry.node,
    siblings,
  }));
}

/** API Gateway mappings (docs/cors-semantics.md#api-gateway-mappings): the CORS headers a mapping object sets, each with its static value (null for a mapping expression). */
export function mappedHeaders(mapping: DataNode | null, destinations: boolean): StaticHeader[] {
  if (mapping?.kind !== 'object') return [];
  const siblings = mapping.entries.map((e) => e.node);
  return mapping.entries.flatMap((entry) => {
    const name = destinations ? apiGatewayHeaderName(entry.key) : entry.key;
    if (name === null || !isTrackedHeader(name)) return [];
    const written = stringOf(entry.value);
    const value = written === null ? null : apiGatewayStaticValue(written);
    return [{ name: name.trim().toLowerCase(), value, valueNode: entry.value, entry: entry.node, siblings, mapped: true as const }];
  });
}

/** Groups from a list of rules, each with a path pattern and headers. */
export function ruleGroups(
  rules: DataNode | null,
  file: string,
  pattern: readonly string[],
  read: (rule: DataNode) => StaticHeader[],
): HeaderGroup[] {
  return itemsOf(rules).flatMap((rule) => {
    const headers = read(rule);
    if (headers.length === 0) return [];
    const source = pattern.map((key) => stringOf(valueOf(rule, key))).find((s) => s !== null);
    return [{ where: source === undefined ? `${file} headers` : `${file} headers for ${JSON.stringify(source)}`, headers }];
  });
}
