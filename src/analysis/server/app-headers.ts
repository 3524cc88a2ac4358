/**
 * Headers an app adds to every one of its responses: Elysia `app.headers({…})`
 * (docs/cors-semantics.md#elysia). Each entry names the apps it reaches by the
 * key route registrations use (`appKey`): the app it is called on, and the
 * apps that `use` that app or the plugin function that receives it. Handlers
 * of those apps inherit the writes as they inherit global middleware.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { APP_HEADER_METHODS } from './frameworks/index.js';
import type { AppHeaderMethods } from './frameworks/types.js';
import type { HeaderCollection, HeaderWrite } from './headers.js';
import { appKey } from './routes.js';
import type { Contribution } from './scope-types.js';
import {
  findVariable,
  getPropertyName,
  isFunctionNode,
  isModuleExport,
  isStableVariable,
  resolveExpression,
  resolveFunction,
  resolveImport,
  unwrap,
  type FunctionNode,
  type ValueContext,
} from '../core/values.js';

type Node = TSESTree.Node;

const MAX_DEPTH = 8;

export interface AppHeaders {
  /** Keys of the apps whose every response gets these headers. */
  readonly apps: ReadonlySet<string>;
  /** The writes, each at the place it is written. */
  readonly contributions: readonly Contribution[];
  /** The call, when its headers are not known statically. */
  readonly opaque: readonly Node[];
}

/** What an app expression stands for: an app built here (`new Elysia()`), a variable holding one, or a plugin's app parameter. */
type AppRoot = { readonly kind: 'new' } | { readonly kind: 'variable'; readonly id: TSESTree.Identifier } | { readonly kind: 'plugin'; readonly fn: FunctionNode };

/** The app-wide headers of a file: one entry per `app.headers(…)` call on an app of a framework that has them. */
export function readAppHeaders(ctx: ValueContext, calls: readonly TSESTree.CallExpression[], collection: HeaderCollection): AppHeaders[] {
  const result: AppHeaders[] = [];
  for (const call of calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || call.arguments.length !== 1) continue;
    const frameworks = APP_HEADER_METHODS.get(getPropertyName(ctx, callee) ?? '');
    if (!frameworks) continue;
    const root = frameworks.map((f) => appRoot(ctx, callee.object, f, calls, 0)).find((r) => r !== null);
    if (!root) continue;
    const apps = new Set([...appKeys(ctx, call, callee.object), ...usingApps(ctx, call, root, calls)]);
    result.push({ apps, contributions: callContributions(ctx, call, collection), opaque: collection.opaque.includes(call) ? [call] : [] });
  }
  return result;
}

/** What `node` is when it is an app of `framework`, following method chains (each returns the app) and constants. */
function appRoot(ctx: ValueContext, node: Node, framework: AppHeaderMethods, calls: readonly TSESTree.CallExpression[], depth: number): AppRoot | null {
  if (depth > MAX_DEPTH) return null;
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.NewExpression) {
    return isModuleExport(resolveImport(ctx, current.callee), framework.modules, framework.className) ? { kind: 'new' } : null;
  }
  if (current.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(current.callee);
    return callee.type === AST_NODE_TYPES.MemberExpression ? appRoot(ctx, callee.object, framework, calls, depth + 1) : null;
  }
  if (current.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(ctx, current);
  const def = variable?.defs[0];
  if (!variable || !def || !isStableVariable(variable)) return null;
  if (def.type === 'Variable') {
    const { init } = def.node;
    return init && def.node.id.type === AST_NODE_TYPES.Identifier && appRoot(ctx, init, framework, calls, depth + 1) ? { kind: 'variable', id: def.node.id } : null;
  }
  if (def.type !== 'Parameter' || !isFunctionNode(def.node)) return null;
  const fn = def.node;
  const [first] = fn.params;
  if (first?.type !== AST_NODE_TYPES.Identifier || first.name !== current.name) return null;
  const plugin = isAppType(ctx, first, framework) || pluginUses(ctx, fn, calls).some((use) => appRoot(ctx, use.receiver, framework, calls, depth + 1) !== null);
  return plugin ? { kind: 'plugin', fn } : null;
}

