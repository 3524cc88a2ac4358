import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { HeaderWrite } from '../analysis/server/queries.js';
import { resolveExpression, type ValueContext } from '../analysis/core/values.js';
import { removeWrite } from '../fixes/header-edits.js';
import { removeListItem } from '../fixes/object-edits.js';
import { createCorsRule, type CorsSuggestion } from '../util/cors-rule.js';
import { nullOrigins } from '../analysis/deploy/findings.js';
import { removeListEntry } from '../fixes/data-edits.js';

export type MessageIds = 'nullOrigin' | 'nullOriginWhen' | 'removeNull' | 'removeHeader';
export type Options = [];

type Suggestion = CorsSuggestion<MessageIds>;

/**
 * `origin === 'null' || rest` → `rest`: the comparison that trusts `'null'`
 * is one alternative of a condition and can go on its own.
 */
function removeAlternative(ctx: ValueContext, literal: TSESTree.Node): Suggestion | null {
  const comparison = literal.parent;
  if (comparison?.type !== AST_NODE_TYPES.BinaryExpression || (comparison.operator !== '===' && comparison.operator !== '==')) return null;
  const or = comparison.parent;
  if (or?.type !== AST_NODE_TYPES.LogicalExpression || or.operator !== '||') return null;
  const { sourceCode } = ctx;
  const operator = sourceCode.getTokenAfter(or.left, (t) => t.value === '||')!;
  // The operand with its parentheses, if any, and the `||` next to it.
  const range: [number, number] =
    or.left === comparison
      ? [or.range[0], sourceCode.getTokenAfter(operator, { includeComments: true })!.range[0]]
      : [sourceCode.getTokenBefore(operator, { includeComments: true })!.range[1], or.range[1]];
  return { messageId: 'removeNull', fix: (fixer) => fixer.removeRange(range) };
}

/** How to stop trusting `'null'` at `node`: drop the allowlist entry, the header, or the `||` alternative. */
function removal(ctx: ValueContext, node: TSESTree.Node, write: HeaderWrite | null): Suggestion | null {
  // One entry of an allowlist.
  if (node.parent?.type === AST_NODE_TYPES.ArrayExpression) return { messageId: 'removeNull', fix: (fixer) => removeListItem(ctx, fixer, node) };
  // A fixed `Access-Control-Allow-Origin: null`: without the header nothing is trusted.
  if (write?.valueNode && resolveExpression(ctx, write.valueNode) === node) {
    return { messageId: 'removeHeader', fix: (fixer) => removeWrite(ctx, fixer, write) };
  }
  return removeAlternative(ctx, node);
}

export default createCorsRule<Options, MessageIds>({
  name: 'no-null-origin',
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow trusting the `'null'` origin on responses that allow credentials",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      nullOrigin:
        "Any page can send `Origin: null` (sandboxed iframes, data: and file: documents), so trusting 'null' with credentials trusts every site. Remove it.",
      nullOriginWhen:
        "Any page can send `Origin: null` (sandboxed iframes, data: and file: documents), so trusting 'null' with credentials {{condition}} trusts every site then. Remove it.",
      removeNull: "Remove 'null'.",
      removeHeader: 'Remove the `Access-Control-Allow-Origin: null` header.',
    },
  },
  gate: 'server',
  create(context) {
    const { model, values } = context;
    const report = (node: TSESTree.Node, write: HeaderWrite | null, condition: string | null = null) => {
      const suggestion = removal(values, node, write);
      const message = condition ? { messageId: 'nullOriginWhen' as const, data: { condition } } : { messageId: 'nullOrigin' as const };
      context.report({ node, ...message, suggest: suggestion ? [suggestion] : [] });
    };
    for (const policy of model.policies?.policies ?? []) {
      if (policy.credentials.kind !== 'on') continue;
      for (const node of policy.origin.nullOrigins) report(node, null);
    }
    for (const finding of model.reflection?.nullOrigins ?? []) report(finding.node, finding.write, finding.condition);
  },
  deploy({ facts, text, report }) {
    for (const { header } of nullOrigins(facts)) {
      report({
        node: header.valueNode.node,
        messageId: 'nullOrigin',
        suggest: [{ messageId: 'removeHeader', fix: (fixer) => removeListEntry(fixer, text, header.entry, header.siblings) }],
      });
    }
  },
});
