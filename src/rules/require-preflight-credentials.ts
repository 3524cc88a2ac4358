import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { HEADER } from '../analysis/server/header-names.js';
import { getCorsModel } from '../analysis/model.js';
import { isWrittenAtSite, moduleGrantsCredentials, once } from '../analysis/server/queries.js';
import { headerNameLike, insertHeaderAfter, sameCallLike } from '../fixes/header-edits.js';
import { createRule } from '../util/create-rule.js';
import { mentionsCredentials } from '../analysis/relevance.js';

export type MessageIds = 'preflightWithoutCredentials' | 'addCredentials';
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'require-preflight-credentials',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require preflight (OPTIONS) responses to send Access-Control-Allow-Credentials when the actual responses do',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      preflightWithoutCredentials:
        'This preflight response allows the origin but not credentials, while the actual responses of this module allow credentials: browsers fail the preflight and never send the credentialed request. Add `Access-Control-Allow-Credentials: true` here.',
      addCredentials:
        'Add `Access-Control-Allow-Credentials: true` (only once the origin written here is checked against the trusted origins: otherwise every site passes this preflight with cookies).',
    },
  },
  create(context) {
    // Every finding of this rule involves credentials: skip files that never mention them.
    if (!mentionsCredentials(context.sourceCode)) return {};
    return {
      Program() {
        const model = getCorsModel(context.sourceCode);
        const headers = model.headers;
        if (!headers || !moduleGrantsCredentials(headers)) return;
        const first = once<TSESTree.Node>();
        for (const scope of headers.scopes) {
          if (!scope.preflight) continue;
          // Headers not known statically may include the credentials header.
          if (scope.opaque.length > 0 || scope.own.some((c) => c.write.name === HEADER.allowCredentials)) continue;
          const origin = scope.own.find((c) => c.write.name === HEADER.allowOrigin);
          if (!origin || !first(origin.write.node)) continue;
          const value = headers.classifyOrigin(origin.write);
          // `*` and `null` cannot be made to work with credentials by adding the header.
          if (value.kind === 'wildcard' || value.kind === 'null') continue;
          const { write } = origin;
          const name = headerNameLike(model.context, write, HEADER.allowCredentials);
          const fix = (fixer: TSESLint.RuleFixer) =>
            insertHeaderAfter(model.context, fixer, write, name, 'true', sameCallLike(write, name, 'true'));
          // A write made inside a helper or a shared constant is shared with other responses: report, but do not edit it.
          const local = isWrittenAtSite(origin);
          // Credentials for a fixed or configured origin are what the actual responses already grant; for
          // an origin chosen per request they are only safe behind a real allowlist, which is the author's call.
          const safe = local && value.constant;
          context.report({
            node: write.node,
            messageId: 'preflightWithoutCredentials',
            fix: safe ? fix : null,
            suggest: local && !safe ? [{ messageId: 'addCredentials', fix }] : [],
          });
        }
      },
    };
  },
});
