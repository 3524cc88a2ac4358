/**
 * Route and middleware registration: which functions handle which routes of
 * which app, which ones are global middleware, and which handle preflights.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { alwaysExits } from '../core/control-flow.js';
import { APP_HEADER_METHODS, HOOK_METHODS } from './frameworks/index.js';
import {
  calleeName,
  findVariable,
  getObjectEntries,
  getPropertyName,
  getStaticString,
  getStaticValue,
  resolveExpression,
  resolveFunction,
  unwrap,
  type FunctionNode,
  type ValueContext,
} from '../core/values.js';

type Node = TSESTree.Node;

export interface RouteRegistration {
  /** Source text of the app or router the handler is registered on (`app`, `router`, `fastify`). */
  readonly app: string;
  /** Lower-cased HTTP method, `use` for middleware, `hook` for Fastify hooks. */
  readonly method: string;
  /** Static path, or null when absent or dynamic. */
  readonly path: string | null;
  /** Middleware that runs for every route of its app. */
  readonly global: boolean;
  readonly call: TSESTree.CallExpression;
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'all']);
const REGISTRATION_METHODS = new Set([...HTTP_METHODS, 'use', 'addHook', 'route', 'on', ...HOOK_METHODS]);
const GLOBAL_PATHS = new Set(['*', '/*', '/', '(.*)', '/(.*)', '/:path*', '*splat']);
const PREFLIGHT_EXPORTS = new Set(['OPTIONS']);

/** Methods that return the app they are called on: `app.headers({…}).options('/x', h)` registers on `app`. */
const CHAINED_METHODS = new Set([...HTTP_METHODS, 'use', ...HOOK_METHODS, ...APP_HEADER_METHODS.keys()]);
const MAX_CHAIN = 32;

/** The app a call works on, as source text: `app` for `app.get('/a', f).options('/b', g)`; the key registrations are grouped by. */
export function appKey(ctx: ValueContext, node: Node): string {
  let current = unwrap(node);
  for (let i = 0; i < MAX_CHAIN && current.type === AST_NODE_TYPES.CallExpression; i++) {
    const callee = unwrap(current.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !CHAINED_METHODS.has(getPropertyName(ctx, callee) ?? '')) break;
    current = unwrap(callee.object);
  }
  const text = ctx.sourceCode.getText(current);
  // Two `new Elysia()` or `express()` of one file are two apps; names and paths (`app`, `this.app`) are one each.
  const named = current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.MemberExpression || current.type === AST_NODE_TYPES.ThisExpression;
  return named ? text : `${text}@${current.range[0]}`;
}

/** True for `app.get(...)`, `router.use(...)`, `fastify.addHook(...)`: calls whose callbacks are handlers. */
export function isRegistrationCall(ctx: ValueContext, call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getPropertyName(ctx, callee);
  return method !== null && REGISTRATION_METHODS.has(method);
}

/**
 * The path argument of a registration: a static string, null for a path that
 * is a pattern or not static (`/^\/api/`, `` `${base}/x` ``, `['/a', '/b']`), or
 * undefined when the argument is not a path at all (a handler).
 */
function staticPath(ctx: ValueContext, node: Node | undefined): string | null | undefined {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const value = getStaticValue(ctx, node);
  if (value && typeof value.value === 'string') return value.value;
  if (value && (value.value instanceof RegExp || (Array.isArray(value.value) && value.value.every((v) => typeof v === 'string')))) return null;
  const resolved = resolveExpression(ctx, node);
  switch (resolved.type) {
    case AST_NODE_TYPES.Literal:
      return 'regex' in resolved || typeof resolved.value === 'string' ? null : undefined;
    case AST_NODE_TYPES.TemplateLiteral:
      return null;
    case AST_NODE_TYPES.BinaryExpression:
      return resolved.operator === '+' ? null : undefined;
    case AST_NODE_TYPES.Identifier: {
      // `function mount(app, prefix) { app.use(prefix, handler) }`: a parameter before handlers is a path.
      const def = findVariable(ctx, resolved)?.defs[0];
      return def?.type === 'Parameter' && !resolveFunction(ctx, resolved) ? null : undefined;
    }
    default:
      return undefined;
  }
}

