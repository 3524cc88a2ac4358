/**
 * Header writes: every place a CORS response header (or `Vary`) is written by
 * hand, through the setters of cors-facts §3, with its name, value and API.
 * Request headers (`fetch(url, { headers })`, `new Headers()` sent with a
 * request) and look-alike calls (`map.set(...)`) are not response writes.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { isCorsHeader, isTrackedHeader } from './header-names.js';
import { REQUEST_CALLEES } from './request-callees.js';
import {
  calleeName,
  findVariable,
  getObjectEntries,
  getPropertyName,
  getStaticString,
  getStaticValue,
  propertyKeyName,
  resolveExpression,
  resolveImport,
  unwrap,
  type ValueContext,
} from '../core/values.js';

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
  /** `setResponseHeader(event, name, value)` (h3); `fn` is the callee as written (`h3.setResponseHeader`). */
  | { readonly kind: 'function'; readonly call: TSESTree.CallExpression; readonly fn: string }
  /** A property of a headers object: `{ 'Access-Control-Allow-Origin': '*' }`. */
  | { readonly kind: 'property'; readonly property: TSESTree.Property; readonly object: TSESTree.ObjectExpression }
  /** A `{ key, value }` entry of a Next.js `headers()` list. */
  | { readonly kind: 'entry'; readonly entry: TSESTree.ObjectExpression; readonly list: TSESTree.ArrayExpression }
  /** `response.headers['Access-Control-Allow-Origin'] = value`. */
  | { readonly kind: 'assignment'; readonly assignment: TSESTree.AssignmentExpression; readonly target: TSESTree.MemberExpression }
  /** A route decorator: NestJS `@Header('Access-Control-Allow-Origin', '*')`. */
  | { readonly kind: 'decorator'; readonly decorator: TSESTree.Decorator; readonly call: TSESTree.CallExpression };

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

