import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { CANONICAL_HEADER, headerTokens, LIST_HEADERS_WITH_WILDCARD } from '../analysis/server/header-names.js';
import { getCorsModel } from '../analysis/model.js';
import { grantsAlongside, once, writesOf } from '../analysis/server/queries.js';
import { getStaticValue } from '../analysis/core/values.js';
import { isRemovable, removeWrite, replaceWriteValue, valueReportNode } from '../fixes/header-edits.js';
import { createRule } from '../util/create-rule.js';
import { mentionsCredentials } from '../analysis/relevance.js';

export type MessageIds = 'wildcardListWithCredentials' | 'removeWildcard';
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'no-wildcard-headers-with-credentials',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow `*` in Access-Control-Allow-Headers, -Allow-Methods and -Expose-Headers on responses that allow credentials',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      wildcardListWithCredentials:
        'With credentials, browsers read `*` in {{header}} as a literal name, not a wildcard, so nothing beyond the safelisted names is allowed. List the names explicitly.',
      removeWildcard: 'Remove the `*` (it has no effect on credentialed requests).',
    },
  },
  create(context) {
    // Every finding of this rule involves credentials: skip files that never mention them.
    if (!mentionsCredentials(context.sourceCode)) return {};
    return {
      Program() {
        const model = getCorsModel(context.sourceCode);
        const headers = model.headers;
        if (!headers) return;
        const first = once<TSESTree.Node>();
        for (const scope of headers.scopes) {
          for (const header of LIST_HEADERS_WITH_WILDCARD) {
            for (const contribution of writesOf(scope, header)) {
              const { write } = contribution;
              if (!write.valueNode) continue;
              const value = getStaticValue(model.context, write.valueNode)?.value;
              const list = Array.isArray(value) ? value : [value];
              if (!list.every((item): item is string => typeof item === 'string')) continue;
              const tokens = list.flatMap(headerTokens);
              if (!tokens.includes('*')) continue;
              if (grantsAlongside(headers, scope, contribution).length === 0) continue;
              const node = valueReportNode(write);
              if (!node || !first(node)) continue;
              const rest = tokens.filter((t) => t !== '*');
              const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
              if (rest.length > 0 && typeof value === 'string') {
                suggest.push({
                  messageId: 'removeWildcard',
                  fix: (fixer) => replaceWriteValue(model.context, fixer, write, rest.join(', ')),
                });
              } else if (rest.length === 0 && isRemovable(write)) {
                suggest.push({ messageId: 'removeWildcard', fix: (fixer) => removeWrite(model.context, fixer, write)! });
              }
              context.report({
                node,
                messageId: 'wildcardListWithCredentials',
                data: { header: CANONICAL_HEADER[header] },
                suggest,
              });
            }
          }
        }
      },
    };
  },
});
