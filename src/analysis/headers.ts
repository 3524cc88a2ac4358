/**
 * Header writes: every place a CORS response header (or `Vary`) is written by
 * hand, through the setters of cors-facts §3, with its name, value and API.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { isCorsHeader, isTrackedHeader } from './header-names.js';
import {
  calleeName,
  getObjectEntries,
  getPropertyName,
  getStaticString,
  resolveExpression,
  unwrap,
  type ValueContext,
} from './values.js';

type Node = TSESTree.Node;

/** How a header is written, which decides how a fix writes another one. */
export type WriteStyle =
  /** `res.setHeader(name, value)`, `headers.set(name, value)`, `c.header(name, value)`, `res.vary(value)`. */
  | {
      readonly kind: 'method';
      readonly call: TSESTree.CallExpression;
      readonly receiver: TSESTree.Expression;
      readonly method: string;
    }
  /** `setResponseHeader(event, name, value)` (h3). */
  | { readonly kind: 'function'; readonly call: TSESTree.CallExpression; readonly fn: string }
  /** A property of a headers object: `{ 'Access-Control-Allow-Origin': '*' }`. */
  | { readonly kind: 'property'; readonly property: TSESTree.Property; readonly object: TSESTree.ObjectExpression }
  /** A `{ key, value }` entry of a Next.js `headers()` list. */
  | { readonly kind: 'entry'; readonly entry: TSESTree.ObjectExpression; readonly list: TSESTree.ArrayExpression };

export interface HeaderWrite {
  /** Lower-cased header name. */
  readonly name: string;
  /** The node that spells the name (`'Access-Control-Allow-Origin'`), or null for `res.vary(…)`. */
  readonly nameNode: Node | null;
  /** The value expression, or null when there is none. */
  readonly valueNode: Node | null;
  /** Appends to the header instead of replacing it. */
  readonly append: boolean;
  readonly style: WriteStyle;
  /** The whole write: the call, the property or the entry object. */
  readonly node: Node;
}

const NAME_VALUE_METHODS = new Map<string, boolean>([
  // method → appends
  ['setHeader', false],
  ['appendHeader', true],
  ['set', false],
  ['header', false],
  ['append', true],
]);
const OBJECT_METHODS = new Set(['set', 'header', 'headers']);
const NAME_VALUE_FUNCTIONS = new Map<string, boolean>([
  ['setResponseHeader', false],
  ['appendResponseHeader', true],
  ['appendHeader', true],
]);
const OBJECT_FUNCTIONS = new Set(['setResponseHeaders', 'appendResponseHeaders', 'appendHeaders']);

/** Calls whose object argument's `headers` are request headers, not response headers. */
const REQUEST_CALLEES = new Set([
  'fetch',
  '$fetch',
  'ofetch',
  'ky',
  'axios',
  'request',
  'ajax',
  'got',
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'create',
  'extend',
  'Request',
  'EventSource',
]);

/**
 * Object literals passed to a header setter (`res.set({...})`) are collected
 * with that call; `consumed` keeps them from being read a second time as
 * free-standing headers objects.
 */
export interface HeaderCollection {
  readonly writes: HeaderWrite[];
  /** Writes made through a call on a response (function scope). */
  readonly callWrites: HeaderWrite[];
  /** Free-standing headers object literals (their own response scope), with their writes. */
  readonly headerObjects: Map<TSESTree.ObjectExpression, HeaderWrite[]>;
  /** Next.js `headers()` entries, grouped by their `{ source, headers }` route object. */
  readonly routeEntries: Map<TSESTree.ObjectExpression, HeaderWrite[]>;
}

export function createHeaderCollection(): HeaderCollection {
  return { writes: [], callWrites: [], headerObjects: new Map(), routeEntries: new Map() };
}

function propertyWrites(ctx: ValueContext, objectNode: Node): HeaderWrite[] {
  const entries = getObjectEntries(ctx, objectNode);
  if (!entries) return [];
  const writes: HeaderWrite[] = [];
  for (const entry of entries.entries) {
    if (!isTrackedHeader(entry.key)) continue;
    writes.push({
      name: entry.key.trim().toLowerCase(),
      nameNode: entry.property.key,
      valueNode: entry.value,
      append: false,
      style: { kind: 'property', property: entry.property, object: entry.owner },
      node: entry.property,
    });
  }
  return writes;
}