/** A write as made at one place of the code: `res.set(corsHeaders)` makes the properties of `corsHeaders` at the call. */
export interface WriteSite {
  readonly write: HeaderWrite;
  /** The call that makes the write (for objects passed to a setter), or the write itself. */
  readonly site: Node;
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
/** Setters that only write headers: an unknown name there may be any header. */
const OPAQUE_NAME_METHODS = new Set(['setHeader', 'appendHeader', 'header']);
/** Hono context responses: `c.json(data, status, headers)`, `c.body(null, { headers })`. */
const CONTEXT_RESPONSE_METHODS = new Set(['json', 'text', 'body', 'html', 'newResponse']);
/** Objects whose `json`/`text` statics build an independent response (`Response.json(data, init)`). */
const RESPONSE_CLASSES = new Set(['Response', 'NextResponse']);
/** h3 setters (and their aliases) that take the event first. */
const NAME_VALUE_FUNCTIONS = new Map<string, boolean>([
  ['setResponseHeader', false],
  ['appendResponseHeader', true],
  ['setHeader', false],
  ['appendHeader', true],
]);
const OBJECT_FUNCTIONS = new Set(['setResponseHeaders', 'appendResponseHeaders', 'setHeaders', 'appendHeaders']);
/** Receivers built with these never hold response headers (`new Map().set(...)`). */
const NON_HEADER_CLASSES = new Set(['Map', 'WeakMap', 'Set', 'WeakSet', 'URLSearchParams', 'FormData', 'URL', 'HttpHeaders', 'HttpParams', 'AxiosHeaders']);
/** Receiver properties that are not headers (`url.searchParams.set(...)`). */
const NON_HEADER_PROPERTIES = new Set(['searchParams', 'dataset', 'style', 'params', 'query', 'cookies', 'locals', 'state', 'session']);

const MAX_DEPTH = 6;

/**
 * The writes of a file, deduplicated by node, in the places they are made.
 * Object literals passed to a setter (`res.set({...})`) are read with that
 * call; `consumed` keeps them from being read a second time as free-standing
 * headers objects.
 */
export interface HeaderCollection {
  /** Every write, once. */
  readonly writes: HeaderWrite[];
  /** Writes made through a call on a response (function scope), at the call. */
  readonly callWrites: WriteSite[];
  /** Free-standing headers object literals (their own response scope), with their writes. */
  readonly headerObjects: Map<TSESTree.ObjectExpression, HeaderWrite[]>;
  /** Next.js `headers()` entries, grouped by their `{ source, headers }` route object. */
  readonly routeEntries: Map<TSESTree.ObjectExpression, HeaderWrite[]>;
  /**
   * Next.js entries whose value repeats the request's Origin header, captured by
   * the route's `has` (`has: [{ type: 'header', key: 'origin', value: '(?<o>.*)' }]`, `value: ':o'`).
   */
  readonly originEchoes: Set<HeaderWrite>;
  /** Object literals already read as the argument of a setter. */
  readonly consumed: Set<Node>;
  /**
   * Calls and headers objects that write headers not known statically
   * (`res.setHeader(name, v)`, `res.set({ ...shared })`): any header may be among them.
   */
  readonly opaque: Node[];
  /** One write per node. */
  readonly byNode: Map<Node, HeaderWrite>;
}

export function createHeaderCollection(): HeaderCollection {
  return { writes: [], callWrites: [], headerObjects: new Map(), routeEntries: new Map(), originEchoes: new Set(), consumed: new Set(), opaque: [], byNode: new Map() };
}

function record(out: HeaderCollection, write: HeaderWrite): HeaderWrite {
  const existing = out.byNode.get(write.node);
  if (existing) return existing;
  out.byNode.set(write.node, write);
  out.writes.push(write);
  return write;
}

function propertyWrites(ctx: ValueContext, objectNode: Node, out: HeaderCollection): HeaderWrite[] {
  const entries = getObjectEntries(ctx, objectNode);
  if (!entries) return [];
  const writes: HeaderWrite[] = [];
  for (const entry of entries.entries) {
    // Keys set by statements (`headers[name] = value`) are read as assignments, not here.
    if (!isTrackedHeader(entry.key) || !entry.property || !entry.owner) continue;
    writes.push(
      record(out, {
        name: entry.key.trim().toLowerCase(),
        nameNode: entry.property.key,
        valueNode: entry.value,
        append: false,
        style: { kind: 'property', property: entry.property, object: entry.owner },
        node: entry.property,
      }),
    );
  }
  return writes;
}

/** True when an identifier callee is a local function or variable, not an import or a global (`setResponseHeader`). */
function isLocalBinding(ctx: ValueContext, callee: TSESTree.Identifier): boolean {
  const variable = findVariable(ctx, callee);
  if (!variable || variable.defs.length === 0) return false;
  return resolveImport(ctx, callee) === null;
}

/** True for receivers that cannot be a response or its headers: `new Map()`, `url.searchParams`, literals. */
function isUnrelatedReceiver(ctx: ValueContext, receiver: Node): boolean {
  const direct = unwrap(receiver);
  if (direct.type === AST_NODE_TYPES.MemberExpression) {
    const name = getPropertyName(ctx, direct);
    if (name !== null && NON_HEADER_PROPERTIES.has(name)) return true;
  }
  const resolved = resolveExpression(ctx, receiver);
  switch (resolved.type) {
    case AST_NODE_TYPES.NewExpression:
      if (resolved.callee.type === AST_NODE_TYPES.Identifier && NON_HEADER_CLASSES.has(resolved.callee.name)) return true;
      return isHeadersConstructor(ctx, resolved) && isRequestHeadersValue(ctx, resolved);
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
      return true;
    default:
      return false;
  }
}

function isHeadersConstructor(ctx: ValueContext, node: TSESTree.NewExpression): boolean {
  const callee = unwrap(node.callee);
  return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Headers' && !isLocalBinding(ctx, callee);
}

/** Inspects one call for header writes on a response. */
export function collectCallWrites(ctx: ValueContext, call: TSESTree.CallExpression | TSESTree.NewExpression, out: HeaderCollection): void {
  const args = call.arguments;
  const callee = unwrap(call.callee);
  const add = (writes: HeaderWrite[]) => {
    for (const write of writes) out.callWrites.push({ write, site: call });
  };
  /** Reads an object of headers; `unknownIsOpaque` when a value that is not an object literal still holds headers. */
  const addObject = (objectArg: Node | undefined, unknownIsOpaque = false) => {
    if (!objectArg) return;
    if (objectArg.type === AST_NODE_TYPES.SpreadElement) {
      if (unknownIsOpaque) out.opaque.push(call);
      return;
    }
    const literal = resolveExpression(ctx, objectArg);
    if (literal.type !== AST_NODE_TYPES.ObjectExpression) {
      if (unknownIsOpaque && !isNonObject(literal)) out.opaque.push(call);
      return;
    }
    // An inline object is this call's alone; a shared constant stays a headers object of its own too.
    if (literal === unwrap(objectArg)) out.consumed.add(literal);
    if (getObjectEntries(ctx, literal)?.incomplete) out.opaque.push(call);
    add(propertyWrites(ctx, literal, out));
  };

  if (call.type === AST_NODE_TYPES.NewExpression) {
    // new Headers({ ... }) for a response (not one sent with a request)
    if (isHeadersConstructor(ctx, call) && !isRequestHeadersValue(ctx, call)) addObject(args[0]);
    return;
  }

  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getPropertyName(ctx, callee);
    if (method === null) return;
    const receiver = callee.object;
    // h3.setResponseHeader(event, name, value) through a namespace import
    if (isFunctionSetterName(method) && isModuleNamespace(ctx, receiver)) {
      if (isForeignHeaderHelper(ctx, method, call)) out.opaque.push(call);
      else collectFunctionWrites(ctx, call, method, ctx.sourceCode.getText(callee), out, add, addObject);
      return;
    }
    const nameValue = NAME_VALUE_METHODS.has(method) && args.length >= 2 && args.length <= 3;
    const relevant =
      nameValue ||
      (OBJECT_METHODS.has(method) && args.length === 1) ||
      method === 'writeHead' ||
      (method === 'vary' && args.length === 1) ||
      CONTEXT_RESPONSE_METHODS.has(method);
    if (!relevant || isUnrelatedReceiver(ctx, receiver)) return;
    if (nameValue) {
      const name = getStaticString(ctx, args[0]!);
      // `set` and `append` are also Map and FormData methods: only dedicated setters with unknown names are opaque.
      if (name === null && OPAQUE_NAME_METHODS.has(method)) out.opaque.push(call);
      if (name === null || !isTrackedHeader(name) || args[1]!.type === AST_NODE_TYPES.SpreadElement) return;
      const write = record(out, {
        name: name.trim().toLowerCase(),
        nameNode: args[0]!,
        valueNode: args[1]!,
        append: NAME_VALUE_METHODS.get(method)! || hasAppendOption(ctx, args[2]),
        style: { kind: 'method', call, receiver, method },
        node: call,
      });
      add([write]);
      return;
    }
    if (OBJECT_METHODS.has(method) && args.length === 1) {
      addObject(args[0], method === 'headers');
      return;
    }
    if (method === 'writeHead') {
      // writeHead(status, headers) or writeHead(status, statusMessage, headers)
      const headersArg = args.length >= 3 ? args[2] : args[1];
      const literal = headersArg && headersArg.type !== AST_NODE_TYPES.SpreadElement ? resolveExpression(ctx, headersArg) : null;
      addObject(literal && isNonObject(literal) ? undefined : headersArg, true);
      return;
    }
    if (method === 'vary') {
      if (args[0]!.type === AST_NODE_TYPES.SpreadElement) return;
      add([record(out, { name: 'vary', nameNode: null, valueNode: args[0]!, append: true, style: { kind: 'method', call, receiver, method }, node: call })]);
      return;
    }
    // c.json(data, 200, { ... }) / c.body(null, { status: 204, headers: { ... } }) on a Hono context
    const base = unwrap(receiver);
    if (base.type === AST_NODE_TYPES.Identifier && RESPONSE_CLASSES.has(base.name)) return;
    if (args.length >= 3) addObject(args[2]);
    else if (args.length === 2) {
      const init = args[1]!;
      if (init.type !== AST_NODE_TYPES.SpreadElement) addObject(getObjectEntries(ctx, init)?.entries.find((e) => e.key === 'headers')?.value);
    }
    return;
  }

