import { CANONICAL_HEADER, headerTokens, LIST_HEADERS_WITH_WILDCARD } from '../analysis/server/header-names.js';
import { grantCondition, grantsAlongside, writesOf } from '../analysis/server/queries.js';
import { getStaticValue } from '../analysis/core/values.js';
import { removeWrite, replaceWriteValue, valueReportNode } from '../fixes/header-edits.js';
import { createCorsRule, type CorsFix } from '../util/cors-rule.js';
import { effectiveOrigin } from '../analysis/policies/index.js';
import { removeHeaderWildcard } from '../fixes/policy-edits.js';
import { editableValue, wildcardHeaderLists } from '../analysis/deploy/findings.js';
import { removeListEntry, replaceScalar } from '../fixes/data-edits.js';
import type { HeaderName } from '../analysis/server/header-names.js';

export type MessageIds = 'wildcardListWithCredentials' | 'wildcardListWithCredentialsWhen' | 'removeWildcard';
export type Options = [];

export default createCorsRule<Options, MessageIds>({
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
        'With credentials, browsers read `*` in {{header}} as a literal name, so only the safelisted names pass. List the names explicitly.',
      wildcardListWithCredentialsWhen:
        'With credentials ({{condition}}), browsers read `*` in {{header}} as a literal name, so only the safelisted names pass then. List the names explicitly.',
      removeWildcard: 'Remove the `*` (it has no effect on credentialed requests).',
    },
  },
  gate: 'server',
  create(context) {
    const { model, values } = context;
    for (const policy of model.policies?.policies ?? []) {
      if (policy.credentials.kind !== 'on' || effectiveOrigin(policy) === 'disabled') continue;
      for (const found of policy.headerWildcards) {
        const fix = removeHeaderWildcard(values, found);
        context.report({
          node: found.wildcard,
          messageId: 'wildcardListWithCredentials',
          data: { header: found.header },
          suggest: fix ? [{ messageId: 'removeWildcard', fix }] : [],
        });
      }
    }
    const headers = model.headers;
    if (!headers) return;
    for (const scope of headers.scopes) {
      for (const header of LIST_HEADERS_WITH_WILDCARD) {
        for (const contribution of writesOf(scope, header)) {
          const { write } = contribution;
          if (!write.valueNode) continue;
          const value = getStaticValue(values, write.valueNode)?.value;
          const list = Array.isArray(value) ? value : [value];
          if (!list.every((item): item is string => typeof item === 'string')) continue;
          const tokens = list.flatMap(headerTokens);
          if (!tokens.includes('*')) continue;
          const grants = grantsAlongside(headers, scope, contribution);
          if (grants.length === 0) continue;
          // Credentials on some paths only (`process.env.CORS_CREDENTIALS ?? 'true'`): the report names them.
          const condition = grantCondition(headers, grants);
          const node = valueReportNode(write);
          if (!node) continue;
          const rest = tokens.filter((t) => t !== '*');
          // Without the `*`, the other names stay; with nothing else, the whole write goes.
          const fix: CorsFix | null =
            rest.length === 0
              ? (fixer) => removeWrite(values, fixer, write)
              : typeof value === 'string'
                ? (fixer) => replaceWriteValue(values, fixer, write, rest.join(', '))
                : null;
          context.report({
            node,
            messageId: condition ? 'wildcardListWithCredentialsWhen' : 'wildcardListWithCredentials',
            data: { header: CANONICAL_HEADER[header], ...(condition ? { condition } : {}) },
            suggest: fix ? [{ messageId: 'removeWildcard', fix }] : [],
          });
        }
      }
    }
  },
  deploy({ facts, text, report }) {
    for (const { header } of wildcardHeaderLists(facts)) {
      const scalar = editableValue(header);
      const rest = headerTokens(header.value ?? '').filter((t) => t !== '*');
      const fix: CorsFix | null =
        rest.length === 0
          ? (fixer) => removeListEntry(fixer, text, header.entry, header.siblings)
          : scalar
            ? (fixer) => replaceScalar(fixer, scalar, rest.join(', '))
            : null;
      report({
        node: header.valueNode.node,
        messageId: 'wildcardListWithCredentials',
        data: { header: CANONICAL_HEADER[header.name as HeaderName] },
        suggest: fix ? [{ messageId: 'removeWildcard', fix }] : [],
      });
    }
  },
});
