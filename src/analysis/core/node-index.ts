/**
 * The nodes whole-file analyses start from (calls, `new`, assignments, object
 * literals, imports, class methods, `if` and `case`), in source order, gathered
 * once per syntax tree. For the linted file they come from ESLint's own
 * traversal: ESLint 9 and later keep its steps on the SourceCode
 * (`traverse()`, computed before any rule runs), and on ESLint 8 listeners
 * gather them (see `indexingListeners`). So no part of the model walks the
 * linted file again; another module, or a model built outside a lint, gets
 * the index from one walk.
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

interface TraversalStep {
  readonly phase?: unknown;
  readonly target?: unknown;
}

/** The SourceCode objects of linted files, whose traversal ESLint has already made. */
const linted = new WeakSet<object>();

/** The index read from ESLint's cached traversal steps (enter steps only), or null where there are none. */
function fromTraversal(sourceCode: object): IndexedNode[] | null {
  const traverse = (sourceCode as { traverse?: unknown }).traverse;
  if (!linted.has(sourceCode) || typeof traverse !== 'function') return null;
  const steps: unknown = traverse.call(sourceCode);
  if (!Array.isArray(steps)) return null;
  const nodes: IndexedNode[] = [];
  const list = steps as TraversalStep[];
  for (let i = 0; i < list.length; i++) {
    const step = list[i]!;
    // Enter steps visit a node; the others (leave steps, code-path events) are skipped first.
    if (step.phase !== 1) continue;
    const target = step.target as { type?: unknown } | null | undefined;
    if (target && typeof target.type === 'string' && INDEXED_TYPES.has(target.type)) nodes.push(target as IndexedNode);
  }
  return nodes;
}

/** The indexed nodes of a whole syntax tree (`program`), in source order. */
export function indexedNodes(ctx: ValueContext, program: TSESTree.Node): readonly IndexedNode[] {
  const index = indexes.get(program);
  if (index?.complete) return index.nodes;
  // Asked for while a traversal is still gathering: a walk of its own, not kept.
  if (index) return gather(ctx, program);
  const nodes = (program === ctx.sourceCode.ast ? fromTraversal(ctx.sourceCode) : null) ?? gather(ctx, program);
  indexes.set(program, { nodes, complete: true });
  return nodes;
}

export type IndexingListeners = Record<string, (node: TSESTree.Node) => void>;

/**
 * Marks `sourceCode` as the file ESLint is linting, and returns the listeners
 * that gather its index during ESLint's traversal when ESLint keeps no
 * traversal steps (ESLint 8), for the first rule that asks (null otherwise).
 * Their `Program:exit` must run before any part of the model is built.
 */
export function indexingListeners(sourceCode: { readonly ast: unknown }): IndexingListeners | null {
  linted.add(sourceCode);
  const program = sourceCode.ast as TSESTree.Node;
  if (typeof (sourceCode as { traverse?: unknown }).traverse === 'function' || indexes.has(program)) return null;
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