/** Inspects one call for header writes on a response. */
export function collectCallWrites(ctx: ValueContext, call: TSESTree.CallExpression | TSESTree.NewExpression, out: HeaderCollection, consumed: Set<Node>): void {
  const args = call.arguments;
  const callee = unwrap(call.callee);
  const add = (writes: HeaderWrite[], objectArg?: Node) => {
    if (objectArg) {
      const literal = resolveExpression(ctx, objectArg);
      consumed.add(literal);
    }
    out.writes.push(...writes);
    out.callWrites.push(...writes);
  };

  if (call.type === AST_NODE_TYPES.NewExpression) {
    // new Headers({ ... })
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Headers' && args[0]) {
      add(propertyWrites(ctx, args[0]), args[0]);
    }
    return;
  }

  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getPropertyName(ctx, callee);
    if (method === null) return;
    const receiver = callee.object;
    if (NAME_VALUE_METHODS.has(method) && args.length >= 2) {
      const name = getStaticString(ctx, args[0]!);
      if (name === null || !isTrackedHeader(name)) return;
      add([
        {
          name: name.trim().toLowerCase(),
          nameNode: args[0]!,
          valueNode: args[1]!,
          append: NAME_VALUE_METHODS.get(method)! || hasAppendOption(ctx, args[2]),
          style: { kind: 'method', call, receiver, method },
          node: call,
        },
      ]);
      return;
    }
    if (OBJECT_METHODS.has(method) && args.length === 1) {
      add(propertyWrites(ctx, args[0]!), args[0]);
      return;
    }
    if (method === 'writeHead') {
      const objectArg = args.slice(1).find((a) => resolveExpression(ctx, a).type === AST_NODE_TYPES.ObjectExpression);
      if (objectArg) add(propertyWrites(ctx, objectArg), objectArg);
      return;
    }
    if (method === 'vary' && args.length === 1) {
      add([
        {
          name: 'vary',
          nameNode: null,
          valueNode: args[0]!,
          append: true,
          style: { kind: 'method', call, receiver, method },
          node: call,
        },
      ]);
    }
    return;
  }

  if (callee.type === AST_NODE_TYPES.Identifier) {
    const fn = callee.name;
    if (NAME_VALUE_FUNCTIONS.has(fn) && args.length === 3) {
      const name = getStaticString(ctx, args[1]!);
      if (name === null || !isTrackedHeader(name)) return;
      add([
        {
          name: name.trim().toLowerCase(),
          nameNode: args[1]!,
          valueNode: args[2]!,
          append: NAME_VALUE_FUNCTIONS.get(fn)!,
          style: { kind: 'function', call, fn },
          node: call,
        },
      ]);
      return;
    }
    if (OBJECT_FUNCTIONS.has(fn) && args.length === 2) {
      add(propertyWrites(ctx, args[1]!), args[1]);
    }
  }
}

function hasAppendOption(ctx: ValueContext, node: Node | undefined): boolean {
  if (!node) return false;
  const entries = getObjectEntries(ctx, node);
  const append = entries?.entries.find((e) => e.key === 'append');
  return append !== undefined && unwrap(append.value).type === AST_NODE_TYPES.Literal && (unwrap(append.value) as TSESTree.Literal).value === true;
}

/** `{ key: 'Access-Control-Allow-Origin', value: '*' }` inside `headers: [...]` of a `{ source, headers }` route. */
export function collectRouteEntry(ctx: ValueContext, object: TSESTree.ObjectExpression, out: HeaderCollection): boolean {
  const list = object.parent;
  if (list?.type !== AST_NODE_TYPES.ArrayExpression) return false;
  const holder = list.parent;
  if (holder?.type !== AST_NODE_TYPES.Property || holder.value !== list) return false;
  const route = holder.parent;
  if (route?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const entries = getObjectEntries(ctx, object);
  const keyEntry = entries?.entries.find((e) => e.key === 'key');
  const valueEntry = entries?.entries.find((e) => e.key === 'value');
  if (!keyEntry || !valueEntry) return false;
  const name = getStaticString(ctx, keyEntry.value);
  if (name === null || !isTrackedHeader(name)) return false;
  const write: HeaderWrite = {
    name: name.trim().toLowerCase(),
    nameNode: keyEntry.value,
    valueNode: valueEntry.value,
    append: false,
    style: { kind: 'entry', entry: object, list },
    node: object,
  };
  out.writes.push(write);
  const group = out.routeEntries.get(route) ?? [];
  group.push(write);
  out.routeEntries.set(route, group);
  return true;
}

/** True when an object literal is the `headers` of a client request (`fetch(url, { headers })`). */
function isRequestHeaders(ctx: ValueContext, object: TSESTree.ObjectExpression): boolean {
  const prop = object.parent;
  if (prop?.type !== AST_NODE_TYPES.Property || prop.value !== object) return false;
  const init = prop.parent;
  if (init?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  let call: Node | undefined = init.parent;
  // axios.create({ headers: { common: {...} } })
  if (call?.type === AST_NODE_TYPES.Property) return isRequestHeaders(ctx, init);
  if (call?.type !== AST_NODE_TYPES.CallExpression && call?.type !== AST_NODE_TYPES.NewExpression) return false;
  call = call as TSESTree.CallExpression | TSESTree.NewExpression;
  const name = calleeName(ctx, call.callee);
  return name !== null && REQUEST_CALLEES.has(name);
}

/** A free-standing object literal with CORS header keys: a response's headers object. */
export function collectHeaderObject(ctx: ValueContext, object: TSESTree.ObjectExpression, out: HeaderCollection, consumed: Set<Node>): void {
  if (consumed.has(object)) return;
  const ownCorsKey = object.properties.some(
    (p) => p.type === AST_NODE_TYPES.Property && isCorsKey(p),
  );
  const spreads = object.properties.filter((p) => p.type === AST_NODE_TYPES.SpreadElement).length;
  if (!ownCorsKey && spreads < 2) return;
  if (isRequestHeaders(ctx, object)) return;
  const writes = propertyWrites(ctx, object);
  if (!writes.some((w) => isCorsHeader(w.name))) return;
  for (const write of writes) if (write.style.kind === 'property' && write.style.object === object) out.writes.push(write);
  out.headerObjects.set(object, writes);
}

function isCorsKey(prop: TSESTree.Property): boolean {
  if (!prop.computed) {
    if (prop.key.type === AST_NODE_TYPES.Literal && typeof prop.key.value === 'string') return isCorsHeader(prop.key.value);
    return false;
  }
  // Computed keys ([ACAO]) are resolved by propertyWrites; accept them as candidates.
  return true;
}
