/**
 * Request options assembled over statements: an object literal with the
 * properties written into it before the request (`init.credentials = 'include'`,
 * `Object.assign(init, { headers })`), spreads of such objects, and whether the
 * object was handed to code the analysis does not see (then anything may be set).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { contextOf } from '../core/context.js';
import { textOf } from './api.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { branchPath, commonAncestor } from '../core/branches.js';
import { calleeName, getPropertyName, isStableVariable, propertyKeyName, resolveExpression, unwrap, type ValueContext } from '../core/values.js';
import { REQUEST_CALLEES } from '../server/request-callees.js';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;

export interface OptionEntry {
  readonly key: string;
  readonly value: Node;
  /** The property or assignment that sets it. */
  readonly node: TSESTree.Property | TSESTree.AssignmentExpression;
  /** The object literal it is written in; null for an assignment. */
  readonly owner: TSESTree.ObjectExpression | null;
  /** Set in a branch, a loop or a callback: it may not be in effect for the request. */
  readonly conditional: boolean;
}

export interface AssembledOptions {
  /** The object literal the options start as. */
  readonly object: TSESTree.ObjectExpression;
  readonly entries: readonly OptionEntry[];
  /** A spread, key or write could not be read: absent keys may still be set. */
  readonly incomplete: boolean;
  /** Handed to other code before the request: any option may be set there. */
  readonly escaped: boolean;
  /** Writes below a key: `init.headers.Authorization = t`, `init.headers.set(…)`. */
  readonly nested: readonly { readonly key: string; readonly node: Node }[];
}

const MAX_DEPTH = 4;
const MAX_REFERENCES = 64;
/** Calls that read an object without keeping or changing it. */
const READERS = /^(?:console\.\w+|JSON\.stringify|Object\.(?:keys|values|entries|freeze))$/;

interface Builder {
  byKey: Map<string, OptionEntry>;
  incomplete: boolean;
  escaped: boolean;
  nested: { key: string; node: Node }[];
}

function put(builder: Builder, entry: OptionEntry): void {
  builder.byKey.delete(entry.key);
  builder.byKey.set(entry.key, entry);
}

/** The variables holding the object: the one it initialises and constants copied from it, in declaration order. */
function holders(ctx: ValueContext, object: TSESTree.ObjectExpression): Variable[] {
  const found: Variable[] = [];
  let declarator: Node | undefined = object.parent;
  while (found.length < 4 && declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.Identifier) {
    const variable: Variable | undefined = contextOf(ctx, declarator).sourceCode.getDeclaredVariables(declarator)[0];
    if (!variable || !isStableVariable(variable)) return [];
    found.push(variable);
    // const init = base; — the copy names the same object.
    const copy: TSESLint.Scope.Reference | undefined = variable.references.find((ref: TSESLint.Scope.Reference) => ref.identifier.parent?.type === AST_NODE_TYPES.VariableDeclarator && ref.identifier.parent.init === ref.identifier);
    declarator = copy?.identifier.parent;
  }
  return found;
}

/** Whether a write at `ref` is in effect at `use`: always, maybe (`conditional`), or not (after it, in order). */
function ordering(ctx: ValueContext, ref: Node, use: Node): 'before' | 'conditional' | 'after' {
  const outer = commonAncestor(ref, use);
  if (!outer) return 'conditional';
  const usePath = branchPath(ctx, use, outer);
  const refPath = branchPath(ctx, ref, outer);
  if (usePath.inFunction || refPath.inFunction || usePath.inLoop) return ref.range[0] < use.range[0] || usePath.inFunction || usePath.inLoop ? 'conditional' : 'after';
  if (ref.range[0] > use.range[0]) return 'after';
  return refPath.conditions.length > 0 || refPath.conditional || refPath.inLoop ? 'conditional' : 'before';
}

function readLiteral(ctx: ValueContext, object: TSESTree.ObjectExpression, builder: Builder, depth: number): void {
  for (const prop of object.properties) {
    if (prop.type === AST_NODE_TYPES.SpreadElement) {
      const spread = assembleOptions(ctx, prop.argument, object, depth + 1);
      if (!spread) {
        builder.incomplete = true;
        continue;
      }
      for (const entry of spread.entries) put(builder, entry);
      builder.incomplete ||= spread.incomplete;
      builder.escaped ||= spread.escaped;
      builder.nested.push(...spread.nested);
      continue;
    }
    const key = propertyKeyName(ctx, prop);
    if (key === null) builder.incomplete = true;
    else if (prop.kind === 'init') put(builder, { key, value: prop.value, node: prop, owner: object, conditional: false });
  }
}

