/**
 * Where the request's `Origin` header is read, and which values are derived
 * from it (docs/cors-semantics.md#request-origin-sources: `req.headers.origin`,
 * `req.get('origin')`, `ctx.request.header.origin`, `request.headers.get('origin')`,
 * `c.req.header('origin')`, `getRequestHeader(event, 'origin')`, …).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  calleeName,
  findVariable,
  getPropertyName,
  getStaticString,
  isFunctionNode,
  propertyKeyName,
  unwrap,
  walk,
  type ValueContext,
} from '../core/values.js';

type Node = TSESTree.Node;

const HEADER_BAGS = new Set(['headers', 'header']);
const HEADER_GETTERS = new Set(['get', 'header', 'getheader', 'get_header']);
const HEADER_BAG_FUNCTIONS = /^(get)?(request)?headers$/i;
const HEADER_FUNCTIONS = /^(get)?(request)?header$/i;

function isOriginName(name: string | null): boolean {
  return name !== null && name.toLowerCase() === 'origin';
}

/** An expression that is the request's header collection: `req.headers`, `ctx.request.header`, `getRequestHeaders(event)`. */
export function isHeaderBag(ctx: ValueContext, node: Node, depth = 0): boolean {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getPropertyName(ctx, current);
    return name !== null && HEADER_BAGS.has(name.toLowerCase());
  }
  if (current.type === AST_NODE_TYPES.CallExpression) {
    const name = calleeName(ctx, current.callee);
    return name !== null && HEADER_BAG_FUNCTIONS.test(name);
  }
  if (current.type === AST_NODE_TYPES.AwaitExpression) return isHeaderBag(ctx, current.argument, depth + 1);
  if (current.type === AST_NODE_TYPES.Identifier && depth < 4) {
    const variable = findVariable(ctx, current);
    const def = variable?.defs[0];
    if (def?.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init) {
      return isHeaderBag(ctx, def.node.init, depth + 1);
    }
    // ({ headers }) => … : a destructured `headers` parameter.
    if (def?.type === 'Parameter' && current.name.toLowerCase() === 'headers') return true;
  }
  return false;
}

/** Names of values that hold configuration, never the request (`config.get('origin')`). */
const CONFIG_NAMES = /^(config|conf|cfg|settings|options|opts|env|process|store|cache|map|params|searchParams|url|storage|localStorage|sessionStorage)$/i;
/** Members that hold the request: `c.req`, `ctx.request`, `event.node.req`, `req.raw`. */
const REQUEST_MEMBERS = new Set(['req', 'request', 'raw']);

/**
 * A receiver whose `get('origin')` / `header('origin')` reads a request header:
 * a header collection, a handler parameter (`req`, `ctx`), or a request member (`c.req`).
 */
export function isRequestLike(ctx: ValueContext, node: Node): boolean {
  const current = unwrap(node);
  if (isHeaderBag(ctx, current)) return true;
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getPropertyName(ctx, current);
    return name !== null && REQUEST_MEMBERS.has(name);
  }
  if (current.type !== AST_NODE_TYPES.Identifier || CONFIG_NAMES.test(current.name)) return false;
  const def = findVariable(ctx, current)?.defs[0];
  if (def?.type === 'Parameter') return true;
  if (def?.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init) {
    const init = unwrap(def.node.init);
    return init.type === AST_NODE_TYPES.MemberExpression && isRequestLike(ctx, init);
  }
  return false;
}

/** True when `node` itself reads the request's Origin header. */
export function isRequestOriginRead(ctx: ValueContext, node: Node): boolean {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    return isOriginName(getPropertyName(ctx, current)) && isHeaderBag(ctx, current.object);
  }
  if (current.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(current.callee);
    const args = current.arguments;
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = getPropertyName(ctx, callee);
      // h3.getRequestHeader(event, 'origin') through a namespace import
      if (method !== null && HEADER_FUNCTIONS.test(method) && args.length === 2) return isOriginName(getStaticString(ctx, args[1]!));
      return (
        method !== null &&
        HEADER_GETTERS.has(method.toLowerCase()) &&
        args.length === 1 &&
        isOriginName(getStaticString(ctx, args[0]!)) &&
        isRequestLike(ctx, callee.object)
      );
    }
    if (callee.type === AST_NODE_TYPES.Identifier && HEADER_FUNCTIONS.test(callee.name) && args.length === 2) {
      return isOriginName(getStaticString(ctx, args[1]!));
    }
  }
  return false;
}

/** The property names leading from a destructuring pattern to `id`: `{ headers: { origin } }` → `['headers', 'origin']`. */
function patternPath(ctx: ValueContext, pattern: Node, id: TSESTree.Identifier): string[] | null {
  const target = pattern.type === AST_NODE_TYPES.AssignmentPattern ? pattern.left : pattern;
  if (target === id) return [];
  if (target.type !== AST_NODE_TYPES.ObjectPattern) return null;
  for (const prop of target.properties) {
    if (prop.type !== AST_NODE_TYPES.Property) continue;
    const rest = patternPath(ctx, prop.value, id);
    if (rest === null) continue;
    const key = propertyKeyName(ctx, prop);
    return key === null ? null : [key, ...rest];
  }
  return null;
}

/**
 * `const { origin } = req.headers`, `const { headers: { origin } } = req` and
 * `function handler({ headers: { origin } }) {}` bind the request Origin.
 */
