/**
 * Response scopes: header writes grouped by the response they end up on.
 *
 * - a handler: one function body (with the inline callbacks that write to its
 *   response, but not callbacks that get a response of their own), including
 *   the writes of same-module helpers it calls, plus the middleware that runs
 *   before it: global middleware of its app, middleware on a path above its
 *   own, and that of the apps its router is mounted on;
 * - a headers object: one object literal of header names (`new Response(b, { headers })`,
 *   a serverless `{ statusCode, headers }`, a shared `corsHeaders` constant);
 * - a Next.js `headers()` route entry (`{ source, headers: [{ key, value }] }`);
 * - a preflight branch: `if (req.method === 'OPTIONS') {…}` (or what follows
 *   `if (req.method !== 'OPTIONS') return …`) with the writes before it.
 *
 * Each scope also lists where it writes headers the model cannot read
 * (`opaque`): any header may be among them.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { mayCoOccur } from '../core/control-flow.js';
import { HEADER, headerTokens } from './header-names.js';
import {
  collectAssignmentWrite,
  collectCallWrites,
  collectHeaderObject,
  collectRouteEntries,
  createHeaderCollection,
  type HeaderWrite,
} from './headers.js';
import { DECORATOR_MODULE_TEXT, decoratorWrites } from './decorators.js';
import { OriginFlow } from './request-origin.js';
import { requestDataValue } from './request-data.js';
import {
  exportedPreflightHandlers,
  isRegistrationCall,
  joinPaths,
  middlewareCovers,
  preflightBranchOf,
  readMounts,
  readRegistration,
  type PreflightBranch,
  type RouteRegistration,
  type RouterMount,
} from './routes.js';
import {
  findSourceLiteral,
  findVariable,
  isStableVariable,
  resolveImport,
  getStaticValue,
  isFunctionNode,
  resolveFunction,
  unwrap,
  walk,
  type FunctionNode,
  type ValueContext,
} from '../core/values.js';

type Node = TSESTree.Node;

/** A header write as it reaches one scope: directly, or through a helper call (`site`). */
export interface Contribution {
  readonly write: HeaderWrite;
  /** Where in the scope the write happens: the write itself, or the call of the helper that makes it. */
  readonly site: Node;
}

export type ResponseScopeKind = 'handler' | 'headers-object' | 'route-config' | 'route-decorators' | 'preflight-branch';

export interface ResponseScope {
  readonly kind: ResponseScopeKind;
  readonly node: Node;
  /** Writes made by this scope itself (and the helpers it calls). */
  readonly own: readonly Contribution[];
  /** Writes that reach it from global middleware of the same app. */
  readonly inherited: readonly Contribution[];
  /** Places (own or inherited) that write headers not known statically: any header may be written there. */
  readonly opaque: readonly Node[];
  /** Answers a preflight (OPTIONS) request. */
  readonly preflight: boolean;
  readonly registrations: readonly RouteRegistration[];
}

export type OriginValueKind = 'wildcard' | 'null' | 'fixed' | 'request-origin' | 'dynamic';

export interface OriginValue {
  readonly kind: OriginValueKind;
  /** The literal the static value is written as (possibly a constant's initialiser). */
  readonly literal: TSESTree.Literal | TSESTree.TemplateLiteral | null;
  /**
   * The same for every request: a fixed origin, or one read from constants,
   * the environment or configuration (`WEB_ORIGIN`, `process.env.ORIGIN`,
   * `config.cors.origin`) without calls or request data.
   */
  readonly constant: boolean;
}

export type CredentialsValueKind = 'true' | 'miscased' | 'false' | 'invalid' | 'dynamic';

export interface CredentialsValue {
  readonly kind: CredentialsValueKind;
  readonly literal: TSESTree.Literal | TSESTree.TemplateLiteral | null;
  readonly text: string | null;
}

