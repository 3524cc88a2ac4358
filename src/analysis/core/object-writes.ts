/**
 * Statements that change an options object between its literal and a use:
 * `opts.origin = true`, `opts.origin ??= '*'`, `Object.assign(opts, { … })`.
 * Each becomes a write of a key, with the branch it runs in. When the object
 * reaches code that is not followed before the use (passed to a function,
 * aliased, a computed key, a write in a callback), the object is unknown.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { branchPath, commonAncestor } from './branches.js';
import { resolveImport } from './imports.js';
import type { ValueContext } from './context.js';
import { nearestFunction, unwrap } from './nodes.js';
import { findVariable, getPropertyName } from './scope.js';

type Node = TSESTree.Node;

export interface EntryWrite {
  /** The property (in the literal or an `Object.assign` source) or the assignment that sets the key. */
  readonly node: TSESTree.Property | TSESTree.AssignmentExpression;
  readonly value: Node;
  readonly operator: '=' | '||=' | '&&=' | '??=';
  /** Conditions of the branch it runs in, outermost first (empty when it always runs before the use). */
  readonly conditions: readonly string[];
  /** The condition under which the branch is skipped, when it has exactly one. */
  readonly negation: string | null;
  /** True when it runs on some paths only (a branch, a loop, a `try`). */
  readonly conditional: boolean;
}

export interface KeyWrite {
  readonly key: string;
  readonly write: EntryWrite;
  /** The object literal the property is written in (`Object.assign` sources), or null for an assignment. */
  readonly owner: TSESTree.ObjectExpression | null;
}

/** The entries of an object an `Object.assign` copies from, or null when they are not known. */
export type ReadEntries = (ctx: ValueContext, node: Node) => { entries: readonly { key: string; property: TSESTree.Property | null; value: Node; owner: TSESTree.ObjectExpression | null }[]; incomplete: boolean } | null;

/** Most statements about one object that are followed. */
const MAX_REFERENCES = 40;

const ASSIGNMENT_OPERATORS = new Set(['=', '||=', '&&=', '??=']);

/** Calls that read an object without changing it. */
const READING_CALLS = /^(?:console\.\w+|JSON\.stringify|Object\.(?:keys|values|entries|freeze|isFrozen)|structuredClone|(?:window\.|globalThis\.)?fetch|Request|Response|Headers|URL)$/;

function calleeText(callee: Node): string | null {
  const node = unwrap(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    const object = calleeText(node.object);
    return object === null ? null : `${object}.${node.property.name}`;
  }
  return null;
}

/** Names of functions that change the object they are given. */
const CHANGING_NAME = /merge|assign|extend|defaults|set|patch|mutate|apply|update/i;

/**
 * A function of a package (`cors(options)`, `new Server(http, options)`) reads
 * the options it is given; one whose name says it changes its argument
 * (`merge`, `defaults`) or a function of the project may change them.
 */
function readsOnly(ctx: ValueContext, callee: Node, name: string | null): boolean {
  if (name !== null && CHANGING_NAME.test(name)) return false;
  const ref = resolveImport(ctx, callee);
  return ref !== null && !ref.source.startsWith('.') && !ref.source.startsWith('/');
}

/** How one reference to the object acts on it. */
type Effect = { kind: 'read' } | { kind: 'escape' } | { kind: 'writes'; writes: KeyWrite[] };

function effectOf(ctx: ValueContext, id: TSESTree.Identifier, readEntries: ReadEntries): Effect {
  let node: Node = id;
  while (node.parent && (node.parent.type === AST_NODE_TYPES.TSAsExpression || node.parent.type === AST_NODE_TYPES.TSNonNullExpression || node.parent.type === AST_NODE_TYPES.TSSatisfiesExpression)) node = node.parent;
  const parent = node.parent;
  if (!parent) return { kind: 'escape' };
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression: {
      if (parent.object !== node) return { kind: 'read' };
      const outer = parent.parent;
      if (outer?.type === AST_NODE_TYPES.UnaryExpression && outer.operator === 'delete') return { kind: 'escape' };
      if (outer?.type !== AST_NODE_TYPES.AssignmentExpression || outer.left !== parent) return { kind: 'read' };
      const key = getPropertyName(ctx, parent);
      if (key === null) return { kind: 'escape' };
      const operator = ASSIGNMENT_OPERATORS.has(outer.operator) ? (outer.operator as EntryWrite['operator']) : '=';
      // `opts.maxAge += 1`: the key is set to something not followed.
      const value = operator === outer.operator ? outer.right : outer;
      return { kind: 'writes', writes: [{ key, owner: null, write: { node: outer, value, operator, conditions: [], negation: null, conditional: false } }] };
    }
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.CallExpression: {
      const name = calleeText(parent.callee);
      if (name === 'Object.assign' && parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === node) return assignEffect(ctx, parent, readEntries);
      if (name !== null && READING_CALLS.test(name)) return { kind: 'read' };
      if (name === 'Object.assign' || readsOnly(ctx, parent.callee, name)) return { kind: 'read' };
      return { kind: 'escape' };
    }
    case AST_NODE_TYPES.SpreadElement:
      return parent.parent?.type === AST_NODE_TYPES.ObjectExpression ? { kind: 'read' } : { kind: 'escape' };
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== node ? { kind: 'escape' } : { kind: 'read' };
    default:
      return { kind: 'escape' };
  }
}

function assignEffect(ctx: ValueContext, call: TSESTree.CallExpression, readEntries: ReadEntries): Effect {
  const writes: KeyWrite[] = [];
  for (const source of call.arguments.slice(1)) {
    if (source.type === AST_NODE_TYPES.SpreadElement) return { kind: 'escape' };
    const entries = readEntries(ctx, source);
    if (!entries || entries.incomplete) return { kind: 'escape' };
    for (const entry of entries.entries) {
      const node = entry.property;
      if (!node) return { kind: 'escape' };
      writes.push({ key: entry.key, owner: entry.owner, write: { node, value: entry.value, operator: '=', conditions: [], negation: null, conditional: false } });
    }
  }
  return { kind: 'writes', writes };
}

/**
 * The writes to the object `use` names that run before `use`, in order; an
 * empty list when there are none, null when the object escapes before it.
 */
export function objectStatementWrites(ctx: ValueContext, use: TSESTree.Identifier, readEntries: ReadEntries): KeyWrite[] | null {
  const variable = findVariable(ctx, use);
  if (!variable || variable.references.length <= 2) return [];
  if (variable.references.length > MAX_REFERENCES) return null;
  const owner = variable.scope.variableScope.block as Node;
  const closure = (nearestFunction(use) ?? ctx.sourceCode.ast) !== owner;
  const result: KeyWrite[] = [];
  for (const ref of variable.references) {
    const id = ref.identifier as TSESTree.Identifier;
    if (ref.init || id === use || (!closure && id.range[0] > use.range[0])) continue;
    const effect = effectOf(ctx, id, readEntries);
    if (effect.kind === 'read') continue;
    if (effect.kind === 'escape') return null;
    const outer = closure ? owner : commonAncestor(id, use);
    if (!outer) return null;
    const path = branchPath(ctx, id, outer);
    if (path.inFunction) return null;
    const conditional = closure || path.conditional || path.inLoop || path.conditions.length > 0;
    for (const w of effect.writes) {
      result.push({ ...w, write: { ...w.write, conditions: path.conditions, negation: path.negation, conditional } });
    }
  }
  return result;
}
