import type { TSESTree } from '@typescript-eslint/utils';
import { HEADER } from '../analysis/header-names.js';
import { getCorsModel } from '../analysis/model.js';
import { isWrittenAtSite, moduleGrantsCredentials, once } from '../analysis/queries.js';
import { headerNameLike, insertHeaderAfter, sameCallLike } from '../fixes/header-edits.js';
import { createRule } from '../util/create-rule.js';

export type MessageIds = 'preflightWithoutCredentials';
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
    schema: [],
    messages: {
      preflightWithoutCredentials:
        'This preflight response allows the origin but not credentials, while the actual responses of this module allow credentials: browsers fail the preflight and never send the credentialed request. Add `Access-Control-Allow-Credentials: true` here.',
    },
  },
  create(context) {
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
          const origin = scope.own.find(
            (c) => c.write.name === HEADER.allowOrigin && headers.classifyOrigin(c.write).kind !== 'wildcard',
          );
          if (!origin || !first(origin.write.node)) continue;
          const { write } = origin;
          // A write made inside a helper or a shared constant is shared with other responses: report, but do not edit it.
          const direct = isWrittenAtSite(origin);
          const name = headerNameLike(model.context, write, HEADER.allowCredentials);
          context.report({
            node: write.node,
            messageId: 'preflightWithoutCredentials',
            fix: direct
              ? (fixer) => insertHeaderAfter(model.context, fixer, write, name, 'true', sameCallLike(write, name, 'true'))
              : null,
          });
        }
      },
    };
  },
});
