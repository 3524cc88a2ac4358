/**
 * The properties of an object: as written in its literal, through spreads, and
 * as set by the statements that run before it is used.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { ValueContext } from './context.js';
import { unwrap } from './nodes.js';
import { objectStatementWrites, type EntryWrite } from './object-writes.js';
import { findVariable, propertyKeyName, resolveExpression } from './scope.js';

type Node = TSESTree.Node;

const MAX_DEPTH = 12;

export type { EntryWrite } from './object-writes.js';

export interface ObjectEntry {
  /** The key as written (case preserved). */
  readonly key: string;
  /**
   * The property that sets the key, as written in an object literal (also one
   * passed to `Object.assign`), or null when an assignment statement sets it
   * (`opts.origin = true`).
   */
  readonly property: TSESTree.Property | null;
  /** Where the key is last set: the property, or the assignment. Report here. */
  readonly node: TSESTree.Property | TSESTree.AssignmentExpression;
  /** The value last written. When `writes` has several, see `getEntryValues` for every possible value. */
  readonly value: Node;
  /** The object literal the property is written in (differs from the inspected object for spreads), or null for an assignment. */
  readonly owner: TSESTree.ObjectExpression | null;
  /** Every write of the key that can reach the use, in order, each with its branch: more than one when statements set it again on some paths. */
  readonly writes: readonly EntryWrite[];
}

export interface ObjectEntries {
  readonly entries: readonly ObjectEntry[];
  /** True when a spread or computed key could not be resolved: absent keys may still be set. */
  readonly incomplete: boolean;
}

function literalEntry(key: string, prop: TSESTree.Property, owner: TSESTree.ObjectExpression): ObjectEntry {
  const write: EntryWrite = { node: prop, value: prop.value, operator: '=', conditions: [], negation: null, conditional: false };
  return { key, property: prop, node: prop, value: prop.value, owner, writes: [write] };
}

/** An entry after one more write: a write that always runs replaces what came before. */
function addWrite(previous: ObjectEntry | undefined, key: string, write: EntryWrite, owner: TSESTree.ObjectExpression | null): ObjectEntry {
  const replaces = !write.conditional && write.operator === '=';
  const writes = replaces || !previous ? [write] : [...previous.writes, write];
  const property = write.node.type === AST_NODE_TYPES.Property ? write.node : null;
  return { key, property, node: write.node, value: write.value, owner, writes };
}

function literalEntries(ctx: ValueContext, object: TSESTree.ObjectExpression, depth: number): { byKey: Map<string, ObjectEntry>; incomplete: boolean } {
  const byKey = new Map<string, ObjectEntry>();
  let incomplete = false;
  for (const prop of object.properties) {
    if (prop.type === AST_NODE_TYPES.SpreadElement) {
      const spread = getObjectEntries(ctx, prop.argument, depth + 1);
      if (!spread) {
        incomplete = true;
        continue;
      }
      incomplete ||= spread.incomplete;
      for (const entry of spread.entries) {
        byKey.delete(entry.key);
        byKey.set(entry.key, entry);
      }
      continue;
    }
    const key = propertyKeyName(ctx, prop);
    if (key === null) {
      incomplete = true;
      continue;
    }
    if (prop.kind !== 'init') continue;
    byKey.delete(key);
    byKey.set(key, literalEntry(key, prop, object));
  }
  return { byKey, incomplete };
}

/** True when `id` names a variable initialised with `object` itself. */
function namesLiteral(ctx: ValueContext, id: Node, object: Node): id is TSESTree.Identifier {
  if (id.type !== AST_NODE_TYPES.Identifier) return false;
  const def = findVariable(ctx, id)?.defs[0];
  return def?.type === 'Variable' && def.node.init !== null && unwrap(def.node.init) === object;
}

/**
 * The properties of an object expression, following spreads of object literals
 * reachable through constants, and the statements that set keys of a named
 * object before this use (`opts.origin = true`, `Object.assign(opts, …)`).
 * Later entries override earlier ones, as at run time. Null when the object is
 * not known, also when it is handed to code that is not followed before the use.
 */
export function getObjectEntries(ctx: ValueContext, node: Node, depth = 0): ObjectEntries | null {
  const object = resolveExpression(ctx, node);
  if (object.type !== AST_NODE_TYPES.ObjectExpression || depth > MAX_DEPTH) return null;
  const { byKey, incomplete } = literalEntries(ctx, object, depth);
  const use = unwrap(node);
  if (namesLiteral(ctx, use, object)) {
    const writes = objectStatementWrites(ctx, use, (c, n) => getObjectEntries(c, n, depth + 1));
    if (writes === null) return null;
    for (const { key, write, owner } of writes) {
      const previous = byKey.get(key);
      byKey.delete(key);
      byKey.set(key, addWrite(previous, key, write, owner));
    }
  }
  return { entries: [...byKey.values()], incomplete };
}

/** Looks up one property of an object expression by exact key. */
export function getObjectEntry(ctx: ValueContext, node: Node, key: string): ObjectEntry | null {
  return getObjectEntries(ctx, node)?.entries.find((e) => e.key === key) ?? null;
}
