/** Static header lists as deployment files write them. */
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
