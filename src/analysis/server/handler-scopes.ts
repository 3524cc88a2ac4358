/**
 * Function scopes of the response-header model: which function body is one
 * response (inline callbacks belong to the function around them, callbacks
 * that get a response of their own do not), the writes each makes directly
 * and through same-module helpers, and the middleware that runs before it.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { mayCoOccur } from '../core/control-flow.js';
import { readAppHeaders, type AppHeaders } from './app-headers.js';
import type { HeaderCollection, HeaderWrite } from './headers.js';
import {
  exportedPreflightHandlers,
  isRegistrationCall,
  joinPaths,
  middlewareCovers,
  readMounts,
  readRegistration,
  type PreflightBranch,
  type RouteRegistration,
  type RouterMount,
} from './routes.js';
import type { Contribution, ResponseScope } from './scope-types.js';
import { findVariable, isFunctionNode, resolveFunction, unwrap, type FunctionNode, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;
type HelperCall = { readonly call: TSESTree.CallExpression; readonly fn: FunctionNode };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function nearestFunction(node: Node): FunctionNode | null {
  let current: Node | undefined = node.parent;
  while (current && current.type !== AST_NODE_TYPES.Program) {
    if (isFunctionNode(current)) return current;
    current = current.parent;
  }
  return null;
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

export class FunctionScopes {
  /** Route registrations of each handler. */
  readonly registrations = new Map<FunctionNode, RouteRegistration[]>();
  /** Functions (and the program) that answer preflights only. */
  readonly preflightFunctions: Set<Node>;
  private readonly boundaryCalls = new Set<Node>();
  private readonly mounts: RouterMount[] = [];
  private readonly middleware: Array<{ fn: FunctionNode; reg: RouteRegistration }> = [];
  /** Headers apps add to every response (Elysia `app.headers({…})`). */
  private readonly appHeaders: readonly AppHeaders[];
  /** Callbacks that receive a response of their own (`http.createServer((req, res) => …)`), not the enclosing one. */
  private readonly ownsResponse = new Set<Node>();
  private readonly ownerCache = new Map<Node, Node>();
  /** Own writes of every function scope, at the place they are made. */
  private readonly direct = new Map<Node, Contribution[]>();
  /** Calls f(res, …) of functions of this module, by the scope that makes them. */
  private readonly helperCalls = new Map<Node, HelperCall[]>();
  private readonly helpers = new Set<Node>();
  private readonly directOpaque = new Map<Node, Node[]>();
  private readonly opaqueCache = new Map<Node, Node[]>();
  private readonly effective = new Map<Node, Contribution[]>();
  private readonly computing = new Set<Node>();

  constructor(
    private readonly ctx: ValueContext,
    private readonly program: TSESTree.Program,
    collection: HeaderCollection,
    calls: readonly TSESTree.CallExpression[],
  ) {
    this.readRegistrations(calls);
    this.appHeaders = readAppHeaders(ctx, calls, collection);
    this.preflightFunctions = new Set<Node>(exportedPreflightHandlers(ctx, program));
    for (const [fn, regs] of this.registrations) if (regs.some((r) => r.method === 'options')) this.preflightFunctions.add(fn);
    for (const { site } of collection.callWrites) {
      const root = responseRoot(site);
      const def = root ? findVariable(ctx, root)?.defs[0] : undefined;
      if (def?.type === 'Parameter') this.ownsResponse.add(def.node);
    }
    for (const { write, site } of collection.callWrites) push(this.direct, this.scopeOwnerOf(site), { write, site });
    this.readHelperCalls(calls);
    for (const site of collection.opaque) {
      if (site.type === AST_NODE_TYPES.ObjectExpression && collection.headerObjects.has(site)) continue;
      push(this.directOpaque, this.scopeOwnerOf(site), site);
    }
  }

  /** Route registrations, router mounts and middleware. */
  private readRegistrations(calls: readonly TSESTree.CallExpression[]): void {
    for (const call of calls) {
      if (!isRegistrationCall(this.ctx, call)) continue;
      this.boundaryCalls.add(call);
      for (const [fn, registration] of readRegistration(this.ctx, call)) push(this.registrations, fn, registration);
      this.mounts.push(...readMounts(this.ctx, call));
    }
    // Middleware of every app (own app and the apps a router is mounted on) that runs before a handler.
    for (const [fn, regs] of this.registrations) {
      for (const reg of regs) if (reg.method === 'use' || reg.method === 'hook' || (reg.method === 'all' && reg.global)) this.middleware.push({ fn, reg });
    }
  }

  private readHelperCalls(calls: readonly TSESTree.CallExpression[]): void {
    for (const call of calls) {
      if (call.arguments.length === 0) continue;
      const callee = unwrap(call.callee);
      if (callee.type !== AST_NODE_TYPES.Identifier) continue;
      const fn = resolveFunction(this.ctx, callee);
      if (!fn) continue;
      const owner = this.scopeOwnerOf(call);
      if (this.ownerOfFunction(fn) === owner) continue;
      push(this.helperCalls, owner, { call, fn });
      this.helpers.add(this.ownerOfFunction(fn));
    }
  }

  /** The function whose body is one response: climbs out of inline callbacks (`db.query(…, (err) => …)`). */
  ownerOfFunction(fn: FunctionNode): Node {
    const cached = this.ownerCache.get(fn);
    if (cached) return cached;
    let result: Node = fn;
    const parent = fn.parent;
    const inlineCallback =
      (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
      parent.arguments.includes(fn as never) &&
      !this.boundaryCalls.has(parent) &&
      !this.registrations.has(fn) &&
      !this.ownsResponse.has(fn);
    if (inlineCallback) {
      const enclosing = nearestFunction(fn);
      if (enclosing) result = this.ownerOfFunction(enclosing);
    }
    this.ownerCache.set(fn, result);
    return result;
  }

  scopeOwnerOf(node: Node): Node {
    const fn = isFunctionNode(node) ? node : nearestFunction(node);
    return fn ? this.ownerOfFunction(fn) : this.program;
  }

  /** Places of a scope (and the helpers it calls) that write headers not known statically. */
  ownOpaque(owner: Node, depth = 0): Node[] {
    const cached = this.opaqueCache.get(owner);
    if (cached) return cached;
    const result = [...(this.directOpaque.get(owner) ?? [])];
    if (depth < 8) {
      for (const { call, fn } of this.helperCalls.get(owner) ?? []) {
        if (this.ownOpaque(this.ownerOfFunction(fn), depth + 1).length > 0) result.push(call);
      }
    }
    this.opaqueCache.set(owner, result);
    return result;
  }

  /** The writes of a scope: its own and those of the helpers it calls, each at the helper call. */
  ownContributions(owner: Node): Contribution[] {
    const cached = this.effective.get(owner);
    if (cached) return cached;
    if (this.computing.has(owner)) return [];
    this.computing.add(owner);
    const result = [...(this.direct.get(owner) ?? [])];
    for (const { call, fn } of this.helperCalls.get(owner) ?? []) {
      // Every write of the helper happens at the call: one contribution per write, however many paths lead to it.
      const writes = new Set(this.ownContributions(this.ownerOfFunction(fn)).map((c) => c.write));
      for (const write of writes) result.push({ write, site: call });
    }
    this.computing.delete(owner);
    this.effective.set(owner, result);
    return result;
  }

  /**
   * Writes (and unknown writes) that reach a handler from middleware of its
   * app and of the apps its router is mounted on, and from headers those apps
   * add to every response (which reach middleware too).
   */
  inheritedFrom(owner: Node): { contributions: Contribution[]; opaque: Node[] } {
    const contributions: Contribution[] = [];
    const opaque: Node[] = [];
    if (!isFunctionNode(owner)) return { contributions, opaque };
    const seen = new Set<FunctionNode>([owner]);
    const seenHeaders = new Set<AppHeaders>();
    const visit = (app: string, path: string | null, depth: number, middleware: boolean) => {
      for (const entry of this.appHeaders) {
        if (!entry.apps.has(app) || seenHeaders.has(entry)) continue;
        seenHeaders.add(entry);
        contributions.push(...entry.contributions);
        opaque.push(...entry.opaque);
      }
      for (const { fn: mw, reg } of middleware ? this.middleware : []) {
        if (reg.app !== app || seen.has(mw) || !middlewareCovers(reg.global ? null : reg.path, path)) continue;
        // Middleware on a path only applies to routes below it, and global middleware applies to everything.
        if (!reg.global && reg.path === null) continue;
        seen.add(mw);
        for (const c of this.ownContributions(this.ownerOfFunction(mw))) contributions.push({ write: c.write, site: c.write.node });
        opaque.push(...this.ownOpaque(this.ownerOfFunction(mw)));
      }
      if (depth > 4) return;
      for (const mount of this.mounts) if (mount.child === app) visit(mount.parent, joinPaths(mount.path, path), depth + 1, middleware);
    };
    for (const reg of this.registrationsOf(owner)) visit(reg.app, reg.path, 0, !reg.global);
    return { contributions, opaque };
  }

  /** Writes apps add to every one of their responses, whatever order the code registers things in. */
  appWideWrites(): Set<HeaderWrite> {
    return new Set(this.appHeaders.flatMap((entry) => entry.contributions.map((c) => c.write)));
  }

  registrationsOf(owner: Node): readonly RouteRegistration[] {
    return isFunctionNode(owner) ? (this.registrations.get(owner) ?? []) : [];
  }

  /** One scope per function body that writes headers, except helpers that only other functions call. */
  handlerScopes(): ResponseScope[] {
    const scopes: ResponseScope[] = [];
    const owners = new Set<Node>([...this.direct.keys(), ...this.helperCalls.keys()]);
    for (const owner of owners) {
      const own = this.ownContributions(owner);
      if (own.length === 0) continue;
      const regs = this.registrationsOf(owner);
      // A helper only called by other functions of the module is part of their responses, not one of its own.
      if (this.helpers.has(owner) && regs.length === 0 && !this.preflightFunctions.has(owner)) continue;
      const inherited = this.inheritedFrom(owner);
      const opaque = [...this.ownOpaque(owner), ...inherited.opaque];
      scopes.push({ kind: 'handler', node: owner, own, inherited: inherited.contributions, opaque, preflight: this.preflightFunctions.has(owner), registrations: regs });
    }
    return scopes;
  }

  /** A preflight branch with the writes of its function that reach it (inside it, or before it on the same path). */
  branchScope(branch: PreflightBranch): ResponseScope | null {
    const owner = this.scopeOwnerOf(branch.guard);
    const insideSite = (site: Node) => branch.range[0] <= site.range[0] && site.range[1] <= branch.range[1];
    const reaches = (site: Node) => insideSite(site) || (site.range[1] <= branch.guard.range[0] && mayCoOccur(site, branch.node));
    const own = this.ownContributions(owner).filter((c) => reaches(c.site));
    if (!own.some((c) => insideSite(c.site))) return null;
    const inherited = this.inheritedFrom(owner);
    const opaque = [...this.ownOpaque(owner).filter(reaches), ...inherited.opaque];
    return { kind: 'preflight-branch', node: branch.node, own, inherited: inherited.contributions, opaque, preflight: true, registrations: this.registrationsOf(owner) };
  }
}