export interface ResponseHeaderModel {
  readonly writes: readonly HeaderWrite[];
  readonly scopes: readonly ResponseScope[];
  /** Module sources imported or required by the file (`express`, `koa`, …). */
  readonly imports: ReadonlySet<string>;
  classifyOrigin(write: HeaderWrite): OriginValue;
  classifyCredentials(write: HeaderWrite): CredentialsValue;
  /** True when `write`'s value is derived from the request's Origin header, or is other request data the caller chooses. */
  isPerRequest(write: HeaderWrite): boolean;
  /** True when code at `node` only runs for preflight (OPTIONS) requests. */
  isPreflightSite(node: Node): boolean;
}

export function buildResponseHeaderModel(ctx: ValueContext, program: TSESTree.Program): ResponseHeaderModel {
  const collection = createHeaderCollection();
  const objects: TSESTree.ObjectExpression[] = [];
  const calls: TSESTree.CallExpression[] = [];
  const assignments: TSESTree.AssignmentExpression[] = [];
  const branches: PreflightBranch[] = [];
  const imports = new Set<string>();
  const decorated = new Map<TSESTree.MethodDefinition, HeaderWrite[]>();
  const readsDecorators = DECORATOR_MODULE_TEXT.test(ctx.sourceCode.text);

  walk(ctx, program, (node) => {
    switch (node.type) {
      case AST_NODE_TYPES.MethodDefinition:
        if (readsDecorators && node.decorators.length > 0) {
          const writes = decoratorWrites(ctx, node);
          if (writes.length > 0) decorated.set(node, writes);
        }
        break;
      case AST_NODE_TYPES.CallExpression:
        calls.push(node);
        collectCallWrites(ctx, node, collection);
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require') {
          const arg = node.arguments[0];
          if (arg?.type === AST_NODE_TYPES.Literal && typeof arg.value === 'string') imports.add(arg.value);
        }
        break;
      case AST_NODE_TYPES.NewExpression:
        collectCallWrites(ctx, node, collection);
        break;
      case AST_NODE_TYPES.ObjectExpression:
        objects.push(node);
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        assignments.push(node);
        break;
      case AST_NODE_TYPES.ImportDeclaration:
        imports.add(String(node.source.value));
        break;
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.SwitchCase: {
        const branch = preflightBranchOf(ctx, node);
        if (branch) branches.push(branch);
        break;
      }
      default:
        break;
    }
    return undefined;
  });
  for (const assignment of assignments) collectAssignmentWrite(ctx, assignment, collection);
  for (const object of objects) {
    if (!collectRouteEntries(ctx, object, collection)) collectHeaderObject(ctx, object, collection);
  }

  // Route registrations, router mounts and preflight handlers.
  const registrations = new Map<FunctionNode, RouteRegistration[]>();
  const boundaryCalls = new Set<Node>();
  const mounts: RouterMount[] = [];
  for (const call of calls) {
    if (!isRegistrationCall(ctx, call)) continue;
    boundaryCalls.add(call);
    for (const [fn, registration] of readRegistration(ctx, call)) {
      const list = registrations.get(fn) ?? [];
      list.push(registration);
      registrations.set(fn, list);
    }
    mounts.push(...readMounts(ctx, call));
  }
  const preflightFunctions = new Set<Node>(exportedPreflightHandlers(ctx, program));
  for (const [fn, regs] of registrations) if (regs.some((r) => r.method === 'options')) preflightFunctions.add(fn);

  /** The function whose body is one response: climbs out of inline callbacks (`db.query(…, (err) => …)`). */
  const ownerCache = new Map<Node, Node>();
  const nearestFunction = (node: Node): FunctionNode | null => {
    let current: Node | undefined = node.parent;
    while (current && current.type !== AST_NODE_TYPES.Program) {
      if (isFunctionNode(current)) return current;
      current = current.parent;
    }
    return null;
  };
  // Callbacks that receive a response of their own (`http.createServer((req, res) => …)`), not the enclosing one.
  const ownsResponse = new Set<Node>();
  for (const { site } of collection.callWrites) {
    const root = responseRoot(site);
    const def = root ? findVariable(ctx, root)?.defs[0] : undefined;
    if (def?.type === 'Parameter') ownsResponse.add(def.node);
  }
  const ownerOfFunction = (fn: FunctionNode): Node => {
    const cached = ownerCache.get(fn);
    if (cached) return cached;
    let result: Node = fn;
    const parent = fn.parent;
    const inlineCallback =
      (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
      parent.arguments.includes(fn as never) &&
      !boundaryCalls.has(parent) &&
      !registrations.has(fn) &&
      !ownsResponse.has(fn);
    if (inlineCallback) {
      const enclosing = nearestFunction(fn);
      if (enclosing) result = ownerOfFunction(enclosing);
    }
    ownerCache.set(fn, result);
    return result;
  };
  const scopeOwnerOf = (node: Node): Node => {
    const fn = isFunctionNode(node) ? node : nearestFunction(node);
    return fn ? ownerOfFunction(fn) : program;
  };

  // Own writes of every function scope, at the place they are made.
  const direct = new Map<Node, Contribution[]>();
  for (const { write, site } of collection.callWrites) {
    const owner = scopeOwnerOf(site);
    const list = direct.get(owner) ?? [];
    list.push({ write, site });
    direct.set(owner, list);
  }

  // Helper calls: f(res, …) where f is a function of this module.
  const helperCalls = new Map<Node, Array<{ call: TSESTree.CallExpression; fn: FunctionNode }>>();
  const helpers = new Set<Node>();
  for (const call of calls) {
    if (call.arguments.length === 0) continue;
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) continue;
    const fn = resolveFunction(ctx, callee);
    if (!fn) continue;
    const owner = scopeOwnerOf(call);
    if (ownerOfFunction(fn) === owner) continue;
    const list = helperCalls.get(owner) ?? [];
    list.push({ call, fn });
    helperCalls.set(owner, list);
    helpers.add(ownerOfFunction(fn));
  }

  const directOpaque = new Map<Node, Node[]>();
  for (const site of collection.opaque) {
    if (site.type === AST_NODE_TYPES.ObjectExpression && collection.headerObjects.has(site)) continue;
    const owner = scopeOwnerOf(site);
    const list = directOpaque.get(owner) ?? [];
    list.push(site);
    directOpaque.set(owner, list);
  }
  const opaqueCache = new Map<Node, Node[]>();
  const ownOpaque = (owner: Node, depth = 0): Node[] => {
    const cached = opaqueCache.get(owner);
    if (cached) return cached;
    const result = [...(directOpaque.get(owner) ?? [])];
    if (depth < 8) {
      for (const { call, fn } of helperCalls.get(owner) ?? []) if (ownOpaque(ownerOfFunction(fn), depth + 1).length > 0) result.push(call);
    }
    opaqueCache.set(owner, result);
    return result;
  };

  const effective = new Map<Node, Contribution[]>();
  const computing = new Set<Node>();
  const ownContributions = (owner: Node): Contribution[] => {
    const cached = effective.get(owner);
    if (cached) return cached;
    if (computing.has(owner)) return [];
    computing.add(owner);
    const result = [...(direct.get(owner) ?? [])];
    for (const { call, fn } of helperCalls.get(owner) ?? []) {
      // Every write of the helper happens at the call: one contribution per write, however many paths lead to it.
      const writes = new Set(ownContributions(ownerOfFunction(fn)).map((c) => c.write));
      for (const write of writes) result.push({ write, site: call });
    }
    computing.delete(owner);
    effective.set(owner, result);
    return result;
  };

  // Middleware of every app (own app and the apps a router is mounted on) that runs before a handler.
  const middleware: Array<{ fn: FunctionNode; reg: RouteRegistration }> = [];
  for (const [fn, regs] of registrations) {
    for (const reg of regs) if (reg.method === 'use' || reg.method === 'hook' || (reg.method === 'all' && reg.global)) middleware.push({ fn, reg });
  }
  const inheritedOf = (fn: FunctionNode, regs: readonly RouteRegistration[]): Contribution[] => inheritedFrom(fn, regs).contributions;
  const inheritedOpaqueOf = (fn: FunctionNode, regs: readonly RouteRegistration[]): Node[] => inheritedFrom(fn, regs).opaque;
  const inheritedFrom = (fn: FunctionNode, regs: readonly RouteRegistration[]): { contributions: Contribution[]; opaque: Node[] } => {
    const result: Contribution[] = [];
    const opaque: Node[] = [];
    const seen = new Set<FunctionNode>([fn]);
    const visit = (app: string, path: string | null, depth: number) => {
      for (const { fn: mw, reg } of middleware) {
        if (reg.app !== app || seen.has(mw) || !middlewareCovers(reg.global ? null : reg.path, path)) continue;
        // Middleware on a path only applies to routes below it, and global middleware applies to everything.
        if (!reg.global && reg.path === null) continue;
        seen.add(mw);
        for (const c of ownContributions(ownerOfFunction(mw))) result.push({ write: c.write, site: c.write.node });
        opaque.push(...ownOpaque(ownerOfFunction(mw)));
      }
      if (depth > 4) return;
      for (const mount of mounts) if (mount.child === app) visit(mount.parent, joinPaths(mount.path, path), depth + 1);
    };
    for (const reg of regs) if (!reg.global) visit(reg.app, reg.path, 0);
    return { contributions: result, opaque };
  };

  const scopes: ResponseScope[] = [];
  const owners = new Set<Node>([...direct.keys(), ...helperCalls.keys()]);
  for (const owner of owners) {
    const own = ownContributions(owner);
    if (own.length === 0) continue;
    const regs = isFunctionNode(owner) ? (registrations.get(owner) ?? []) : [];
    // A helper only called by other functions of the module is part of their responses, not one of its own.
    if (helpers.has(owner) && regs.length === 0 && !preflightFunctions.has(owner)) continue;
    const inherited = isFunctionNode(owner) ? inheritedOf(owner, regs) : [];
    const opaque = [...ownOpaque(owner), ...(isFunctionNode(owner) ? inheritedOpaqueOf(owner, regs) : [])];
    scopes.push({ kind: 'handler', node: owner, own, inherited, opaque, preflight: preflightFunctions.has(owner), registrations: regs });
  }

  const inPreflightBranch = (node: Node): boolean => branches.some((b) => b.range[0] <= node.range[0] && node.range[1] <= b.range[1]);
  const isPreflightSite = (node: Node): boolean => preflightFunctions.has(scopeOwnerOf(node)) || inPreflightBranch(node);

  for (const [object, writes] of collection.headerObjects) {
    const own = writes.map((write) => ({ write, site: write.node }));
    let preflight = isPreflightSite(object);
    // A shared headers constant: preflight when every use is in a preflight, else one preflight scope per such use.
    const refs = preflight ? [] : constantReferences(ctx, object);
    const preflightRefs = refs.filter(isPreflightSite);
    if (preflightRefs.length > 0 && preflightRefs.length === refs.length) preflight = true;
    const opaque = collection.opaque.includes(object) ? [object] : [];
    scopes.push({ kind: 'headers-object', node: object, own, inherited: [], opaque, preflight, registrations: [] });
    if (!preflight) {
      for (const ref of preflightRefs) {
        scopes.push({
          kind: 'headers-object',
          node: ref,
          own: writes.map((write) => ({ write, site: ref })),
          inherited: [],
          opaque: opaque.length > 0 ? [ref] : [],
          preflight: true,
          registrations: [],
        });
      }
    }
  }
  for (const [route, writes] of collection.routeEntries) {
    scopes.push({
      kind: 'route-config',
      node: route,
      own: writes.map((write) => ({ write, site: write.node })),
      inherited: [],
      opaque: [],
      preflight: false,
      registrations: [],
    });
  }
  for (const [method, writes] of decorated) {
    for (const write of writes) collection.writes.push(write);
    scopes.push({
      kind: 'route-decorators',
      node: method,
      own: writes.map((write) => ({ write, site: write.node })),
      inherited: [],
      opaque: [],
      preflight: false,
      registrations: [],
    });
  }
  for (const branch of branches) {
    const owner = scopeOwnerOf(branch.guard);
    const all = ownContributions(owner);
    const insideSite = (site: Node) => branch.range[0] <= site.range[0] && site.range[1] <= branch.range[1];
    const reaches = (site: Node) => insideSite(site) || (site.range[1] <= branch.guard.range[0] && mayCoOccur(site, branch.node));
    const own = all.filter((c) => reaches(c.site));
    if (!own.some((c) => insideSite(c.site))) continue;
    const regs = isFunctionNode(owner) ? (registrations.get(owner) ?? []) : [];
    const inherited = isFunctionNode(owner) ? inheritedOf(owner, regs) : [];
    const opaque = [...ownOpaque(owner).filter(reaches), ...(isFunctionNode(owner) ? inheritedOpaqueOf(owner, regs) : [])];
    scopes.push({ kind: 'preflight-branch', node: branch.node, own, inherited, opaque, preflight: true, registrations: regs });
  }

  const flow = new OriginFlow(ctx);
  const perRequestCache = new Map<HeaderWrite, boolean>();

  return {
    writes: collection.writes,
    scopes,
    imports,
    isPreflightSite,
    classifyOrigin(write) {
      if (!write.valueNode) return { kind: 'dynamic', literal: null, constant: false };
      if (collection.originEchoes.has(write)) return { kind: 'request-origin', literal: null, constant: false };
      const value = getStaticValue(ctx, write.valueNode)?.value;
      const literal = findSourceLiteral(ctx, write.valueNode);
      // The JavaScript null: Node sends the text `null` (docs/cors-semantics.md#js-null).
      if (value === null && literal?.type === AST_NODE_TYPES.Literal && literal.raw === 'null') return { kind: 'null', literal, constant: true };
      // `setHeader(name, ['*'])` sends the one value of the array.
      const text = typeof value === 'string' ? value : Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' ? value[0] : null;
      if (text !== null) {
        const trimmed = text.trim();
        if (trimmed === '*') return { kind: 'wildcard', literal, constant: true };
        if (trimmed.toLowerCase() === 'null') return { kind: 'null', literal, constant: true };
        return { kind: 'fixed', literal, constant: true };
      }
      if (flow.dependsOnRequestOrigin(write.valueNode)) return { kind: 'request-origin', literal: null, constant: false };
      return { kind: 'dynamic', literal: null, constant: isConfigurationRead(ctx, write.valueNode) };
    },
    classifyCredentials(write) {
      if (!write.valueNode) return { kind: 'dynamic', literal: null, text: null };
      const value = getStaticValue(ctx, write.valueNode);
      const literal = findSourceLiteral(ctx, write.valueNode);
      if (!value) return { kind: 'dynamic', literal: null, text: null };
      const raw = value.value;
      if (raw === true) return { kind: 'true', literal, text: 'true' };
      if (raw === false) return { kind: 'false', literal, text: 'false' };
      const text = typeof raw === 'string' ? raw : String(raw);
      if (text === 'true') return { kind: 'true', literal, text };
      if (text.trim().toLowerCase() === 'true') return { kind: 'miscased', literal, text };
      if (text.trim().toLowerCase() === 'false') return { kind: 'false', literal, text };
      return { kind: 'invalid', literal, text };
    },
    isPerRequest(write) {
      const cached = perRequestCache.get(write);
      if (cached !== undefined) return cached;
      const result =
        collection.originEchoes.has(write) ||
        (write.valueNode !== null && (flow.dependsOnRequestOrigin(write.valueNode) || requestDataValue(ctx, write.valueNode) !== null));
      perRequestCache.set(write, result);
      return result;
    },
  };
}

