/**
 * The nodes whole-file analyses start from (calls, `new`, assignments, object
 * literals, imports, class methods, `if` and `case`), in source order, gathered
 * once per syntax tree. For the linted file ESLint's own traversal gathers them
 * (see `indexingListeners`), so no part of the model walks the whole file
 * again; for another module, or a model built outside a lint, one walk does.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { ValueContext } from './context.js';
import { walk } from './nodes.js';

export type IndexedNode =
  | TSESTree.CallExpression
  | TSESTree.NewExpression
  | TSESTree.AssignmentExpression
  | TSESTree.ObjectExpression
  | TSESTree.ImportDeclaration
  | TSESTree.MethodDefinition
  | TSESTree.IfStatement
  | TSESTree.SwitchCase;

const INDEXED_TYPES: ReadonlySet<string> = new Set<IndexedNode['type']>([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.ImportDeclaration,
  AST_NODE_TYPES.MethodDefinition,
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.SwitchCase,
]);

interface NodeIndex {
  readonly nodes: IndexedNode[];
  /** False while ESLint's traversal is still gathering the nodes. */
  complete: boolean;
}

const indexes = new WeakMap<TSESTree.Node, NodeIndex>();

function gather(ctx: ValueContext, root: TSESTree.Node): IndexedNode[] {
  const nodes: IndexedNode[] = [];
  walk(ctx, root, (node) => {
    if (INDEXED_TYPES.has(node.type)) nodes.push(node as IndexedNode);
  });
  return nodes;
}

/** The indexed nodes of a whole syntax tree (`program`), in source order. */
export function indexedNodes(ctx: ValueContext, program: TSESTree.Node): readonly IndexedNode[] {
  const index = indexes.get(program);
  if (index?.complete) return index.nodes;
  // Asked for while a traversal is still gathering: a walk of its own, not kept.
  if (index) return gather(ctx, program);
  const nodes = gather(ctx, program);
  indexes.set(program, { nodes, complete: true });
  return nodes;
}

export type IndexingListeners = Record<string, (node: TSESTree.Node) => void>;

/**
 * Listeners that gather the index of `program` during ESLint's traversal, for
 * the first rule that asks on this tree (null for the others). Their
 * `Program:exit` must run before any part of the model is built.
 */
export function indexingListeners(program: TSESTree.Node): IndexingListeners | null {
  if (indexes.has(program)) return null;
  const index: NodeIndex = { nodes: [], complete: false };
  indexes.set(program, index);
  const add = (node: TSESTree.Node): void => {
    index.nodes.push(node as IndexedNode);
  };
  const listeners: IndexingListeners = {};
  for (const type of INDEXED_TYPES) listeners[type] = add;
  listeners['Program:exit'] = () => {
    index.complete = true;
  };
  return listeners;
}