/** `app.use('/api', router)`, `app.use(router.routes())`: a router whose handlers also run through `parent`'s middleware. */
export interface RouterMount {
  readonly parent: string;
  readonly child: string;
  /** Static mount path, or null when mounted for every path. */
  readonly path: string | null;
}

const ROUTER_MIDDLEWARE = new Set(['routes', 'middleware', 'allowedMethods']);

export function readMounts(ctx: ValueContext, call: TSESTree.CallExpression): RouterMount[] {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, callee) !== 'use') return [];
  const parent = appKey(ctx, callee.object);
  const path = staticPath(ctx, call.arguments[0]);
  const mounts: RouterMount[] = [];
  for (const arg of call.arguments.slice(path === undefined ? 0 : 1)) {
    const node = unwrap(arg);
    if (node.type === AST_NODE_TYPES.Identifier && !resolveFunction(ctx, node)) {
      mounts.push({ parent, child: node.name, path: path ?? null });
    } else if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.MemberExpression &&
      ROUTER_MIDDLEWARE.has(getPropertyName(ctx, node.callee) ?? '')
    ) {
      mounts.push({ parent, child: appKey(ctx, node.callee.object), path: path ?? null });
    }
  }
  return mounts;
}

/** The path prefix a middleware path covers: `/api/*` and `/api` both cover `/api/users`. */
function middlewarePrefix(path: string): string {
  return path.replace(/(\/?\*|\/?\(\.\*\)|\/:[A-Za-z_]\w*\*|\/?\*\w+)$/, '').replace(/\/+$/, '');
}

/** True when middleware registered for `middlewarePath` runs for a route at `routePath`. */
export function middlewareCovers(middlewarePath: string | null, routePath: string | null): boolean {
  if (middlewarePath === null) return true;
  const prefix = middlewarePrefix(middlewarePath);
  if (prefix === '') return true;
  if (routePath === null) return false;
  return routePath === prefix || routePath.startsWith(`${prefix}/`);
}

/** Joins a mount path and a route path (`/api` + `/users`). */
export function joinPaths(mount: string | null, path: string | null): string | null {
  if (mount === null) return path;
  if (path === null) return null;
  return `${mount.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`.replace(/\/+$/, '') || '/';
}

/** Calls that put middleware on every route of an app: `app.use(cors())`, `fastify.register(cors, opts)`. */
const MIDDLEWARE_METHODS = new Set(['use', 'register']);

/**
 * Where a call registers whatever it is given, handlers or not:
 * `app.use('/api', cors())` → `{ app: 'app', method: 'use', path: '/api', global: false }`.
 */
export function registrationTarget(ctx: ValueContext, call: TSESTree.CallExpression): Omit<RouteRegistration, 'call'> | null {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getPropertyName(ctx, callee);
  if (method === null || (!MIDDLEWARE_METHODS.has(method) && !HTTP_METHODS.has(method))) return null;
  const path = method === 'register' ? undefined : staticPath(ctx, call.arguments[0]);
  const global = MIDDLEWARE_METHODS.has(method) && (path === undefined || (path !== null && GLOBAL_PATHS.has(path)));
  return { app: appKey(ctx, callee.object), method: method === 'register' ? 'use' : method, path: path ?? null, global };
}

