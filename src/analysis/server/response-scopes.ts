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
import { headerTokens } from './header-names.js';
import { collectCallWrites, createHeaderCollection, type HeaderCollection, type HeaderWrite } from './headers.js';
import { collectAssignmentWrite, collectHeaderObject, collectRouteEntries } from './header-objects.js';
import { DECORATOR_MODULE_TEXT, decoratorWrites } from './decorators.js';
import { FunctionScopes } from './handler-scopes.js';
import { OriginFlow } from './request-origin.js';
import { requestDataValue } from './request-data.js';
import { preflightBranchOf, type PreflightBranch } from './routes.js';
import type { Contribution, OriginValue, ResponseHeaderModel, ResponseScope } from './scope-types.js';
import { classifyCredentialsValue, classifyOriginValue } from './value-kinds.js';
import { getPossibleValues } from '../core/possible-values.js';
import { findVariable, getStaticValue, indexedNodes, isForeignNode, type ValueContext } from '../core/values.js';

export type * from './scope-types.js';

type Node = TSESTree.Node;

/** What the file's indexed nodes hold: header writes, calls, preflight branches, imports and decorated route methods. */
interface FileScan {
  readonly collection: HeaderCollection;
  readonly calls: TSESTree.CallExpression[];
  readonly branches: PreflightBranch[];
  readonly imports: Set<string>;
  readonly decorated: Map<TSESTree.MethodDefinition, HeaderWrite[]>;
}

function scanFile(ctx: ValueContext, program: TSESTree.Program): FileScan {
  const collection = createHeaderCollection();
  const objects: TSESTree.ObjectExpression[] = [];
  const calls: TSESTree.CallExpression[] = [];
  const assignments: TSESTree.AssignmentExpression[] = [];
  const branches: PreflightBranch[] = [];
  const imports = new Set<string>();
  const decorated = new Map<TSESTree.MethodDefinition, HeaderWrite[]>();
  const readsDecorators = DECORATOR_MODULE_TEXT.test(ctx.sourceCode.text);

  for (const node of indexedNodes(ctx, program)) {
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
  }
  for (const assignment of assignments) collectAssignmentWrite(ctx, assignment, collection);
  for (const object of objects) {
    if (!collectRouteEntries(ctx, object, collection)) collectHeaderObject(ctx, object, collection);
  }
  return { collection, calls, branches, imports, decorated };
}

/**
 * The response-header model of a file. `values` is the context header values
 * are read in, when they may be followed further than names (into any module
 * of the project, not only those that spell a header name).
 */
export function buildResponseHeaderModel(ctx: ValueContext, program: TSESTree.Program, values: ValueContext = ctx): ResponseHeaderModel {
  const { collection, calls, branches, imports, decorated } = scanFile(ctx, program);
  const functions = new FunctionScopes(ctx, program, collection, calls);
  const inPreflightBranch = (node: Node): boolean => branches.some((b) => b.range[0] <= node.range[0] && node.range[1] <= b.range[1]);
  const isPreflightSite = (node: Node): boolean => functions.preflightFunctions.has(functions.scopeOwnerOf(node)) || inPreflightBranch(node);

  const scopes: ResponseScope[] = [...functions.handlerScopes(), ...objectScopes(ctx, collection, decorated, isPreflightSite)];
  for (const branch of branches) {
    const scope = functions.branchScope(branch);
    if (scope) scopes.push(scope);
  }

  const flow = new OriginFlow(ctx);
  const perRequestCache = new Map<HeaderWrite, boolean>();
  const originCache = new Map<HeaderWrite, OriginValue>();
  return {
    writes: collection.writes,
    scopes,
    appWide: functions.appWideWrites(),
    imports,
    isPreflightSite,
    classifyOrigin(write) {
      // Asked by several rules; reading every path of a value is worth doing once.
      let known = originCache.get(write);
      if (!known) originCache.set(write, (known = classifyOriginValue(values, write, collection.originEchoes.has(write), flow)));
      return known;
    },
    classifyCredentials: (write) => classifyCredentialsValue(values, write),
    isPerRequest(write) {
      const cached = perRequestCache.get(write);
      if (cached !== undefined) return cached;
      const result =
        collection.originEchoes.has(write) ||
        (write.valueNode !== null &&
          (flow.dependsOnRequestOrigin(write.valueNode) || requestDataValue(ctx, write.valueNode) !== null || perRequestOnSomePath(values, write.valueNode)));
      perRequestCache.set(write, result);
      return result;
    },
  };
}

/**
 * A value that is the request Origin or other request data on one of its
 * paths: a local function that returns the checked origin (`pick(req)`), a
 * fallback, a branch.
 */
function perRequestOnSomePath(ctx: ValueContext, node: Node): boolean {
  return getPossibleValues(ctx, node).some(
    (alt) => alt.kind === 'value' && alt.node !== null && !isForeignNode(ctx, alt.node) && requestDataValue(ctx, alt.node) !== null,
  );
}

/** Scopes of their own: headers objects (one more per preflight use of a shared one), Next.js route entries, decorated route methods. */
function objectScopes(
  ctx: ValueContext,
  collection: HeaderCollection,
  decorated: ReadonlyMap<TSESTree.MethodDefinition, HeaderWrite[]>,
  isPreflightSite: (node: Node) => boolean,
): ResponseScope[] {
  const scopes: ResponseScope[] = [];
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
  return scopes;
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