/** The variable a header setter is called on: `res` in `res.set(…)` and `ctx.response.set(…)`, `event` in `setResponseHeader(event, …)`. */
function responseRoot(site: Node): TSESTree.Identifier | null {
  let current: Node | undefined;
  if (site.type === AST_NODE_TYPES.AssignmentExpression) current = site.left;
  else if (site.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(site.callee);
    current = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : site.arguments[0];
  }
  while (current) {
    const inner = unwrap(current);
    if (inner.type === AST_NODE_TYPES.Identifier) return inner;
    if (inner.type === AST_NODE_TYPES.MemberExpression) current = inner.object;
    else if (inner.type === AST_NODE_TYPES.CallExpression && inner.callee.type === AST_NODE_TYPES.MemberExpression) current = inner.callee.object;
    else return null;
  }
  return null;
}

/** Names that hold the request or the response: a value read from them changes per request. */
const REQUEST_NAMES = /^(req|request|res|response|reply|ctx|context|c|event|evt|e|h|headers|params|query|body|cookies|session|user)$/i;

/**
 * A value read from constants, the environment or configuration: an
 * identifier or a chain of property reads (`WEB_ORIGIN`, `process.env.ORIGIN`,
 * `config.cors.origin`), with no call and nothing read from the request.
 */
function isConfigurationRead(ctx: ValueContext, node: Node, depth = 0): boolean {
  const current = unwrap(node);
  if (depth > 8) return false;
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    if (current.computed && getStaticValue(ctx, current.property) === null) return false;
    return isConfigurationRead(ctx, current.object, depth + 1);
  }
  if (current.type === AST_NODE_TYPES.LogicalExpression) {
    // process.env.ORIGIN ?? 'https://app.example.com'
    const side = (n: Node) => getStaticValue(ctx, n) !== null || isConfigurationRead(ctx, n, depth + 1);
    return side(current.left) && side(current.right);
  }
  if (current.type !== AST_NODE_TYPES.Identifier || REQUEST_NAMES.test(current.name)) return false;
  const variable = findVariable(ctx, current);
  const def = variable?.defs[0];
  if (!variable || !def) return true; // a global such as `process`
  if (def.type === 'ImportBinding' || resolveImport(ctx, current) !== null) return true;
  if (def.type !== 'Variable' || !isStableVariable(variable) || !def.node.init) return false;
  if (def.node.id.type !== AST_NODE_TYPES.Identifier) return isConfigurationRead(ctx, def.node.init, depth + 1);
  return getStaticValue(ctx, def.node.init) !== null || isConfigurationRead(ctx, def.node.init, depth + 1);
}