/** Reads a registration call into handler → registration pairs. */
export function readRegistration(ctx: ValueContext, call: TSESTree.CallExpression): Array<[FunctionNode, RouteRegistration]> {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const method = getPropertyName(ctx, callee);
  if (method === null || !REGISTRATION_METHODS.has(method)) return [];
  const app = appKey(ctx, callee.object);
  const args = call.arguments;
  const result: Array<[FunctionNode, RouteRegistration]> = [];
  const handlersFrom = (start: number, registration: RouteRegistration) => {
    for (const arg of args.slice(start)) {
      const candidates = unwrap(arg).type === AST_NODE_TYPES.ArrayExpression ? (unwrap(arg) as TSESTree.ArrayExpression).elements : [arg];
      for (const candidate of candidates) {
        if (!candidate || candidate.type === AST_NODE_TYPES.SpreadElement) continue;
        const fn = resolveFunction(ctx, candidate) ?? wrappedFunction(ctx, candidate);
        if (fn) result.push([fn, registration]);
      }
    }
  };

  if (method === 'addHook' || HOOK_METHODS.has(method)) {
    // fastify.addHook('onRequest', fn); Elysia app.onRequest(fn), app.onRequest({ as: 'global' }, fn)
    handlersFrom(method === 'addHook' ? 1 : 0, { app, method: 'hook', path: null, global: true, call });
    return result;
  }
  if (method === 'route') {
    // fastify.route({ method: 'OPTIONS', url: '/x', handler })
    const options = args[0] ? getObjectEntries(ctx, args[0]) : null;
    const handler = options?.entries.find((e) => e.key === 'handler');
    const fn = handler ? resolveFunction(ctx, handler.value) : null;
    if (!fn) return result;
    const methodEntry = options!.entries.find((e) => e.key === 'method');
    const methodValue = methodEntry ? getStaticValue(ctx, methodEntry.value) : null;
    const methods = Array.isArray(methodValue?.value) ? methodValue.value : [methodValue?.value];
    const urlEntry = options!.entries.find((e) => e.key === 'url' || e.key === 'path');
    const path = urlEntry ? getStaticString(ctx, urlEntry.value) : null;
    const first = methods.length === 1 && typeof methods[0] === 'string' ? methods[0].toLowerCase() : 'all';
    result.push([fn, { app, method: first, path, global: false, call }]);
    return result;
  }
  if (method === 'on') {
    // Hono app.on('OPTIONS', '/x', handler); Node server.on('request', handler)
    const first = getStaticValue(ctx, args[0] ?? call);
    const name = typeof first?.value === 'string' ? first.value.toLowerCase() : null;
    if (name && HTTP_METHODS.has(name)) handlersFrom(2, { app, method: name, path: staticPath(ctx, args[1]) ?? null, global: false, call });
    else handlersFrom(1, { app, method: 'on', path: null, global: false, call });
    return result;
  }
  const path = staticPath(ctx, args[0]);
  const hasPath = path !== undefined;
  const global = (method === 'use' || method === 'all') && (!hasPath || (path !== null && GLOBAL_PATHS.has(path)));
  handlersFrom(hasPath ? 1 : 0, { app, method: method.toLowerCase(), path: path ?? null, global, call });
  return result;
}

/**
 * `export function OPTIONS() {}`, `export const OPTIONS = …`, `export { handler as OPTIONS }`
 * (Next.js, SvelteKit, Astro route handlers).
 */
export function exportedPreflightHandlers(ctx: ValueContext, program: TSESTree.Program): FunctionNode[] {
  const handlers: FunctionNode[] = [];
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
    if (!statement.declaration) {
      if (statement.source) continue;
      for (const spec of statement.specifiers) {
        const exported = spec.exported.type === AST_NODE_TYPES.Identifier ? spec.exported.name : String(spec.exported.value);
        if (!PREFLIGHT_EXPORTS.has(exported) || spec.local.type !== AST_NODE_TYPES.Identifier) continue;
        const fn = resolveFunction(ctx, spec.local) ?? wrappedFunction(ctx, resolveExpression(ctx, spec.local));
        if (fn) handlers.push(fn);
      }
      continue;
    }
    const decl = statement.declaration;
    if (decl.type === AST_NODE_TYPES.FunctionDeclaration && decl.id && PREFLIGHT_EXPORTS.has(decl.id.name)) handlers.push(decl);
    if (decl.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const d of decl.declarations) {
        if (d.id.type === AST_NODE_TYPES.Identifier && PREFLIGHT_EXPORTS.has(d.id.name) && d.init) {
          const fn = resolveFunction(ctx, d.init) ?? wrappedFunction(ctx, d.init);
          if (fn) handlers.push(fn);
        }
      }
    }
  }
  return handlers;
}

/** `defineHandler(async () => …)`, `asyncHandler((req, res) => …)`: the single function argument of a wrapper call. */
export function wrappedFunction(ctx: ValueContext, node: Node): FunctionNode | null {
  const call = unwrap(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const fns = call.arguments.map((a) => resolveFunction(ctx, a)).filter((f): f is FunctionNode => f !== null);
  return fns.length === 1 ? fns[0]! : null;
}

function isMethodRead(ctx: ValueContext, node: Node): boolean {
  let current = unwrap(node);
  // req.method.toUpperCase()
  if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
    const name = getPropertyName(ctx, current.callee);
    if (name === 'toUpperCase' || name === 'toLowerCase') current = unwrap(current.callee.object);
  }
  if (current.type === AST_NODE_TYPES.MemberExpression) return getPropertyName(ctx, current) === 'method';
  return current.type === AST_NODE_TYPES.Identifier && current.name === 'method';
}