/** `Object.assign(init, …sources)`: each source's entries, in order. */
function readAssign(ctx: ValueContext, call: TSESTree.CallExpression, builder: Builder, conditional: boolean, depth: number): void {
  for (const source of call.arguments.slice(1)) {
    const entries = source.type === AST_NODE_TYPES.SpreadElement ? null : assembleOptions(ctx, source, call, depth + 1);
    if (!entries || entries.escaped) {
      builder.incomplete = true;
      continue;
    }
    for (const entry of entries.entries) put(builder, { ...entry, conditional: conditional || entry.conditional });
    builder.incomplete ||= entries.incomplete;
  }
}

/** A member access on the object: a write to a key, a write below it, a `delete`, or a read. */
function readMember(ctx: ValueContext, member: TSESTree.MemberExpression, builder: Builder, conditional: boolean): void {
  const key = getPropertyName(ctx, member);
  const outer = member.parent;
  if (outer?.type === AST_NODE_TYPES.AssignmentExpression && outer.left === member) {
    if (key === null) builder.incomplete = true;
    else put(builder, { key, value: outer.right, node: outer, owner: null, conditional: conditional || outer.operator !== '=' });
  } else if (outer?.type === AST_NODE_TYPES.UnaryExpression && outer.operator === 'delete') {
    if (key !== null && !conditional) builder.byKey.delete(key);
    else builder.incomplete = true;
  } else if (outer?.type === AST_NODE_TYPES.MemberExpression && outer.object === member && key !== null) {
    // init.headers.Authorization = token; init.headers.set('X-Session-Token', token)
    const write = outer.parent;
    const writes =
      (write?.type === AST_NODE_TYPES.AssignmentExpression && write.left === outer) ||
      (write?.type === AST_NODE_TYPES.CallExpression && write.callee === outer);
    if (writes) builder.nested.push({ key, node: write });
  }
}

/** One use of a variable holding the object, before the request (or in an unknown order). */
function readReference(ctx: ValueContext, id: Node, builder: Builder, conditional: boolean, depth: number): void {
  const parent = id.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === id) {
    readMember(ctx, parent, builder, conditional);
  } else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== id) {
    const name = textOf(ctx, parent.callee).replace(/\s+/g, '');
    if (name === 'Object.assign' && parent.arguments[0] === id) readAssign(ctx, parent, builder, conditional, depth);
    else if (!READERS.test(name) && !REQUEST_CALLEES.has(calleeName(ctx, parent.callee) ?? '')) builder.escaped = true;
  } else if (parent?.type === AST_NODE_TYPES.SpreadElement && parent.parent?.type === AST_NODE_TYPES.ObjectExpression) {
    // { ...init }: read only.
  } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === id) {
    // A copy of the reference: its own references are read as the object's.
  } else {
    builder.escaped = true;
  }
}

/**
 * The options an argument holds at the request `use`: the object literal it
 * resolves to, with the writes into it that run before `use`. Null when the
 * argument is not an object literal (through constants).
 */
export function assembleOptions(ctx: ValueContext, argument: Node, use: Node, depth = 0): AssembledOptions | null {
  const object = resolveExpression(ctx, argument);
  if (object.type !== AST_NODE_TYPES.ObjectExpression || depth > MAX_DEPTH) return null;
  const builder: Builder = { byKey: new Map(), incomplete: false, escaped: false, nested: [] };
  readLiteral(ctx, object, builder, depth);
  if (unwrap(argument) !== object) {
    const references = holders(ctx, object).flatMap((variable) => variable.references.filter((ref) => !ref.init));
    if (references.length > MAX_REFERENCES) return { object, entries: [...builder.byKey.values()], incomplete: true, escaped: true, nested: [] };
    references.sort((a, b) => a.identifier.range[0] - b.identifier.range[0]);
    for (const ref of references) {
      const id = ref.identifier as Node;
      if (id.range[0] >= use.range[0] && id.range[1] <= use.range[1]) continue;
      const order = ordering(ctx, id, use);
      if (order !== 'after') readReference(ctx, id, builder, order === 'conditional', depth);
    }
  }
  return { object, entries: [...builder.byKey.values()], incomplete: builder.incomplete, escaped: builder.escaped, nested: builder.nested };
}
