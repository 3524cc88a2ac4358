/**
 * JSON and YAML configuration files as one neutral tree of objects, arrays and
 * scalars, each remembering the node it came from (for locations and fixes).
 * JSON comes from `@eslint/json` (Momoa nodes), YAML from `yaml-eslint-parser`;
 * the plugin depends on neither: it only reads the node shapes they produce.
 */

/** A node of either parser: only `type` and `range` are relied on outside this file. */
export interface SyntaxNode {
  readonly type: string;
  readonly range: readonly [number, number];
  readonly [key: string]: unknown;
}

export type DataNode = DataObject | DataArray | DataScalar | DataOpaque;

export interface DataObject {
  readonly kind: 'object';
  readonly node: SyntaxNode;
  readonly entries: readonly DataEntry[];
}

export interface DataEntry {
  readonly key: string;
  /** The member or pair: what a removal takes out. */
  readonly node: SyntaxNode;
  readonly value: DataNode;
}

export interface DataArray {
  readonly kind: 'array';
  readonly node: SyntaxNode;
  /** Each item with the node a removal takes out (the element). */
  readonly items: readonly { readonly node: SyntaxNode; readonly value: DataNode }[];
}

export interface DataScalar {
  readonly kind: 'scalar';
  readonly node: SyntaxNode;
  readonly value: string | number | boolean | null;
  /** How the scalar is written: JSON strings are `double-quoted`, JSON numbers and booleans `plain`. */
  readonly style: 'plain' | 'single-quoted' | 'double-quoted' | 'block';
  /**
   * False when the value is written elsewhere (a constant shared with other
   * code): a fix must not edit it.
   */
  readonly editable?: false;
  /** Written in JavaScript (a configuration object in code): edits write JavaScript literals. */
  readonly language?: 'javascript';
}

/** Aliases, tags and anything else whose value is not read: unknown. */
export interface DataOpaque {
  readonly kind: 'opaque';
  readonly node: SyntaxNode;
}

/** Deeper than this, a configuration is not one people write by hand: unknown. */
const MAX_DEPTH = 64;

type Raw = SyntaxNode & Record<string, unknown>;

interface Located {
  readonly loc?: { readonly start?: { readonly offset?: unknown }; readonly end?: { readonly offset?: unknown } };
}

/** A parser node with a range; Momoa gives some nodes (array elements) only offsets in `loc`. */
function asNode(value: unknown): Raw | null {
  if (typeof value !== 'object' || value === null || typeof (value as Raw).type !== 'string') return null;
  if (Array.isArray((value as Raw).range)) return value as Raw;
  const { loc } = value as Located;
  const start = loc?.start?.offset;
  const end = loc?.end?.offset;
  if (typeof start !== 'number' || typeof end !== 'number') return null;
  return { ...(value as Raw), range: [start, end] };
}

function list(value: unknown): Raw[] {
  return Array.isArray(value) ? value.map(asNode).filter((n): n is Raw => n !== null) : [];
}

function scalarKey(node: DataNode): string | null {
  return node.kind === 'scalar' && node.value !== null ? String(node.value) : null;
}

/**
 * An object node of the parser's members (JSON, key node under `name`) or
 * pairs (YAML, under `key`): `keyOf` reads a key node, `read` a value node; a
 * member whose key or value is missing or unreadable is left out.
 */
function objectOf(node: Raw, members: unknown, keyField: string, keyOf: (key: Raw) => string | null, read: (value: Raw) => DataNode): DataObject {
  const entries: DataEntry[] = [];
  for (const member of list(members)) {
    const key = asNode(member[keyField]);
    const value = asNode(member.value);
    const name = key && value ? keyOf(key) : null;
    if (name !== null) entries.push({ key: name, node: member, value: read(value!) });
  }
  return { kind: 'object', node, entries };
}

/** An array node of the parser's elements; `item` reads one's value, or leaves it out with null. */
function arrayOf(node: Raw, elements: unknown, item: (element: Raw) => DataNode | null): DataArray {
  return {
    kind: 'array',
    node,
    items: list(elements).flatMap((element) => {
      const value = item(element);
      return value ? [{ node: element, value }] : [];
    }),
  };
}

