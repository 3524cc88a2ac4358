/**
 * Request data the requesting page chooses: the Origin header, other request
 * headers (Referer, and the origin parsed from it), the query string, the
 * body, route parameters and cookies. An Access-Control-Allow-Origin made of
 * any of them lets the caller pick the origin it is granted
 * (docs/cors-semantics.md#request-data).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, findVariable, getPropertyName, getStaticString, propertyKeyName, unwrap, type ValueContext } from '../core/values.js';
import { isHeaderBag, isRequestLike, isRequestOriginRead } from './request-origin.js';
import { sameValueAs } from '../core/same-value.js';

export { sameValueAs };

type Node = TSESTree.Node;

export type RequestDataKind = 'origin' | 'header' | 'query' | 'body' | 'params' | 'cookies';

/** How messages name each kind of request data (`null`: request data of a kind not known). */
export function requestDataLabel(kind: RequestDataKind | null): string {
  switch (kind) {
    case 'origin':
      return 'the Origin header';
    case 'header':
      return 'a request header';
    case 'query':
      return 'the query string';
    case 'body':
      return 'the request body';
    case 'params':
      return 'a route parameter';
    case 'cookies':
      return 'a cookie';
    default:
      return 'request data';
  }
}

/** Members that hold a whole collection of request data: `req.query`, `ctx.request.body`, `url.searchParams`. */
const BAG_MEMBERS: Readonly<Record<string, RequestDataKind>> = { query: 'query', body: 'body', params: 'params', cookies: 'cookies' };
/** Functions that return one (h3): `getQuery(event)`, `readBody(event)`, `getRouterParams(event)`, `parseCookies(event)`. */
const BAG_FUNCTIONS: Readonly<Record<string, RequestDataKind>> = { getQuery: 'query', readBody: 'body', getRouterParams: 'params', parseCookies: 'cookies' };
/** Accessors of one value on the request: Hono `c.req.query('x')`, `c.req.param('x')`, `c.req.cookie('x')`. */
const VALUE_METHODS: Readonly<Record<string, RequestDataKind>> = { query: 'query', param: 'params', cookie: 'cookies' };
/** Functions that read one value (h3): `getRouterParam(event, 'x')`, `getCookie(event, 'x')`. */
const VALUE_FUNCTIONS: Readonly<Record<string, RequestDataKind>> = { getRouterParam: 'params', getCookie: 'cookies' };
/** Header getters: `req.get(name)`, `req.header(name)`, `request.headers.get(name)`. */
const HEADER_GETTERS = new Set(['get', 'header', 'getHeader']);
/** Headers that name the server itself (set by the browser or a proxy), not chosen by the requesting page. */
const SERVER_HEADERS = new Set(['host', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-forwarded-for', 'forwarded', ':authority']);

const MAX_DEPTH = 8;

function isClientHeaderName(name: string | null): boolean {
  return name !== null && !SERVER_HEADERS.has(name.toLowerCase());
}

/** `req.url`, `request.url`: the request's own URL. */
function isRequestUrl(ctx: ValueContext, node: Node): boolean {
  const current = unwrap(node);
  return current.type === AST_NODE_TYPES.MemberExpression && getPropertyName(ctx, current) === 'url' && isRequestLike(ctx, current.object);
}

/** `new URL(req.url, base)`, `url.parse(req.url, true)`, `request.nextUrl`, or a constant holding one. */
function isParsedRequestUrl(ctx: ValueContext, node: Node, depth: number): boolean {
  const current = unwrap(node);
  if (depth > MAX_DEPTH) return false;
  if (current.type === AST_NODE_TYPES.NewExpression || current.type === AST_NODE_TYPES.CallExpression) {
    const first = current.arguments[0];
    return first !== undefined && /^(URL|parse)$/.test(calleeName(ctx, current.callee) ?? '') && isRequestUrl(ctx, first);
  }
  if (current.type === AST_NODE_TYPES.MemberExpression) return getPropertyName(ctx, current) === 'nextUrl' && isRequestLike(ctx, current.object);
  const init = current.type === AST_NODE_TYPES.Identifier ? constantInit(ctx, current) : null;
  return init !== null && isParsedRequestUrl(ctx, init, depth + 1);
}

function constantInit(ctx: ValueContext, id: TSESTree.Identifier): Node | null {
  const variable = findVariable(ctx, id);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  return def?.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init ? def.node.init : null;
}

/** The kind of request data a whole collection holds: `req.query`, `await readBody(event)`, `url.searchParams`. */
function requestBag(ctx: ValueContext, node: Node, depth = 0): RequestDataKind | null {
  const current = unwrap(node);
  if (depth > MAX_DEPTH) return null;
  switch (current.type) {
    case AST_NODE_TYPES.AwaitExpression:
      return requestBag(ctx, current.argument, depth + 1);
    case AST_NODE_TYPES.MemberExpression: {
      const name = getPropertyName(ctx, current);
      if (name === 'searchParams' || name === 'query') {
        if (isParsedRequestUrl(ctx, current.object, depth + 1)) return 'query';
      }
      const kind = name !== null && Object.hasOwn(BAG_MEMBERS, name) ? BAG_MEMBERS[name]! : null;
      return kind !== null && isRequestLike(ctx, current.object) ? kind : null;
    }
    case AST_NODE_TYPES.CallExpression: {
      const name = calleeName(ctx, current.callee);
      return name !== null && Object.hasOwn(BAG_FUNCTIONS, name) ? BAG_FUNCTIONS[name]! : null;
    }
    case AST_NODE_TYPES.Identifier: {
      const init = constantInit(ctx, current);
      return init ? requestBag(ctx, init, depth + 1) : null;
    }
    default:
      return null;
  }
}

/** True when `node` itself reads one value of request data (not through a variable). */
export function requestDataRead(ctx: ValueContext, node: Node): RequestDataKind | null {
  const current = unwrap(node);
  if (isRequestOriginRead(ctx, current)) return 'origin';
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const bag = requestBag(ctx, current.object);
    if (bag) return bag;
    return isHeaderBag(ctx, current.object) && isClientHeaderName(getPropertyName(ctx, current)) ? 'header' : null;
  }
  if (current.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrap(current.callee);
  const args = current.arguments;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getPropertyName(ctx, callee);
    if (method === null || args.length !== 1) return null;
    if (method === 'get') {
      const bag = requestBag(ctx, callee.object);
      if (bag) return bag;
    }
    if (Object.hasOwn(VALUE_METHODS, method) && isRequestLike(ctx, callee.object)) return VALUE_METHODS[method]!;
    if (HEADER_GETTERS.has(method) && isRequestLike(ctx, callee.object)) return isClientHeaderName(getStaticString(ctx, args[0]!)) ? 'header' : null;
    return null;
  }
  const name = calleeName(ctx, callee);
  if (name !== null && Object.hasOwn(VALUE_FUNCTIONS, name) && args.length === 2) return VALUE_FUNCTIONS[name]!;
  if (name === 'getRequestHeader' && args.length === 2) return isClientHeaderName(getStaticString(ctx, args[1]!)) ? 'header' : null;
  return null;
}

/**
 * The kind of request data an expression is (not merely derived from): a read,
 * a re-spelling of one (`sameValueAs`), a fallback (`req.query.o || '*'`), a
 * constant holding one, or a name destructured from a collection
 * (`const { origin } = req.query`).
 */
export function requestDataValue(ctx: ValueContext, node: Node, depth = 0): RequestDataKind | null {
  const current = unwrap(node);
  if (depth > MAX_DEPTH) return null;
  const read = requestDataRead(ctx, current);
  if (read) return read;
  const inner = sameValueAs(ctx, current);
  if (inner) return requestDataValue(ctx, inner, depth + 1);
  if (current.type === AST_NODE_TYPES.LogicalExpression && current.operator !== '&&') return requestDataValue(ctx, current.left, depth + 1);
  if (current.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(ctx, current);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || !def.node.init) return null;
  if (def.node.id.type === AST_NODE_TYPES.Identifier) {
    // Reassigned later: which value reaches the header is not evident.
    if (variable!.references.some((r) => r.isWrite() && !r.init)) return null;
    return requestDataValue(ctx, def.node.init, depth + 1);
  }
  // const { origin } = req.query
  if (def.node.id.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const own = def.node.id.properties.some((p) => p.type === AST_NODE_TYPES.Property && p.value === def.name && propertyKeyName(ctx, p) !== null);
  return own ? requestBag(ctx, def.node.init) : null;
}
