import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getCorsModel } from '../analysis/model.js';
import { once } from '../analysis/queries.js';
import { removeListItem } from '../fixes/object-edits.js';
import { createRule } from '../util/create-rule.js';

export type MessageIds = 'nullOrigin' | 'removeNull';
export type Options = [];

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
    },
  },
  create(context) {
    return {
      Program() {
        const model = getCorsModel(context.sourceCode);
        const ctx = model.context;
        const first = once<TSESTree.Node>();
        /** A `'null'` that is one element of an array literal can be removed on its own. */
        const report = (node: TSESTree.Node) => {
          if (!first(node)) return;
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] =
            node.parent?.type === AST_NODE_TYPES.ArrayExpression
              ? [{ messageId: 'removeNull', fix: (fixer) => removeListItem(ctx, fixer, node) }]
              : [];
          context.report({ node, messageId: 'nullOrigin', suggest });
        };
        for (const policy of model.policies?.policies ?? []) {
          if (policy.credentials.kind !== 'on') continue;
          for (const node of policy.origin.nullOrigins) report(node);
        }
        for (const finding of model.reflection?.nullOrigins ?? []) report(finding.node);
      },
    };
  },
});
