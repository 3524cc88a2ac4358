/**
 * Configuration objects written in JavaScript (a `serverless.ts`, a CDK
 * stack, a webpack or Nuxt config) as the same data tree JSON and YAML files
 * give, so one reading serves every format. Literals written in place keep
 * their node (fixes may edit them); values read through constants are
 * scalars that fixes leave alone.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { getObjectEntries, getStaticValue, resolveExpression, unwrap, type ValueContext } from '../core/values.js';
import type { DataNode, DataScalar, SyntaxNode } from './data-tree.js';

type Node = TSESTree.Node;

const MAX_DEPTH = 24;

function scalarStyle(node: Node): DataScalar['style'] {
  if (node.type !== AST_NODE_TYPES.Literal) return 'double-quoted';
  if (typeof node.value !== 'string') return 'plain';
  return node.raw.startsWith("'") ? 'single-quoted' : 'double-quoted';
}

function scalar(ctx: ValueContext, use: Node): DataNode {
  const inner = unwrap(use);
  const value = getStaticValue(ctx, inner)?.value;
  const primitive = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  if (!primitive) return { kind: 'opaque', node: inner as unknown as SyntaxNode };
  const inPlace = inner.type === AST_NODE_TYPES.Literal;
  return {
    kind: 'scalar',
    node: inner as unknown as SyntaxNode,
    value: value as DataScalar['value'],
    style: scalarStyle(inner),
    language: 'javascript',
    ...(inPlace ? {} : { editable: false as const }),
  } satisfies DataScalar;
}

/** The data tree of a JavaScript expression: objects, arrays and static scalars; anything else is opaque. */
export function dataFromExpression(ctx: ValueContext, node: Node, depth = 0): DataNode {
  const use = unwrap(node);
  if (depth > MAX_DEPTH) return { kind: 'opaque', node: use as unknown as SyntaxNode };
  const target = unwrap(resolveExpression(ctx, use));
  if (target.type === AST_NODE_TYPES.ObjectExpression) {
    const entries = getObjectEntries(ctx, target);
    if (!entries) return { kind: 'opaque', node: use as unknown as SyntaxNode };
    return {
      kind: 'object',
      node: target as unknown as SyntaxNode,
      entries: entries.entries.map((entry) => ({
        key: entry.key,
        node: entry.node as unknown as SyntaxNode,
        value: dataFromExpression(ctx, entry.value, depth + 1),
      })),
    };
  }
  if (target.type === AST_NODE_TYPES.ArrayExpression) {
    return {
      kind: 'array',
      node: target as unknown as SyntaxNode,
      items: target.elements.flatMap((element) =>
        element && element.type !== AST_NODE_TYPES.SpreadElement
          ? [{ node: element as unknown as SyntaxNode, value: dataFromExpression(ctx, element, depth + 1) }]
          : [],
      ),
    };
  }
  return scalar(ctx, use);
}
