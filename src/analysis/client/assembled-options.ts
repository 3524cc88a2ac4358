/**
 * Request options assembled over statements: an object literal with the
 * properties written into it before the request (`init.credentials = 'include'`,
 * `Object.assign(init, { headers })`), spreads of such objects, and whether the
 * object was handed to code the analysis does not see (then anything may be set).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { objectStatementWrites, type ReadEntries } from '../core/object-writes.js';
import { findVariable, getPropertyName, propertyKeyName, resolveExpression, unwrap, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

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

/** The entries `Object.assign(init, source)` copies, for the statement reader. */
const readSource: ReadEntries = (ctx, node) => {
  const source = assembleOptions(ctx, node, node, MAX_DEPTH);
  if (!source || source.escaped) return null;
  const entries = source.entries.map((e) => ({ key: e.key, property: e.node.type === AST_NODE_TYPES.Property ? e.node : null, value: e.value, owner: e.owner }));
  return { entries, incomplete: source.incomplete };
};

/** Writes below a key before the request: `init.headers.Authorization = t`, `init.headers.set('X-Session-Token', t)`. */
function nestedWrites(ctx: ValueContext, id: TSESTree.Identifier, use: Node): { key: string; node: Node }[] {
  const found: { key: string; node: Node }[] = [];
  for (const ref of findVariable(ctx, id)?.references ?? []) {
    const member = ref.identifier.parent;
    if (ref.identifier.range[0] > use.range[0] || member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== ref.identifier) continue;
    const key = getPropertyName(ctx, member);
    const outer = member.parent;
    if (key === null || outer?.type !== AST_NODE_TYPES.MemberExpression || outer.object !== member) continue;
    const write = outer.parent;
    if ((write?.type === AST_NODE_TYPES.AssignmentExpression && write.left === outer) || (write?.type === AST_NODE_TYPES.CallExpression && write.callee === outer)) {
      found.push({ key, node: write });
    }
  }
  return found;
}

/** True when `id` names the variable initialised with `object` itself (not a copy of another name). */
function namesObject(ctx: ValueContext, id: Node, object: Node): id is TSESTree.Identifier {
  if (id.type !== AST_NODE_TYPES.Identifier) return false;
  const def = findVariable(ctx, id)?.defs[0];
  return def?.type === 'Variable' && def.node.init !== null && unwrap(def.node.init) === object;
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
  const id = unwrap(argument);
  if (namesObject(ctx, id, object)) {
    const writes = objectStatementWrites(ctx, id, readSource);
    if (writes === null) builder.escaped = true;
    for (const { key, write, owner } of writes ?? []) {
      put(builder, { key, value: write.value, node: write.node, owner, conditional: write.conditional || write.operator !== '=' });
    }
    builder.nested.push(...nestedWrites(ctx, id, use));
  } else if (id !== object) {
    // A copy of another name (`const init = base`): writes through either name are not followed.
    builder.escaped = true;
  }
  return { object, entries: [...builder.byKey.values()], incomplete: builder.incomplete, escaped: builder.escaped, nested: builder.nested };
}