  if (callee.type === AST_NODE_TYPES.Identifier && isFunctionSetterName(callee.name) && !isLocalBinding(ctx, callee)) {
    if (isForeignHeaderHelper(ctx, callee.name, call)) out.opaque.push(call);
    else collectFunctionWrites(ctx, call, callee.name, callee.name, out, add, addObject);
  }
}

/** A name worth resolving as a header-setting function (cheap test before any scope lookup). */
function isFunctionSetterName(name: string): boolean {
  return NAME_VALUE_FUNCTIONS.has(name) || OBJECT_FUNCTIONS.has(name) || HEADER_HELPER_NAME.test(name);
}

/** Names of functions that write CORS headers or `Vary` (`addOriginToVaryHeader`, `setCorsHeaders`), not ones that read them. */
const HEADER_HELPER_NAME = /vary|cors|header/i;
const READER_NAME = /^(get|has|is|read|parse|check|validate)/;

/**
 * A call to a function of another module that writes headers we cannot see,
 * given the response (a parameter of the handler): `addOriginToVaryHeader(reply)`.
 */
function isForeignHeaderHelper(ctx: ValueContext, name: string, call: TSESTree.CallExpression): boolean {
  if (!HEADER_HELPER_NAME.test(name) || READER_NAME.test(name) || NAME_VALUE_FUNCTIONS.has(name) || OBJECT_FUNCTIONS.has(name)) return false;
  return call.arguments.some((arg) => arg.type === AST_NODE_TYPES.Identifier && findVariable(ctx, arg)?.defs[0]?.type === 'Parameter');
}

