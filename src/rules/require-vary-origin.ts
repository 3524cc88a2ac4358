import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { HEADER } from '../analysis/server/header-names.js';
import { hasVaryOrigin, varyAlongside } from '../analysis/server/queries.js';
import { getStaticString, unwrap } from '../analysis/core/values.js';
import { headerNameLike, insertHeaderAfter, replaceStringLiteral, varyCallLike } from '../fixes/header-edits.js';
import { createCorsRule } from '../util/cors-rule.js';

export type MessageIds = 'missingVary';
export type Options = [];

export default createCorsRule<Options, MessageIds>({
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
        "Access-Control-Allow-Origin is chosen per request but the response lacks `Vary: Origin`, so caches can serve one origin's answer to another. Add `Vary: Origin`.",
    },
  },
  gate: 'headers',
  create(context) {
    const { model, values } = context;
    const headers = model.headers;
    if (!headers) return;
    const fixedScopes = new Set<unknown>();
    for (const scope of headers.scopes) {
      for (const contribution of scope.own) {
        const { write } = contribution;
        if (write.name !== HEADER.allowOrigin || !headers.isPerRequest(write)) continue;
        if (hasVaryOrigin(values, scope, contribution)) continue;
        const canFix = !fixedScopes.has(scope.node);
        fixedScopes.add(scope.node);
        // A `Vary` without Origin on the same response: extend its literal instead of adding a second one.
        const plainVary = varyAlongside(scope, contribution).find(
          (v) =>
            scope.own.includes(v) &&
            !v.write.append &&
            v.write.valueNode?.type === AST_NODE_TYPES.Literal &&
            getStaticString(values, v.write.valueNode) !== null,
        );
        const varyName = headerNameLike(values, write, HEADER.vary);
        context.report({
          node: write.node,
          messageId: 'missingVary',
          fix: canFix
            ? (fixer) => {
                if (plainVary) {
                  const current = getStaticString(values, unwrap(plainVary.write.valueNode!))!;
                  return replaceStringLiteral(values, fixer, plainVary.write.valueNode!, `${current}, Origin`);
                }
                return insertHeaderAfter(values, fixer, write, varyName, 'Origin', varyCallLike(values, write, headers.imports, varyName));
              }
            : null,
        });
      }
    }
  },
});
