/**
 * Syntax helpers that need no scopes: unwrapping TypeScript-only wrappers,
 * the function around a node, and a walk of a subtree.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { ValueContext } from './context.js';

type Node = TSESTree.Node;

const STATEMENT_CONTAINERS = new Set<string>([
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.StaticBlock,
]);

/** The statement an expression (or `await` of it) is the whole of, when it stands in a block of statements. */
export function standaloneStatement(node: Node): TSESTree.ExpressionStatement | null {
  let current = node;
  if (current.parent?.type === AST_NODE_TYPES.AwaitExpression) current = current.parent;
  const statement = current.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || !statement.parent) return null;
  return STATEMENT_CONTAINERS.has(statement.parent.type) ? statement : null;
}

/** Strips TypeScript-only wrappers (`as`, `satisfies`, `!`, `<T>x`) and optional chains. */
export function unwrap(node: Node): Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The nearest function around a node, or null at module level. */
export function nearestFunction(node: Node): FunctionNode | null {
  let current: Node | undefined = node.parent;
  while (current) {
    if (isFunctionNode(current)) return current;
    current = current.parent;
  }
  return null;
}

export type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

export function isFunctionNode(node: Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression ||
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The keys of each node type under which its children are found (a SourceCode's `visitorKeys`). */
export type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/**
 * Depth-first walk of a subtree in source order, giving each node with its
 * parent (null for `root`); return `false` from `enter` to skip a node's
 * children. Iterative: a deeply nested tree cannot overflow the stack.
 */
export function walkWithKeys(visitorKeys: VisitorKeys, root: Node, enter: (node: Node, parent: Node | null) => boolean | void): void {
  const stack: Node[] = [root];
  const parents: (Node | null)[] = [null];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (enter(node, parents.pop()!) === false) continue;
    const keys = visitorKeys[node.type];
    if (!keys) continue;
    // Children are pushed last-to-first so that they are entered in source order.
    for (let k = keys.length - 1; k >= 0; k--) {
      const value = (node as unknown as Record<string, unknown>)[keys[k]!];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const item: unknown = value[i];
          if (isNode(item)) {
            stack.push(item);
            parents.push(node);
          }
        }
      } else if (isNode(value)) {
        stack.push(value);
        parents.push(node);
      }
    }
  }
}

/** Depth-first walk of a subtree of the module of `ctx`; return `false` from `enter` to skip a node's children. */
export function walk(ctx: ValueContext, root: Node, enter: (node: Node) => boolean | void): void {
  walkWithKeys(ctx.sourceCode.visitorKeys, root, enter);
}

/** The module name of a `require('name')` call, or null. */
export function requireSpecifier(node: Node): string | null {
  const call = unwrap(node);
  if (
    call.type === AST_NODE_TYPES.CallExpression &&
    call.callee.type === AST_NODE_TYPES.Identifier &&
    call.callee.name === 'require' &&
    call.arguments.length === 1
  ) {
    const arg = call.arguments[0];
    if (arg?.type === AST_NODE_TYPES.Literal && typeof arg.value === 'string') return arg.value;
  }
  return null;
}
