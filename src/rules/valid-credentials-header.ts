import type { TSESLint } from '@typescript-eslint/utils';
import { HEADER } from '../analysis/server/header-names.js';
import { getCorsModel } from '../analysis/model.js';
import { isRemovable, removeWrite, replaceWriteValue, valueReportNode } from '../fixes/header-edits.js';
import { createRule } from '../util/create-rule.js';
import { mentionsCredentials } from '../analysis/relevance.js';

export type MessageIds = 'miscasedTrue' | 'falseCredentials' | 'invalidCredentials' | 'removeHeader' | 'useTrue';
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'valid-credentials-header',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce that Access-Control-Allow-Credentials is exactly `true`',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      miscasedTrue:
        'Access-Control-Allow-Credentials must be exactly the lower-case string `true`; browsers reject {{value}}, so credentialed requests fail.',
      falseCredentials:
        'Access-Control-Allow-Credentials has no `false` value: browsers ignore it. Omit the header to deny credentials.',
      invalidCredentials:
        'Access-Control-Allow-Credentials only accepts `true`; browsers reject {{value}}, so credentialed requests fail. Send `true` or omit the header.',
      removeHeader: 'Remove the header.',
      useTrue: "Send 'true'.",
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
        for (const write of headers.writes) {
          if (write.name !== HEADER.allowCredentials) continue;
          const value = headers.classifyCredentials(write);
          if (value.kind === 'true' || value.kind === 'dynamic') continue;
          const node = valueReportNode(write);
          if (!node) continue;
          const shown = JSON.stringify(value.text);
          const remove: TSESLint.SuggestionReportDescriptor<MessageIds>[] = isRemovable(write)
            ? [{ messageId: 'removeHeader', fix: (fixer) => removeWrite(model.context, fixer, write)! }]
            : [];
          if (value.kind === 'miscased') {
            context.report({
              node,
              messageId: 'miscasedTrue',
              data: { value: shown },
              fix: (fixer) => replaceWriteValue(model.context, fixer, write, 'true'),
            });
          } else if (value.kind === 'false') {
            context.report({ node, messageId: 'falseCredentials', suggest: remove });
          } else {
            const useTrue: TSESLint.SuggestionReportDescriptor<MessageIds> = {
              messageId: 'useTrue',
              fix: (fixer) => replaceWriteValue(model.context, fixer, write, 'true'),
            };
            context.report({ node, messageId: 'invalidCredentials', data: { value: shown }, suggest: [useTrue, ...remove] });
          }
        }
      },
    };
  },
});