function isDestructuredOrigin(ctx: ValueContext, pattern: Node, init: Node | null, id: TSESTree.Identifier): boolean {
  const path = patternPath(ctx, pattern, id);
  if (!path || path.length === 0 || !isOriginName(path.at(-1)!)) return false;
  if (path.length >= 2) return HEADER_BAGS.has(path.at(-2)!.toLowerCase());
  return init !== null && isHeaderBag(ctx, init);
}

/** How many variables and parameters a flow question follows before it answers "not known". */
const MAX_FLOW_DEPTH = 64;

/**
 * Data flow from the request Origin into a value, within one module: through
 * local variables and their assignments, conditionals, calls that take it as
 * an argument (`allowed.find((o) => o === origin)`), and parameters of local
 * functions whose call sites pass it.
 */
export class OriginFlow {
  private readonly variableCache = new Map<TSESLint.Scope.Variable, boolean>();

  constructor(private readonly ctx: ValueContext) {}

  /** `depth` counts the variables and parameters followed so far; past MAX_FLOW_DEPTH the answer is "not known" (false). */
  dependsOnRequestOrigin(node: Node, depth = 0): boolean {
    if (depth > MAX_FLOW_DEPTH) return false;
    let found = false;
    walk(this.ctx, node, (child) => {
      if (found) return false;
      if (isRequestOriginRead(this.ctx, child)) {
        found = true;
        return false;
      }
      if (child.type === AST_NODE_TYPES.Identifier && this.isOriginVariable(child, depth)) {
        found = true;
        return false;
      }
      // Do not descend into type annotations or non-arrow nested functions.
      if (child.type === AST_NODE_TYPES.FunctionExpression || child.type === AST_NODE_TYPES.FunctionDeclaration) return false;
      if (child.type.startsWith('TS') && child.type !== AST_NODE_TYPES.TSAsExpression && child.type !== AST_NODE_TYPES.TSNonNullExpression && child.type !== AST_NODE_TYPES.TSSatisfiesExpression) return false;
      // The key of a property and the property name of a member access are names, not values.
      return undefined;
    });
    return found;
  }

  private isOriginVariable(id: TSESTree.Identifier, depth: number): boolean {
    const parent = id.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === id && !parent.computed) return false;
    if (parent?.type === AST_NODE_TYPES.Property && parent.key === id && !parent.computed && !parent.shorthand) return false;
    const variable = findVariable(this.ctx, id);
    if (!variable) return false;
    const cached = this.variableCache.get(variable);
    if (cached !== undefined) return cached;
    this.variableCache.set(variable, false); // cycle guard
    const result = this.variableCarriesOrigin(variable, depth + 1);
    this.variableCache.set(variable, result);
    return result;
  }

  private variableCarriesOrigin(variable: TSESLint.Scope.Variable, depth: number): boolean {
    for (const def of variable.defs) {
      if (def.type === 'Variable') {
        const declarator = def.node;
        if (declarator.id.type === AST_NODE_TYPES.Identifier) {
          if (declarator.init && this.dependsOnRequestOrigin(declarator.init, depth)) return true;
        } else if (def.name.type === AST_NODE_TYPES.Identifier && isDestructuredOrigin(this.ctx, declarator.id, declarator.init, def.name)) {
          return true;
        }
      } else if (def.type === 'Parameter' && def.name.type === AST_NODE_TYPES.Identifier) {
        if (this.parameterReceivesOrigin(def.node, def.name, depth)) return true;
        const fn = def.node;
        if (isFunctionNode(fn) && fn.params.some((p) => p !== def.name && isDestructuredOrigin(this.ctx, p, null, def.name as TSESTree.Identifier))) {
          return true;
        }
      }
    }
    for (const ref of variable.references) {
      if (ref.isWrite() && !ref.init && ref.writeExpr && this.dependsOnRequestOrigin(ref.writeExpr, depth)) return true;
    }
    return false;
  }

  /** `function setCors(res, origin) {…}` called as `setCors(res, req.headers.origin)`. */
  private parameterReceivesOrigin(fn: Node, param: TSESTree.Identifier, depth: number): boolean {
    if (!isFunctionNode(fn)) return false;
    const index = fn.params.findIndex((p) => p === param || (p.type === AST_NODE_TYPES.AssignmentPattern && p.left === param));
    if (index < 0) return false;
    for (const call of callSitesOf(this.ctx, fn)) {
      const arg = call.arguments[index];
      if (arg && arg.type !== AST_NODE_TYPES.SpreadElement && this.dependsOnRequestOrigin(arg, depth)) return true;
    }
    return false;
  }
}

/** Calls of a function declared in this module, through its name. */
export function callSitesOf(ctx: ValueContext, fn: Node): TSESTree.CallExpression[] {
  let nameNode: TSESTree.Identifier | null = null;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) nameNode = fn.id;
  else if (fn.parent?.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.id.type === AST_NODE_TYPES.Identifier) {
    nameNode = fn.parent.id;
  }
  if (!nameNode) return [];
  const variable = findVariable(ctx, nameNode);
  if (!variable) return [];
  const calls: TSESTree.CallExpression[] = [];
  for (const ref of variable.references) {
    const parent = ref.identifier.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === ref.identifier) calls.push(parent);
  }
  return calls;
}
