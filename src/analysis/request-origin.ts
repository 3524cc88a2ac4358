/**
 * Where the request's `Origin` header is read, and which values are derived
 * from it (cors-facts §3: `req.headers.origin`, `req.get('origin')`,
 * `ctx.request.header.origin`, `request.headers.get('origin')`,
 * `c.req.header('origin')`, `getRequestHeader(event, 'origin')`, …).
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
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
} from './values.js';

type Node = TSESTree.Node;

const HEADER_BAGS = new Set(['headers', 'header']);
const HEADER_GETTERS = new Set(['get', 'header', 'getheader', 'get_header']);
const HEADER_BAG_FUNCTIONS = /^(get)?(request)?headers$/i;
const HEADER_FUNCTIONS = /^(get)?(request)?header$/i;

function isOriginName(name: string | null): boolean {
  return name !== null && name.toLowerCase() === 'origin';
}

/** An expression that is the request's header collection: `req.headers`, `ctx.request.header`, `getRequestHeaders(event)`. */
function isHeaderBag(ctx: ValueContext, node: Node, depth = 0): boolean {
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
      return (
        method !== null &&
        HEADER_GETTERS.has(method.toLowerCase()) &&
        args.length === 1 &&
        isOriginName(getStaticString(ctx, args[0]!))
      );
    }
    if (callee.type === AST_NODE_TYPES.Identifier && HEADER_FUNCTIONS.test(callee.name) && args.length === 2) {
      return isOriginName(getStaticString(ctx, args[1]!));
    }
  }
  return false;
}

/** `const { origin } = req.headers` binds the request Origin. */
function isDestructuredOrigin(ctx: ValueContext, declarator: TSESTree.VariableDeclarator, id: TSESTree.Identifier): boolean {
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init) return false;
  if (!isHeaderBag(ctx, declarator.init)) return false;
  return declarator.id.properties.some(
    (prop) =>
      prop.type === AST_NODE_TYPES.Property &&
      isOriginName(propertyKeyName(ctx, prop)) &&
      (prop.value === id || (prop.value.type === AST_NODE_TYPES.AssignmentPattern && prop.value.left === id)),
  );
}

/**
 * Data flow from the request Origin into a value, within one module: through
 * local variables and their assignments, conditionals, calls that take it as
 * an argument (`allowed.find((o) => o === origin)`), and parameters of local
 * functions whose call sites pass it.
 */
export class OriginFlow {
  private readonly variableCache = new Map<TSESLint.Scope.Variable, boolean>();

  constructor(private readonly ctx: ValueContext) {}

  dependsOnRequestOrigin(node: Node): boolean {
    let found = false;
    walk(this.ctx, node, (child) => {
      if (found) return false;
      if (isRequestOriginRead(this.ctx, child)) {
        found = true;
        return false;
      }
      if (child.type === AST_NODE_TYPES.Identifier && this.isOriginVariable(child)) {
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

  private isOriginVariable(id: TSESTree.Identifier): boolean {
    const parent = id.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === id && !parent.computed) return false;
    if (parent?.type === AST_NODE_TYPES.Property && parent.key === id && !parent.computed && !parent.shorthand) return false;
    const variable = findVariable(this.ctx, id);
    if (!variable) return false;
    const cached = this.variableCache.get(variable);
    if (cached !== undefined) return cached;
    this.variableCache.set(variable, false); // cycle guard
    const result = this.variableCarriesOrigin(variable);
    this.variableCache.set(variable, result);
    return result;
  }

  private variableCarriesOrigin(variable: TSESLint.Scope.Variable): boolean {
    for (const def of variable.defs) {
      if (def.type === 'Variable') {
        const declarator = def.node;
        if (declarator.id.type === AST_NODE_TYPES.Identifier) {
          if (declarator.init && this.dependsOnRequestOrigin(declarator.init)) return true;
        } else if (def.name.type === AST_NODE_TYPES.Identifier && isDestructuredOrigin(this.ctx, declarator, def.name)) {
          return true;
        }
      } else if (def.type === 'Parameter' && def.name.type === AST_NODE_TYPES.Identifier && this.parameterReceivesOrigin(def.node, def.name)) {
        return true;
      }
    }
    for (const ref of variable.references) {
      if (ref.isWrite() && !ref.init && ref.writeExpr && this.dependsOnRequestOrigin(ref.writeExpr)) return true;
    }
    return false;
  }

  /** `function setCors(res, origin) {…}` called as `setCors(res, req.headers.origin)`. */
  private parameterReceivesOrigin(fn: Node, param: TSESTree.Identifier): boolean {
    if (!isFunctionNode(fn)) return false;
    const index = fn.params.findIndex((p) => p === param || (p.type === AST_NODE_TYPES.AssignmentPattern && p.left === param));
    if (index < 0) return false;
    for (const call of callSitesOf(this.ctx, fn)) {
      const arg = call.arguments[index];
      if (arg && arg.type !== AST_NODE_TYPES.SpreadElement && this.dependsOnRequestOrigin(arg)) return true;
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
