/**
 * Header writes: every place a CORS response header (or `Vary`) is written by
 * hand, through the setters of docs/cors-semantics.md#header-setters, with its
 * name, value and API.
 * Request headers (`fetch(url, { headers })`, `new Headers()` sent with a
 * request) and look-alike calls (`map.set(...)`) are not response writes.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { isTrackedHeader } from './header-names.js';
import { isHeadersConstructor, isLocalBinding, isRequestHeadersValue } from './request-headers.js';
import { DEDICATED_SETTERS, NAME_VALUE_FUNCTIONS, NAME_VALUE_METHODS, OBJECT_FUNCTIONS, OBJECT_METHODS, RESPONSE_METHODS } from './frameworks/index.js';
import {
  findVariable,
  getObjectEntries,
  getPropertyName,
  getStaticString,
  getStaticValue,
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

/** Objects whose `json`/`text` statics build an independent response (`Response.json(data, init)`). */
const RESPONSE_CLASSES = new Set(['Response', 'NextResponse']);

/** Receivers built with these never hold response headers (`new Map().set(...)`). */
export const NON_HEADER_CLASSES = new Set(['Map', 'WeakMap', 'Set', 'WeakSet', 'URLSearchParams', 'FormData', 'URL', 'HttpHeaders', 'HttpParams', 'AxiosHeaders']);

/** Receiver properties that are not headers (`url.searchParams.set(...)`). */
const NON_HEADER_PROPERTIES = new Set(['searchParams', 'dataset', 'style', 'params', 'query', 'cookies', 'locals', 'state', 'session']);


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

export function record(out: HeaderCollection, write: HeaderWrite): HeaderWrite {
  const existing = out.byNode.get(write.node);
  if (existing) return existing;
  out.byNode.set(write.node, write);
  out.writes.push(write);
  return write;
}