/** `setResponseHeader(event, name, value)`, `setResponseHeaders(event, {...})` and their aliases (h3). */
function collectFunctionWrites(
  ctx: ValueContext,
  call: TSESTree.CallExpression,
  name: string,
  fn: string,
  out: HeaderCollection,
  add: (writes: HeaderWrite[]) => void,
  addObject: (objectArg: Node | undefined, unknownIsOpaque?: boolean) => void,
): void {
  const args = call.arguments;
  if (NAME_VALUE_FUNCTIONS.has(name) && args.length === 3) {
    const header = getStaticString(ctx, args[1]!);
    if (header === null) out.opaque.push(call);
    if (header === null || !isTrackedHeader(header) || args[2]!.type === AST_NODE_TYPES.SpreadElement) return;
    add([
      record(out, {
        name: header.trim().toLowerCase(),
        nameNode: args[1]!,
        valueNode: args[2]!,
        append: NAME_VALUE_FUNCTIONS.get(name)!,
        style: { kind: 'function', call, fn },
        node: call,
      }),
    ]);
    return;
  }
  if (OBJECT_FUNCTIONS.has(name) && args.length === 2) addObject(args[1], true);
}

/** `import * as h3 from 'h3'` or `const h3 = require('h3')`: a whole module, whose members are functions. */
function isModuleNamespace(ctx: ValueContext, node: Node): boolean {
  const ref = resolveImport(ctx, node);
  return ref !== null && ref.path.length === 0 && (ref.imported === '*' || ref.imported === 'default');
}

/** Values that cannot be a headers object: strings, numbers, functions, arrays. */
function isNonObject(node: Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return true;
    default:
      return false;
  }
}

/**
 * `headers['Access-Control-Allow-Origin'] = value` on a response's headers
 * object (serverless responses, Lambda@Edge `[{ key, value }]` lists). An
 * object literal assigned to is read with the assignments, as one response.
 */
/** `set.headers.vary = 'Origin'`: Vary is the one tracked header a dot can name, and only on a headers object. */
function dottedVaryName(target: TSESTree.MemberExpression): string | null {
  if (target.property.type !== AST_NODE_TYPES.Identifier || target.property.name.toLowerCase() !== 'vary') return null;
  const object = unwrap(target.object);
  const holder =
    object.type === AST_NODE_TYPES.Identifier
      ? object.name
      : object.type === AST_NODE_TYPES.MemberExpression && !object.computed && object.property.type === AST_NODE_TYPES.Identifier
        ? object.property.name
        : null;
  return holder !== null && /headers$/i.test(holder) ? target.property.name : null;
}

export function collectAssignmentWrite(ctx: ValueContext, assignment: TSESTree.AssignmentExpression, out: HeaderCollection): void {
  if (assignment.operator !== '=') return;
  const target = unwrap(assignment.left);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return;
  const name = target.computed ? getStaticString(ctx, target.property) : dottedVaryName(target);
  if (name === null || !isTrackedHeader(name) || isRequestTarget(target.object)) return;
  const holder = resolveExpression(ctx, target.object);
  if (holder.type === AST_NODE_TYPES.ObjectExpression) {
    if (isRequestHeadersValue(ctx, holder)) return;
    out.consumed.add(holder);
    for (const write of propertyWrites(ctx, holder, out)) out.callWrites.push({ write, site: holder });
  } else if (holder.type === AST_NODE_TYPES.NewExpression && (NON_HEADER_CLASSES.has(calleeName(ctx, holder.callee) ?? '') || isRequestHeadersClass(holder))) {
    return;
  }
  const write = record(out, {
    name: name.trim().toLowerCase(),
    nameNode: target.property,
    valueNode: edgeHeaderValue(ctx, assignment.right) ?? assignment.right,
    append: false,
    style: { kind: 'assignment', assignment, target },
    node: assignment,
  });
  out.callWrites.push({ write, site: assignment });
}