function jsonKey(name: Raw): string | null {
  return typeof name.value === 'string' ? name.value : typeof name.name === 'string' ? name.name : null;
}

function fromJson(node: Raw, depth: number): DataNode {
  if (depth > MAX_DEPTH) return { kind: 'opaque', node };
  switch (node.type) {
    case 'Document':
      return asNode(node.body) ? fromJson(asNode(node.body)!, depth + 1) : { kind: 'opaque', node };
    case 'Object':
      // A key is a string, or an identifier in JSON5.
      return objectOf(node, node.members, 'name', jsonKey, (value) => fromJson(value, depth + 1));
    case 'Array':
      return arrayOf(node, node.elements, (element) => {
        const value = asNode(element.value);
        return value ? fromJson(value, depth + 1) : null;
      });
    case 'String':
      return { kind: 'scalar', node, value: node.value as string, style: 'double-quoted' };
    case 'Number':
    case 'Boolean':
      return { kind: 'scalar', node, value: node.value as number | boolean, style: 'plain' };
    case 'Null':
      return { kind: 'scalar', node, value: null, style: 'plain' };
    default:
      return { kind: 'opaque', node };
  }
}

function yamlStyle(style: unknown): DataScalar['style'] {
  if (style === 'single-quoted' || style === 'double-quoted' || style === 'plain') return style;
  return 'block';
}

function fromYaml(node: Raw, depth: number): DataNode {
  if (depth > MAX_DEPTH) return { kind: 'opaque', node };
  switch (node.type) {
    case 'YAMLDocument':
      return asNode(node.content) ? fromYaml(asNode(node.content)!, depth + 1) : { kind: 'opaque', node };
    case 'YAMLWithMeta':
      // An anchor keeps the value readable; a tag may change its type: unknown.
      return node.tag === null && asNode(node.value) ? fromYaml(asNode(node.value)!, depth + 1) : { kind: 'opaque', node };
    case 'YAMLMapping':
      return objectOf(
        node,
        node.pairs,
        'key',
        (key) => scalarKey(fromYaml(key, depth + 1)),
        (value) => fromYaml(value, depth + 1),
      );
    case 'YAMLSequence':
      return arrayOf(node, node.entries, (entry) => fromYaml(entry, depth + 1));
    case 'YAMLScalar': {
      const value = node.value;
      const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null;
      return scalar ? { kind: 'scalar', node, value: value as DataScalar['value'], style: yamlStyle(node.style) } : { kind: 'opaque', node };
    }
    default:
      return { kind: 'opaque', node };
  }
}

/**
 * The data tree of a parsed file, or null when the tree is not JSON or YAML
 * (a JavaScript `Program`, for instance).
 */
export function dataTree(ast: unknown): DataNode | null {
  const root = asNode(ast);
  if (!root) return null;
  if (root.type === 'Document') return fromJson(root, 0);
  if (root.type === 'Program') {
    const [document] = list(root.body);
    if (document?.type === 'YAMLDocument') return fromYaml(document, 0);
  }
  return null;
}

/** The value under `key` of an object node, or null. Later keys win, as in both formats. */
export function entryOf(node: DataNode | null | undefined, key: string): DataEntry | null {
  if (node?.kind !== 'object') return null;
  let found: DataEntry | null = null;
  for (const entry of node.entries) if (entry.key === key) found = entry;
  return found;
}

export function valueOf(node: DataNode | null | undefined, key: string): DataNode | null {
  return entryOf(node, key)?.value ?? null;
}

/** A scalar's string value (numbers and booleans as written), or null. */
export function stringOf(node: DataNode | null | undefined): string | null {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : null;
}

/** Items of an array, or the node itself when it is one object (formats that accept either). */
export function itemsOf(node: DataNode | null | undefined): DataNode[] {
  if (node?.kind === 'array') return node.items.map((i) => i.value);
  return node ? [node] : [];
}