/** The header writes of an object's entries; `skip` leaves out entries whose value is not a header value. */
export function propertyWrites(ctx: ValueContext, objectNode: Node, out: HeaderCollection, skip?: (value: Node) => boolean): HeaderWrite[] {
  const entries = getObjectEntries(ctx, objectNode);
  if (!entries) return [];
  const writes: HeaderWrite[] = [];
  for (const entry of entries.entries) {
    // Keys set by statements (`headers[name] = value`) are read as assignments, not here.
    if (!isTrackedHeader(entry.key) || !entry.property || !entry.owner || skip?.(entry.value)) continue;
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

/** Where the writes of one call go: each at the call. */
interface CallSink {
  add(writes: HeaderWrite[]): void;
  /** Reads an object of headers; `unknownIsOpaque` when a value that is not an object literal still holds headers. */
  addObject(objectArg: Node | undefined, unknownIsOpaque?: boolean): void;
}

function callSink(ctx: ValueContext, call: TSESTree.CallExpression | TSESTree.NewExpression, out: HeaderCollection): CallSink {
  const add = (writes: HeaderWrite[]) => {
    for (const write of writes) out.callWrites.push({ write, site: call });
  };
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
  return { add, addObject };
}

/** Inspects one call for header writes on a response. */
export function collectCallWrites(ctx: ValueContext, call: TSESTree.CallExpression | TSESTree.NewExpression, out: HeaderCollection): void {
  const sink = callSink(ctx, call, out);
  if (call.type === AST_NODE_TYPES.NewExpression) {
    // new Headers({ ... }) for a response (not one sent with a request)
    if (isHeadersConstructor(ctx, call) && !isRequestHeadersValue(ctx, call)) sink.addObject(call.arguments[0]);
    return;
  }
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) collectMethodWrites(ctx, call, callee, out, sink);
  else if (callee.type === AST_NODE_TYPES.Identifier && isFunctionSetterName(callee.name) && !isLocalBinding(ctx, callee)) {
    if (isForeignHeaderHelper(ctx, callee.name, call)) out.opaque.push(call);
    else collectFunctionWrites(ctx, call, callee.name, callee.name, out, sink);
  }
}

/** `res.setHeader(name, value)`, `res.set({…})`, `res.writeHead(status, {…})`, `res.vary(v)`, `c.json(data, status, {…})`, `h3.setResponseHeader(…)`. */
function collectMethodWrites(ctx: ValueContext, call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, out: HeaderCollection, sink: CallSink): void {
  const args = call.arguments;
  const method = getPropertyName(ctx, callee);
  if (method === null) return;
  const receiver = callee.object;
  // h3.setResponseHeader(event, name, value) through a namespace import
  if (isFunctionSetterName(method) && isModuleNamespace(ctx, receiver)) {
    if (isForeignHeaderHelper(ctx, method, call)) out.opaque.push(call);
    else collectFunctionWrites(ctx, call, method, ctx.sourceCode.getText(callee), out, sink);
    return;
  }
  const nameValue = NAME_VALUE_METHODS.has(method) && args.length >= 2 && args.length <= 3;
  const relevant =
    nameValue ||
    (OBJECT_METHODS.has(method) && args.length === 1) ||
    method === 'writeHead' ||
    (method === 'vary' && args.length === 1) ||
    RESPONSE_METHODS.has(method);
  if (!relevant || isUnrelatedReceiver(ctx, receiver)) return;
  if (nameValue) {
    const name = getStaticString(ctx, args[0]!);
    // `set` and `append` are also Map and FormData methods: only dedicated setters with unknown names are opaque.
    if (name === null && DEDICATED_SETTERS.has(method)) out.opaque.push(call);
    if (name === null || !isTrackedHeader(name) || args[1]!.type === AST_NODE_TYPES.SpreadElement) return;
    const write = record(out, {
      name: name.trim().toLowerCase(),
      nameNode: args[0]!,
      valueNode: args[1]!,
      append: NAME_VALUE_METHODS.get(method)! || hasAppendOption(ctx, args[2]),
      style: { kind: 'method', call, receiver, method },
      node: call,
    });
    sink.add([write]);
    return;
  }
  if (OBJECT_METHODS.has(method) && args.length === 1) {
    sink.addObject(args[0], method === 'headers');
    return;
  }
  if (method === 'writeHead') {
    // writeHead(status, headers) or writeHead(status, statusMessage, headers)
    const headersArg = args.length >= 3 ? args[2] : args[1];
    const literal = headersArg && headersArg.type !== AST_NODE_TYPES.SpreadElement ? resolveExpression(ctx, headersArg) : null;
    sink.addObject(literal && isNonObject(literal) ? undefined : headersArg, true);
    return;
  }
  if (method === 'vary') {
    if (args[0]!.type === AST_NODE_TYPES.SpreadElement) return;
    sink.add([record(out, { name: 'vary', nameNode: null, valueNode: args[0]!, append: true, style: { kind: 'method', call, receiver, method }, node: call })]);
    return;
  }
  // c.json(data, 200, { ... }) / c.body(null, { status: 204, headers: { ... } }) on a Hono context
  const base = unwrap(receiver);
  if (base.type === AST_NODE_TYPES.Identifier && RESPONSE_CLASSES.has(base.name)) return;
  if (args.length >= 3) sink.addObject(args[2]);
  else if (args.length === 2) {
    const init = args[1]!;
    if (init.type !== AST_NODE_TYPES.SpreadElement) sink.addObject(getObjectEntries(ctx, init)?.entries.find((e) => e.key === 'headers')?.value);
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
  sink: CallSink,
): void {
  const args = call.arguments;
  if (NAME_VALUE_FUNCTIONS.has(name) && args.length === 3) {
    const header = getStaticString(ctx, args[1]!);
    if (header === null) out.opaque.push(call);
    if (header === null || !isTrackedHeader(header) || args[2]!.type === AST_NODE_TYPES.SpreadElement) return;
    sink.add([
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
  if (OBJECT_FUNCTIONS.has(name) && args.length === 2) sink.addObject(args[1], true);
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

/** Hono `c.header(name, value, { append: true })`. */
function hasAppendOption(ctx: ValueContext, node: Node | undefined): boolean {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return false;
  const append = getObjectEntries(ctx, node)?.entries.find((e) => e.key === 'append');
  return append !== undefined && getStaticValue(ctx, append.value)?.value === true;
}