/** The `value` of a Lambda@Edge header list `[{ key: 'Access-Control-Allow-Origin', value: '*' }]`. */
function edgeHeaderValue(ctx: ValueContext, node: Node): Node | null {
  const list = resolveExpression(ctx, node);
  if (list.type !== AST_NODE_TYPES.ArrayExpression || list.elements.length !== 1) return null;
  const [element] = list.elements;
  if (!element || element.type === AST_NODE_TYPES.SpreadElement) return null;
  return getObjectEntries(ctx, element)?.entries.find((e) => e.key === 'value')?.value ?? null;
}

/** Hono `c.header(name, value, { append: true })`. */
function hasAppendOption(ctx: ValueContext, node: Node | undefined): boolean {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return false;
  const append = getObjectEntries(ctx, node)?.entries.find((e) => e.key === 'append');
  return append !== undefined && getStaticValue(ctx, append.value)?.value === true;
}

/** The array elements an expression stands for, following constants and spreads of known arrays. */
function arrayElements(ctx: ValueContext, node: Node, depth = 0): Array<{ element: Node; list: TSESTree.ArrayExpression }> {
  const list = resolveExpression(ctx, node);
  if (list.type !== AST_NODE_TYPES.ArrayExpression || depth > MAX_DEPTH) return [];
  const result: Array<{ element: Node; list: TSESTree.ArrayExpression }> = [];
  for (const element of list.elements) {
    if (!element) continue;
    if (element.type === AST_NODE_TYPES.SpreadElement) result.push(...arrayElements(ctx, element.argument, depth + 1));
    else result.push({ element, list });
  }
  return result;
}

/**
 * A Next.js `headers()` route `{ source, headers: [{ key, value }, …] }`: reads
 * its entries (inline, through a constant, or spread from a shared list).
 */
export function collectRouteEntries(ctx: ValueContext, route: TSESTree.ObjectExpression, out: HeaderCollection): boolean {
  const hasSource = route.properties.some((p) => p.type === AST_NODE_TYPES.Property && propertyKeyName(ctx, p) === 'source');
  if (!hasSource) return false;
  const headersProp = route.properties.find(
    (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyKeyName(ctx, p) === 'headers',
  );
  if (!headersProp) return false;
  const writes: HeaderWrite[] = [];
  const originParams = capturedOriginParams(ctx, route);
  for (const { element, list } of arrayElements(ctx, headersProp.value)) {
    const entryObject = resolveExpression(ctx, element);
    if (entryObject.type !== AST_NODE_TYPES.ObjectExpression) continue;
    const entries = getObjectEntries(ctx, entryObject);
    const keyEntry = entries?.entries.find((e) => e.key === 'key');
    const valueEntry = entries?.entries.find((e) => e.key === 'value');
    if (!keyEntry || !valueEntry) continue;
    const name = getStaticString(ctx, keyEntry.value);
    if (name === null || !isTrackedHeader(name)) continue;
    const write = record(out, {
      name: name.trim().toLowerCase(),
      nameNode: keyEntry.value,
      valueNode: valueEntry.value,
      append: false,
      style: { kind: 'entry', entry: entryObject, list },
      node: entryObject,
    });
    const value = getStaticString(ctx, valueEntry.value);
    if (value !== null && originParams.some((param) => new RegExp(`:${param}(?![\\w$])`).test(value))) out.originEchoes.add(write);
    writes.push(write);
  }
  if (writes.length === 0) return false;
  out.routeEntries.set(route, writes);
  return true;
}

/**
 * The parameters a Next.js route captures from the request's Origin header:
 * `has: [{ type: 'header', key: 'origin', value: '(?<allowed>https://.*)' }]` gives
 * `allowed`; without a value, the key itself (`origin`) is the parameter.
 */
function capturedOriginParams(ctx: ValueContext, route: TSESTree.ObjectExpression): string[] {
  const has = getObjectEntries(ctx, route)?.entries.find((e) => e.key === 'has');
  if (!has) return [];
  const params: string[] = [];
  for (const { element } of arrayElements(ctx, has.value)) {
    const entries = getObjectEntries(ctx, element)?.entries;
    const field = (key: string) => {
      const entry = entries?.find((e) => e.key === key);
      return entry ? getStaticString(ctx, entry.value) : null;
    };
    const key = field('key');
    if (field('type') !== 'header' || key === null || key.toLowerCase() !== 'origin') continue;
    const value = field('value');
    if (value === null) params.push(key);
    else for (const match of value.matchAll(/\(\?<([A-Za-z_]\w*)>/g)) params.push(match[1]!);
  }
  return params;
}

/** The object literal `{ ..., headers: <node> }` whose `headers` a node is, looking through `as`/`satisfies`. */
function outerOf(node: Node): Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSTypeAssertion)
  ) {
    current = current.parent;
  }
  return current;
}