/** Where a `const x = {…}` object is read, or nothing when the object is not such an initialiser. */
function constantReferences(ctx: ValueContext, object: TSESTree.ObjectExpression): Node[] {
  let current: Node = object;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression || current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression)
  ) {
    current = current.parent;
  }
  const declarator = current.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== current || declarator.id.type !== AST_NODE_TYPES.Identifier) {
    return [];
  }
  const variable = findVariable(ctx, declarator.id);
  return variable ? variable.references.filter((r) => r.isRead()).map((r) => r.identifier) : [];
}

export function contains(outer: Node, inner: Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** All contributions of a scope: its own writes and those inherited from global middleware. */
export function scopeContributions(scope: ResponseScope): Contribution[] {
  return [...scope.own, ...scope.inherited];
}

/** True when a `Vary` value names `Origin` (or is `*`); unknown values count as present. */
export function varyCoversOrigin(ctx: ValueContext, write: HeaderWrite): boolean {
  if (!write.valueNode) return true;
  const value = getStaticValue(ctx, write.valueNode);
  if (!value) return true;
  const list = Array.isArray(value.value) ? value.value.map(String) : [String(value.value)];
  return list.flatMap(headerTokens).some((t) => t === '*' || t.toLowerCase() === 'origin');
}

export { HEADER };
