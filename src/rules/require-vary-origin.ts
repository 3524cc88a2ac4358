import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { HEADER } from '../analysis/server/header-names.js';
import { getCorsModel } from '../analysis/model.js';
import { hasVaryOrigin, once, varyAlongside } from '../analysis/server/queries.js';
import { getStaticString, unwrap } from '../analysis/core/values.js';
import { headerNameLike, insertHeaderAfter, replaceStringLiteral, varyCallLike } from '../fixes/header-edits.js';
import { createRule } from '../util/create-rule.js';
import { mentionsCorsHeaders } from '../analysis/relevance.js';

export type MessageIds = 'missingVary';
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'require-vary-origin',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `Vary: Origin` on responses whose Access-Control-Allow-Origin depends on the request',
      recommended: true,
    },
    fixable: 'code',
    schema: [],
    messages: {
      missingVary:
        'Access-Control-Allow-Origin is chosen per request but the response has no `Vary: Origin`, so caches can serve one origin\'s answer to another (broken CORS or cache poisoning). Add `Vary: Origin`.',
    },
  },
  create(context) {
    if (!mentionsCorsHeaders(context.sourceCode)) return {};
    return {
      Program() {
        const model = getCorsModel(context.sourceCode);
        const headers = model.headers;
        if (!headers) return;
        const first = once<TSESTree.Node>();
        const fixedScopes = new Set<unknown>();
        for (const scope of headers.scopes) {
          for (const contribution of scope.own) {
            const { write } = contribution;
            if (write.name !== HEADER.allowOrigin || !headers.isPerRequest(write)) continue;
            if (hasVaryOrigin(model.context, scope, contribution) || !first(write.node)) continue;
            const canFix = !fixedScopes.has(scope.node);
            fixedScopes.add(scope.node);
            // A `Vary` without Origin on the same response: extend its literal instead of adding a second one.
            const plainVary = varyAlongside(scope, contribution).find(
              (v) =>
                scope.own.includes(v) &&
                !v.write.append &&
                v.write.valueNode?.type === AST_NODE_TYPES.Literal &&
                getStaticString(model.context, v.write.valueNode) !== null,
            );
            const varyName = headerNameLike(model.context, write, HEADER.vary);
            context.report({
              node: write.node,
              messageId: 'missingVary',
              fix: canFix
                ? (fixer) => {
                    if (plainVary) {
                      const current = getStaticString(model.context, unwrap(plainVary.write.valueNode!))!;
                      return replaceStringLiteral(model.context, fixer, plainVary.write.valueNode!, `${current}, Origin`);
                    }
                    return insertHeaderAfter(model.context, fixer, write, varyName, 'Origin', varyCallLike(model.context, write, headers.imports, varyName));
                  }
                : null,
            });
          }
        }
      },
    };
  },
});
