/**
 * Route and middleware registration: which functions handle which routes of
 * which app, which ones are global middleware, and which handle preflights.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import {
  getObjectEntries,
  getPropertyName,
  getStaticString,
  getStaticValue,
  resolveFunction,
  unwrap,
  type FunctionNode,
  type ValueContext,
} from './values.js';

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
const REGISTRATION_METHODS = new Set([...HTTP_METHODS, 'use', 'addHook', 'route', 'on']);
const GLOBAL_PATHS = new Set(['*', '/*', '/', '(.*)', '/(.*)', '/:path*', '*splat']);
const PREFLIGHT_EXPORTS = new Set(['OPTIONS']);

/** True for `app.get(...)`, `router.use(...)`, `fastify.addHook(...)`: calls whose callbacks are handlers. */
export function isRegistrationCall(ctx: ValueContext, call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getPropertyName(ctx, callee);
  return method !== null && REGISTRATION_METHODS.has(method);
}

function staticPath(ctx: ValueContext, node: Node | undefined): string | null | undefined {
  if (!node) return undefined;
  const value = getStaticValue(ctx, node);
  if (value && typeof value.value === 'string') return value.value;
  const resolved = unwrap(node);
  if (resolved.type === AST_NODE_TYPES.Literal && 'regex' in resolved) return null;
  return undefined;
}

/** Reads a registration call into handler → registration pairs. */
export function readRegistration(ctx: ValueContext, call: TSESTree.CallExpression): Array<[FunctionNode, RouteRegistration]> {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const method = getPropertyName(ctx, callee);
  if (method === null || !REGISTRATION_METHODS.has(method)) return [];
  const app = ctx.sourceCode.getText(callee.object);
  const args = call.arguments;
  const result: Array<[FunctionNode, RouteRegistration]> = [];
  const handlersFrom = (start: number, registration: RouteRegistration) => {
    for (const arg of args.slice(start)) {
      const candidates = unwrap(arg).type === AST_NODE_TYPES.ArrayExpression ? (unwrap(arg) as TSESTree.ArrayExpression).elements : [arg];
      for (const candidate of candidates) {
        if (!candidate || candidate.type === AST_NODE_TYPES.SpreadElement) continue;
        const fn = resolveFunction(ctx, candidate);
        if (fn) result.push([fn, registration]);
      }
    }
  };

  if (method === 'addHook') {
    handlersFrom(1, { app, method: 'hook', path: null, global: true, call });
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

/** `export function OPTIONS() {}` / `export const OPTIONS = …` (Next.js, SvelteKit, Astro route handlers). */
export function exportedPreflightHandlers(ctx: ValueContext, program: TSESTree.Program): FunctionNode[] {
  const handlers: FunctionNode[] = [];
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || !statement.declaration) continue;
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

/** `defineHandler(async () => …)`: the single function argument of a wrapper call. */
function wrappedFunction(ctx: ValueContext, node: Node): FunctionNode | null {
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

/** `req.method === 'OPTIONS'` (either side, `==` or `===`, `.toUpperCase()` allowed). */
export function isPreflightTest(ctx: ValueContext, test: Node): boolean {
  const node = unwrap(test);
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&') {
    return isPreflightTest(ctx, node.left) || isPreflightTest(ctx, node.right);
  }
  if (node.type !== AST_NODE_TYPES.BinaryExpression || (node.operator !== '===' && node.operator !== '==')) return false;
  return (
    (isMethodRead(ctx, node.left) && isOptionsString(ctx, node.right)) ||
    (isOptionsString(ctx, node.left) && isMethodRead(ctx, node.right))
  );
}

/** The statements that run only for preflights: `if (req.method === 'OPTIONS') {…}` and `case 'OPTIONS':`. */
export function preflightBranchOf(ctx: ValueContext, node: Node): Node | null {
  if (node.type === AST_NODE_TYPES.IfStatement && isPreflightTest(ctx, node.test)) return node.consequent;
  if (
    node.type === AST_NODE_TYPES.SwitchCase &&
    node.test &&
    isOptionsString(ctx, node.test) &&
    node.parent?.type === AST_NODE_TYPES.SwitchStatement &&
    isMethodRead(ctx, node.parent.discriminant)
  ) {
    return node;
  }
  return null;
}