/** A parameter declared with the app's type: `(app: Elysia) => …`. */
function isAppType(ctx: ValueContext, param: TSESTree.Identifier, framework: AppHeaderMethods): boolean {
  const type = param.typeAnnotation?.typeAnnotation;
  if (type?.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier) return false;
  return isModuleExport(resolveImport(ctx, type.typeName), framework.modules, framework.className);
}

/** The `x.use(fn)` calls that hand the app `x` to plugin function `fn`. */
function pluginUses(ctx: ValueContext, fn: FunctionNode, calls: readonly TSESTree.CallExpression[]): Array<{ call: TSESTree.CallExpression; receiver: Node }> {
  const uses: Array<{ call: TSESTree.CallExpression; receiver: Node }> = [];
  for (const call of calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, callee) !== 'use' || call.arguments.length !== 1) continue;
    const [arg] = call.arguments;
    if (arg && arg.type !== AST_NODE_TYPES.SpreadElement && resolveFunction(ctx, arg) === fn) uses.push({ call, receiver: callee.object });
  }
  return uses;
}

/** The variable an app-building chain is stored in: `plugin` in `const plugin = new Elysia().headers({…})`. */
function storedIn(call: TSESTree.CallExpression): TSESTree.Identifier | null {
  let outer: Node = call;
  while (outer.parent?.type === AST_NODE_TYPES.MemberExpression && outer.parent.object === outer && outer.parent.parent?.type === AST_NODE_TYPES.CallExpression) {
    outer = outer.parent.parent;
  }
  const parent = outer.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id : null;
}

/** The keys a call chain's app goes by: its receiver's, and the variable the chain is stored in (`const app = new Elysia().use(…)`). */
function appKeys(ctx: ValueContext, call: TSESTree.CallExpression, receiver: Node): string[] {
  const holder = storedIn(call);
  return holder ? [appKey(ctx, receiver), holder.name] : [appKey(ctx, receiver)];
}

/** Keys of the apps that `use` this one, and so send its headers too (Elysia merges a plugin's headers into the app using it). */
function usingApps(ctx: ValueContext, call: TSESTree.CallExpression, root: AppRoot, calls: readonly TSESTree.CallExpression[]): string[] {
  if (root.kind === 'plugin') return pluginUses(ctx, root.fn, calls).flatMap((use) => appKeys(ctx, use.call, use.receiver));
  const holder = root.kind === 'variable' ? root.id : storedIn(call);
  const variable = holder ? findVariable(ctx, holder) : null;
  if (!variable) return [];
  const keys: string[] = [];
  for (const ref of variable.references) {
    const use = ref.identifier.parent;
    if (use?.type !== AST_NODE_TYPES.CallExpression || use.arguments.length !== 1 || use.arguments[0] !== ref.identifier) continue;
    const callee = unwrap(use.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(ctx, callee) === 'use') keys.push(...appKeys(ctx, use, callee.object));
  }
  return keys;
}

/**
 * The writes `app.headers(x)` makes: the entries of the object (read with the
 * call), and for an object built by assignments (`h['…'] = v; app.headers(h)`)
 * the assignments made before the call, which is when the app copies them.
 */
function callContributions(ctx: ValueContext, call: TSESTree.CallExpression, collection: HeaderCollection): Contribution[] {
  const [arg] = call.arguments;
  const literal = arg && arg.type !== AST_NODE_TYPES.SpreadElement ? resolveExpression(ctx, arg) : null;
  const built = literal?.type === AST_NODE_TYPES.ObjectExpression ? literal : null;
  const writes = new Set<HeaderWrite>();
  for (const { write, site } of collection.callWrites) {
    if (site === call) writes.add(write);
    else if (built && write.style.kind === 'assignment' && write.node.range[1] <= call.range[0] && resolveExpression(ctx, write.style.target.object) === built) {
      writes.add(write);
    }
  }
  return [...writes].map((write) => ({ write, site: write.node }));
}