function isOptionsString(ctx: ValueContext, node: Node): boolean {
  const value = getStaticString(ctx, node);
  return value !== null && value.toUpperCase() === 'OPTIONS';
}

/** h3 `isPreflightRequest(event)` and `isMethod(event, 'OPTIONS')`. */
function isPreflightCall(ctx: ValueContext, node: Node): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = calleeName(ctx, node.callee);
  if (name === 'isPreflightRequest') return node.arguments.length === 1;
  return name === 'isMethod' && node.arguments.length === 2 && isOptionsString(ctx, node.arguments[1]!);
}

/** `req.method === 'OPTIONS'` (either side, `==` or `===`, `.toUpperCase()` allowed), `isPreflightRequest(event)`. */
export function isPreflightTest(ctx: ValueContext, test: Node): boolean {
  const node = unwrap(test);
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&') {
    return isPreflightTest(ctx, node.left) || isPreflightTest(ctx, node.right);
  }
  if (isPreflightCall(ctx, node)) return true;
  if (node.type !== AST_NODE_TYPES.BinaryExpression || (node.operator !== '===' && node.operator !== '==')) return false;
  return (
    (isMethodRead(ctx, node.left) && isOptionsString(ctx, node.right)) ||
    (isOptionsString(ctx, node.left) && isMethodRead(ctx, node.right))
  );
}

/** `req.method !== 'OPTIONS'`, `!isPreflightRequest(event)`: true for every request but preflights. */
export function isNotPreflightTest(ctx: ValueContext, test: Node): boolean {
  const node = unwrap(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return isPreflightTest(ctx, node.argument);
  if (node.type !== AST_NODE_TYPES.BinaryExpression || (node.operator !== '!==' && node.operator !== '!=')) return false;
  return (
    (isMethodRead(ctx, node.left) && isOptionsString(ctx, node.right)) ||
    (isOptionsString(ctx, node.left) && isMethodRead(ctx, node.right))
  );
}

/** Code that runs only for preflights, as a source range plus a node standing for it in control-flow questions. */
export interface PreflightBranch {
  /** The `if` or `case` that decides. */
  readonly guard: Node;
  /** The branch body, or the first statement after an inverted guard. */
  readonly node: Node;
  readonly range: readonly [number, number];
}

/**
 * The statements that run only for preflights: `if (req.method === 'OPTIONS') {…}`,
 * `case 'OPTIONS':`, and what follows `if (req.method !== 'OPTIONS') return next();`.
 */
export function preflightBranchOf(ctx: ValueContext, node: Node): PreflightBranch | null {
  if (node.type === AST_NODE_TYPES.IfStatement) {
    if (isPreflightTest(ctx, node.test)) return { guard: node, node: node.consequent, range: node.consequent.range };
    if (isNotPreflightTest(ctx, node.test) && node.alternate) {
      return { guard: node, node: node.alternate, range: node.alternate.range };
    }
    if (isNotPreflightTest(ctx, node.test) && !node.alternate && alwaysExits(node.consequent)) {
      const block = node.parent;
      if (block?.type !== AST_NODE_TYPES.BlockStatement && block?.type !== AST_NODE_TYPES.Program) return null;
      const body: Node[] = block.body;
      const rest = body.slice(body.indexOf(node) + 1);
      const first = rest[0];
      if (!first) return null;
      return { guard: node, node: first, range: [first.range[0], rest.at(-1)!.range[1]] };
    }
    return null;
  }
  if (
    node.type === AST_NODE_TYPES.SwitchCase &&
    node.test &&
    isOptionsString(ctx, node.test) &&
    node.parent?.type === AST_NODE_TYPES.SwitchStatement &&
    isMethodRead(ctx, node.parent.discriminant)
  ) {
    return { guard: node, node, range: node.range };
  }
  return null;
}
