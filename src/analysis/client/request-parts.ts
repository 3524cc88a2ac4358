/**
 * Small pieces of a request's reading: how a call inherits credentials from its
 * instance or a global default, where an instance's base URL is, and which node
 * stands for an instance in a report.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { resolveExpression, unwrap, type ValueContext } from '../core/values.js';
import { optionValue, type OptionsInfo } from './options.js';
import type { CredentialsDialect, CredentialsEdit, CredentialsSetting } from './types.js';

type Node = TSESTree.Node;

export function inherit(own: CredentialsSetting, parent: CredentialsSetting | null, from: 'instance' | 'global'): CredentialsSetting {
  if (own.from !== 'default' || !parent) return own;
  if (parent.mode === 'default') return own;
  if (parent.mode === 'include' || parent.mode === 'unknown') return { ...parent, from };
  return { ...parent, from, uncertain: own.uncertain };
}

export function baseOption(options: OptionsInfo, keys: readonly string[]): Node | null {
  for (const key of keys) {
    const value = optionValue(options, key);
    if (value) return value;
  }
  return null;
}

/**
 * The smallest node naming where an instance sends requests: its base-URL
 * property when the call writes one, else the factory (`axios.create`).
 */
export function instanceTarget(call: TSESTree.CallExpression, options: OptionsInfo, baseKeys: readonly string[]): Node {
  for (const key of baseKeys) {
    const entry = options.entries?.entries.find((e) => e.key === key);
    if (entry) return entry.node.range[0] >= call.range[0] && entry.node.range[1] <= call.range[1] ? entry.node : call.callee;
  }
  return call.callee;
}

export function replaceEdit(value: Node | null, dialect: CredentialsDialect): CredentialsEdit | null {
  if (!value) return null;
  return { kind: 'replace', value, dialect, local: unwrap(value).type === AST_NODE_TYPES.Literal };
}

export function isObjectArgument(ctx: ValueContext, node: Node | undefined): boolean {
  return node !== undefined && resolveExpression(ctx, node).type === AST_NODE_TYPES.ObjectExpression;
}