/** The references of a `const x = <node>` binding, or null when `node` is not such an initialiser. */
function bindingReferences(ctx: ValueContext, node: Node): TSESTree.Identifier[] | null {
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== node || parent.id.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(ctx, parent.id);
  if (!variable) return null;
  return variable.references.filter((r) => r.isRead()).map((r) => r.identifier as TSESTree.Identifier);
}

/**
 * True when a value (a headers object, `new Headers()`, or an options object)
 * ends up as the headers of an outgoing request: `fetch(url, { headers })`,
 * `axios.get(url, { headers })`, `new Request(url, init)`,
 * `NextResponse.next({ request: { headers } })`.
 */
export function isRequestHeadersValue(ctx: ValueContext, node: Node, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const current = outerOf(node);
  const parent = current.parent;
  if (!parent) return false;
  const refs = bindingReferences(ctx, current);
  if (refs) return refs.some((ref) => isRequestHeadersValue(ctx, ref, depth + 1));
  if (parent.type === AST_NODE_TYPES.NewExpression && parent.arguments.includes(current as never)) {
    // Angular's HttpHeaders only ever go with requests.
    if (isRequestHeadersClass(parent)) return true;
    // new Headers(init): the init is request headers when the Headers object is
    return isHeadersConstructor(ctx, parent) && isRequestHeadersValue(ctx, parent, depth + 1);
  }
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === current) {
    // axios.defaults.headers.common = {...}; config.headers = {...} in a request interceptor
    return isRequestTarget(parent.left);
  }
  if (parent.type === AST_NODE_TYPES.SpreadElement) {
    const container = parent.parent;
    return container?.type === AST_NODE_TYPES.ObjectExpression && isRequestHeadersValue(ctx, container, depth + 1);
  }
  if (parent.type !== AST_NODE_TYPES.Property || parent.value !== current) return false;
  const key = propertyKeyName(ctx, parent);
  const options = parent.parent;
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  if (key === 'headers') return hasRequestOnlyKeys(ctx, options) || isRequestOptions(ctx, options, depth + 1);
  // axios.create({ headers: { common: { ... } } })
  const holder = outerOf(options).parent;
  return holder?.type === AST_NODE_TYPES.Property && propertyKeyName(ctx, holder) === 'headers' && isRequestHeadersValue(ctx, options, depth + 1);
}

/** Keys only the options of an outgoing request have (a response init has `status`, `statusCode`, `body`). */
const REQUEST_ONLY_KEYS = new Set([
  'method',
  'credentials',
  'mode',
  'withCredentials',
  'url',
  'baseURL',
  'params',
  'redirect',
  'referrer',
  'referrerPolicy',
  'integrity',
  'keepalive',
  'signal',
  'timeout',
  'responseType',
  'xsrfCookieName',
  'xsrfHeaderName',
  // A proxy's options (http-proxy, http-proxy-middleware, Nitro `devProxy`, Vite `server.proxy`):
  // its `headers` go to the backend with the forwarded request.
  'target',
  'changeOrigin',
  'pathRewrite',
  'xfwd',
  'proxyTimeout',
]);

/** `{ method: 'POST', credentials: 'include', headers }`: options of a request, whatever function they go to. */
function hasRequestOnlyKeys(ctx: ValueContext, options: TSESTree.ObjectExpression): boolean {
  return options.properties.some((p) => {
    if (p.type !== AST_NODE_TYPES.Property) return false;
    const key = propertyKeyName(ctx, p);
    return key !== null && REQUEST_ONLY_KEYS.has(key);
  });
}

