import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { HEADER } from '../analysis/server/header-names.js';
import { getCorsModel } from '../analysis/model.js';
import { grantsAlongside, once, writesOf } from '../analysis/server/queries.js';
import { effectiveOrigin } from '../analysis/policies/index.js';
import { isRemovable, removeWrite, replaceWriteValue, valueReportNode } from '../fixes/header-edits.js';
import { originOptionText, removeCredentialsOption, setOriginOption } from '../fixes/policy-edits.js';
import { readCorsSettings } from '../settings.js';
import { createRule } from '../util/create-rule.js';
import { mentionsCredentials } from '../analysis/relevance.js';

export type MessageIds =
  | 'wildcardWithCredentials'
  | 'wildcardPolicy'
  | 'useAllowedOrigin'
  | 'removeCredentials'
  | 'removeCredentialsOption';
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'no-wildcard-origin-with-credentials',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `Access-Control-Allow-Origin: *` on responses that allow credentials',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      wildcardWithCredentials:
        'Browsers reject credentialed responses whose Access-Control-Allow-Origin is `*`, so this API fails for logged-in users. Name the trusted origin (settings.cors.allowedOrigins) or drop Access-Control-Allow-Credentials if the API is public.',
      useAllowedOrigin: 'Allow only {{origin}}.',
      removeCredentials: 'Remove Access-Control-Allow-Credentials (the API stays public, without cookies).',
      wildcardPolicy:
        '{{library}} sends Access-Control-Allow-Origin: * together with Access-Control-Allow-Credentials: true, which browsers reject, so this API fails for logged-in users. Set `origin` to the trusted origins (settings.cors.allowedOrigins) or turn credentials off if the API is public.',
      removeCredentialsOption: 'Turn credentials off (the API stays public, without cookies).',
    },
  },
  create(context) {
    const settings = readCorsSettings(context.settings);
    // Every finding of this rule involves credentials: skip files that never mention them.
    if (!mentionsCredentials(context.sourceCode)) return {};
    return {
      Program() {
        const model = getCorsModel(context.sourceCode);
        const first = once<TSESTree.Node>();
        const ctx = model.context;
        for (const policy of model.policies?.policies ?? []) {
          if (policy.credentials.kind !== 'on' || effectiveOrigin(policy) !== 'wildcard') continue;
          // The `'*'`, or the credentials option when the library's default origin is `*`.
          const node = policy.origin.wildcard ?? policy.credentials.property ?? policy.node;
          if (!first(node)) continue;
          const listText = originOptionText(ctx, policy, settings.allowedOrigins);
          const removeCredentials = removeCredentialsOption(ctx, policy);
          context.report({
            node,
            messageId: 'wildcardPolicy',
            data: { library: policy.semantics.label },
            fix: listText ? setOriginOption(ctx, policy, listText) : null,
            suggest: removeCredentials ? [{ messageId: 'removeCredentialsOption', fix: removeCredentials }] : [],
          });
        }
        const headers = model.headers;
        if (!headers) return;
        for (const scope of headers.scopes) {
          for (const contribution of writesOf(scope, HEADER.allowOrigin)) {
            const origin = headers.classifyOrigin(contribution.write);
            if (origin.kind !== 'wildcard') continue;
            const grants = grantsAlongside(headers, scope, contribution);
            if (grants.length === 0) continue;
            const { write } = contribution;
            const node = valueReportNode(write);
            if (!node || !first(node)) continue;
            const origins = settings.allowedOrigins;
            const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
            if (origins.length > 1) {
              for (const allowed of origins) {
                suggest.push({
                  messageId: 'useAllowedOrigin',
                  data: { origin: allowed },
                  fix: (fixer) => replaceWriteValue(model.context, fixer, write, allowed),
                });
              }
            }
            if (grants.every((g) => isRemovable(g.write))) {
              suggest.push({
                messageId: 'removeCredentials',
                fix: (fixer) => grants.map((g) => removeWrite(model.context, fixer, g.write)!),
              });
            }
            context.report({
              node,
              messageId: 'wildcardWithCredentials',
              fix: origins.length === 1 ? (fixer) => replaceWriteValue(model.context, fixer, write, origins[0]!) : null,
              suggest,
            });
          }
        }
      },
    };
  },
});
