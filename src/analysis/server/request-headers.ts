/**
 * Headers that are not a response's: the headers of an outgoing request
 * (`fetch(url, { headers })`, `axios.create({ headers })`, `new Request(url,
 * init)`, a proxy's `headers` for the backend, an axios interceptor's
 * `config.headers`) and expected headers in test assertions.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { REQUEST_CALLEES } from './request-callees.js';
import { calleeName, findVariable, propertyKeyName, resolveImport, unwrap, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

const MAX_DEPTH = 6;

/** True when an identifier callee is a local function or variable, not an import or a global (`setResponseHeader`). */
export function isLocalBinding(ctx: ValueContext, callee: TSESTree.Identifier): boolean {
  const variable = findVariable(ctx, callee);
  if (!variable || variable.defs.length === 0) return false;
  return resolveImport(ctx, callee) === null;
}

export function isHeadersConstructor(ctx: ValueContext, node: TSESTree.NewExpression): boolean {
  const callee = unwrap(node.callee);
  return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Headers' && !isLocalBinding(ctx, callee);
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

/**
 * The read references of the variable `node` is stored in (`const x = <node>`
 * or `x = <node>`), or null when `node` is not such a value.
 */
function bindingReferences(ctx: ValueContext, node: Node): TSESTree.Identifier[] | null {
  const parent = node.parent;
  const id =
    parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node
      ? parent.id
      : parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === '=' && parent.right === node
        ? parent.left
        : null;
  if (id?.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(ctx, id);
  if (!variable) return null;
  return variable.references.filter((r) => r.isRead()).map((r) => r.identifier as TSESTree.Identifier);
}

type UseTest = (current: Node, parent: Node, depth: number) => boolean;

/**
 * True when some use of a value passes `test`, which sees the value (with
 * what only wraps it) and its parent. A value bound to a local name is used
 * where the name is read; one spread into an object literal, where that
 * object is. Bounded by MAX_DEPTH.
 */
function someUse(ctx: ValueContext, node: Node, depth: number, test: UseTest): boolean {
  if (depth > MAX_DEPTH) return false;
  const current = outerOf(node);
  const parent = current.parent;
  if (!parent) return false;
  const refs = bindingReferences(ctx, current);
  if (refs) return refs.some((ref) => someUse(ctx, ref, depth + 1, test));
  if (parent.type === AST_NODE_TYPES.SpreadElement) {
    const container = parent.parent;
    return container?.type === AST_NODE_TYPES.ObjectExpression && someUse(ctx, container, depth + 1, test);
  }
  return test(current, parent, depth);
}

/**
 * True when a value (a headers object, `new Headers()`, or an options object)
 * ends up as the headers of an outgoing request: `fetch(url, { headers })`,
 * `axios.get(url, { headers })`, `new Request(url, init)`,
 * `NextResponse.next({ request: { headers } })`.
 */
export function isRequestHeadersValue(ctx: ValueContext, node: Node, depth = 0): boolean {
  return someUse(ctx, node, depth, (current, parent, at) => isRequestHeadersUse(ctx, current, parent, at));
}

function isRequestHeadersUse(ctx: ValueContext, current: Node, parent: Node, depth: number): boolean {
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
export function isRequestHeadersClass(node: TSESTree.NewExpression): boolean {
  const callee = unwrap(node.callee);
  return callee.type === AST_NODE_TYPES.Identifier && REQUEST_HEADER_CLASSES.has(callee.name);
}

const REQUEST_HEADER_CLASSES = new Set(['HttpHeaders', 'HttpParams', 'AxiosHeaders']);

/** Names of request configuration objects (`config.headers = …` in an axios interceptor). */
const REQUEST_CONFIG_NAMES = /^(config|cfg|options|opts|init|requestInit|requestOptions|req|request)$/;

/** An assignment target that holds request headers: `axios.defaults.headers.common`, `config.headers`. */
export function isRequestTarget(target: Node): boolean {
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
  return someUse(ctx, options, depth, (current, parent) => isRequestOptionsUse(ctx, current, parent));
}

function isRequestOptionsUse(ctx: ValueContext, current: Node, parent: Node): boolean {
  if (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) {
    if (!parent.arguments.includes(current as never)) return false;
    const name = calleeName(ctx, parent.callee);
    return name !== null && REQUEST_CALLEES.has(name);
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.value === current) {
    // NextResponse.next({ request: { headers } }), axios({ ...defaults, headers })
    return propertyKeyName(ctx, parent) === 'request';
  }
  return false;
}

/** Assertion calls whose object argument describes expected headers (`expect(h).toMatchObject({...})`). */
const ASSERTION_CALLEE = /^(to[A-Z]\w*|objectContaining|deepEqual|deepStrictEqual|strictEqual|equal|equals|eql|include|includes|match|matches|containSubset|expect|assert)$/;

/**
 * True when an object is an argument of an assertion, directly or through a
 * `const` whose every read is one (`const actual = {…}; assert.deepStrictEqual(actual, …)`).
 */
export function isAssertionArgument(ctx: ValueContext, object: Node, depth = 0): boolean {
  const current = outerOf(object);
  const refs = bindingReferences(ctx, current);
  if (refs) return depth < MAX_DEPTH && refs.length > 0 && refs.every((ref) => isAssertionArgument(ctx, ref, depth + 1));
  const parent = current.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(current as never)) return false;
  const name = calleeName(ctx, parent.callee);
  return name !== null && ASSERTION_CALLEE.test(name);
}