/** `new HttpHeaders({...})` (Angular), `new HttpParams()`: request-only classes. */
function isRequestHeadersClass(node: TSESTree.NewExpression): boolean {
  const callee = unwrap(node.callee);
  return callee.type === AST_NODE_TYPES.Identifier && REQUEST_HEADER_CLASSES.has(callee.name);
}

const REQUEST_HEADER_CLASSES = new Set(['HttpHeaders', 'HttpParams', 'AxiosHeaders']);
/** Names of request configuration objects (`config.headers = …` in an axios interceptor). */
const REQUEST_CONFIG_NAMES = /^(config|cfg|options|opts|init|requestInit|requestOptions|req|request)$/;

/** An assignment target that holds request headers: `axios.defaults.headers.common`, `config.headers`. */
function isRequestTarget(target: Node): boolean {
  let current = unwrap(target);
  let names: string[] = [];
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    if (!current.computed && current.property.type === AST_NODE_TYPES.Identifier) names = [current.property.name, ...names];
    current = unwrap(current.object);
  }
  if (names.includes('defaults') || names.includes('common')) return true;
  return current.type === AST_NODE_TYPES.Identifier && REQUEST_CONFIG_NAMES.test(current.name) && names[0] === 'headers';
}

/** True when an object is the options of an outgoing request. */
function isRequestOptions(ctx: ValueContext, options: Node, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const current = outerOf(options);
  const parent = current.parent;
  if (!parent) return false;
  const refs = bindingReferences(ctx, current);
  if (refs) return refs.some((ref) => isRequestOptions(ctx, ref, depth + 1));
  if (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) {
    if (!parent.arguments.includes(current as never)) return false;
    const name = calleeName(ctx, parent.callee);
    return name !== null && REQUEST_CALLEES.has(name);
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.value === current) {
    // NextResponse.next({ request: { headers } }), axios({ ...defaults, headers })
    return propertyKeyName(ctx, parent) === 'request';
  }
  if (parent.type === AST_NODE_TYPES.SpreadElement) {
    const container = parent.parent;
    return container?.type === AST_NODE_TYPES.ObjectExpression && isRequestOptions(ctx, container, depth + 1);
  }
  return false;
}

/** Assertion calls whose object argument describes expected headers (`expect(h).toMatchObject({...})`). */
const ASSERTION_CALLEE = /^(to[A-Z]\w*|objectContaining|deepEqual|deepStrictEqual|strictEqual|equal|equals|eql|include|includes|match|matches|containSubset|expect|assert)$/;

function isAssertionArgument(ctx: ValueContext, object: Node): boolean {
  const current = outerOf(object);
  const parent = current.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(current as never)) return false;
  const name = calleeName(ctx, parent.callee);
  return name !== null && ASSERTION_CALLEE.test(name);
}

/** A free-standing object literal with CORS header keys: a response's headers object. */
export function collectHeaderObject(ctx: ValueContext, object: TSESTree.ObjectExpression, out: HeaderCollection): void {
  if (out.consumed.has(object) || isAssertionArgument(ctx, object)) return;
  const ownCorsKey = object.properties.some((p) => p.type === AST_NODE_TYPES.Property && isCorsKey(p));
  const spreads = object.properties.filter((p) => p.type === AST_NODE_TYPES.SpreadElement).length;
  if (!ownCorsKey && spreads < 2) return;
  if (isRequestHeadersValue(ctx, object)) return;
  const entries = getObjectEntries(ctx, object);
  if (!entries?.entries.some((e) => isCorsHeader(e.key))) return;
  if (entries.entries.some((e) => isCorsHeader(e.key) && isProse(getStaticString(ctx, e.value)))) return;
  if (entries.incomplete) out.opaque.push(object);
  out.headerObjects.set(object, propertyWrites(ctx, object, out));
}

/**
 * A sentence rather than a header value (`'Which origin may read the response'`):
 * an object of such values documents headers, it does not send them. Header
 * values are single tokens or comma-separated lists of tokens.
 */
function isProse(value: string | null): boolean {
  return value !== null && value.split(',').some((part) => part.trim().split(/\s+/).length >= 3);
}

function isCorsKey(prop: TSESTree.Property): boolean {
  if (!prop.computed) {
    if (prop.key.type === AST_NODE_TYPES.Literal && typeof prop.key.value === 'string') return isCorsHeader(prop.key.value);
    return false;
  }
  // Computed keys ([ACAO]) are resolved by propertyWrites; accept them as candidates.
  return true;
}
