import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { getCorsModel } from '../analysis/model.js';
import { once, type HeaderWrite } from '../analysis/server/queries.js';
import { resolveExpression, type ValueContext } from '../analysis/core/values.js';
import { isRemovable, removeWrite } from '../fixes/header-edits.js';
import { removeListItem } from '../fixes/object-edits.js';
import { createRule } from '../util/create-rule.js';
import { mentionsCredentials } from '../analysis/relevance.js';

export type MessageIds = 'nullOrigin' | 'removeNull' | 'removeHeader';
export type Options = [];

type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

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

export default createRule<Options, MessageIds>({
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
        "The origin 'null' is trusted with credentials, but any page can send `Origin: null` (sandboxed iframes, data: and file: documents, some redirects): this is as open as allowing every origin. Remove it.",
      removeNull: "Remove 'null'.",
      removeHeader: "Remove the `Access-Control-Allow-Origin: null` header.",
    },
  },
  create(context) {
    // Only 'null' trusted together with credentials is reported: both words must be in the file.
    if (!mentionsCredentials(context.sourceCode) || !/null/.test(context.sourceCode.text)) return {};
    return {
      Program() {
        const model = getCorsModel(context.sourceCode);
        const ctx = model.context;
        const first = once<TSESTree.Node>();
        const report = (node: TSESTree.Node, write: HeaderWrite | null) => {
          if (!first(node)) return;
          const suggest: Suggestion[] = [];
          if (node.parent?.type === AST_NODE_TYPES.ArrayExpression) {
            // One entry of an allowlist.
            suggest.push({ messageId: 'removeNull', fix: (fixer) => removeListItem(ctx, fixer, node) });
          } else if (write && isRemovable(write) && write.valueNode && resolveExpression(ctx, write.valueNode) === node) {
            // A fixed `Access-Control-Allow-Origin: null`: without the header nothing is trusted.
            suggest.push({ messageId: 'removeHeader', fix: (fixer) => removeWrite(ctx, fixer, write) });
          } else {
            const alternative = removeAlternative(ctx, node);
            if (alternative) suggest.push(alternative);
          }
          context.report({ node, messageId: 'nullOrigin', suggest });
        };
        for (const policy of model.policies?.policies ?? []) {
          if (policy.credentials.kind !== 'on') continue;
          for (const node of policy.origin.nullOrigins) report(node, null);
        }
        for (const finding of model.reflection?.nullOrigins ?? []) report(finding.node, finding.write);
      },
    };
  },
});
