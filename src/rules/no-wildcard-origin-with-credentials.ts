import { HEADER } from '../analysis/server/header-names.js';
import { grantCondition, grantedUnderSameTest, grantsAlongside, writesOf } from '../analysis/server/queries.js';
import { bothConditions } from '../analysis/core/alternatives.js';
import { contains } from '../analysis/server/response-scopes.js';
import { onlyWhenNotWildcard } from '../analysis/server/value-guards.js';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { isForeignNode, unwrap } from '../analysis/core/values.js';
import { removeWrite, replaceWriteValue, valueReportNode } from '../fixes/header-edits.js';
import { removeCredentialsOption, setAllowedOrigins } from '../fixes/policy-edits.js';
import { createCorsRule, MAX_SUGGESTIONS_PER_KIND, type CorsSuggestion, MAX_REMOVED_WRITES } from '../util/cors-rule.js';
import { ALLOWED_ORIGINS_MESSAGES, credentialedPolicies, reportPolicy } from '../util/policy-report.js';
import { editableValue, platformPolicies, wildcardOrigins } from '../analysis/deploy/findings.js';
import { removeListEntry, replaceScalar } from '../fixes/data-edits.js';

export type MessageIds =
  | 'wildcardWithCredentials'
  | 'wildcardWithCredentialsWhen'
  | 'wildcardCredentialsWhen'
  | 'wildcardPolicy'
  | 'wildcardPolicyWhen'
  | 'useAllowedOrigin'
  | 'useAllowedOrigins'
  | 'removeCredentials'
  | 'removeCredentialsOption';
export type Options = [];

export default createCorsRule<Options, MessageIds>({
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
        'Browsers reject credentialed responses with Access-Control-Allow-Origin `*`, so this API fails for logged-in users. Name the trusted origin (settings.cors.allowedOrigins).',
      wildcardWithCredentialsWhen:
        'Access-Control-Allow-Origin is `*` {{condition}}, and browsers reject `*` with credentials, so this API fails for logged-in users then. Send the trusted origin on every path.',
      wildcardCredentialsWhen:
        'Access-Control-Allow-Origin `*` goes with credentials {{condition}}, and browsers reject `*` with credentials, so this API fails for logged-in users then. Send the trusted origin, or no credentials, on every path.',
      wildcardPolicy:
        'The {{library}} options send `*` with credentials, which browsers reject, so this API fails for logged-in users. Set `{{option}}` to the trusted origins (settings.cors.allowedOrigins).',
      wildcardPolicyWhen:
        'The {{library}} options send `*` with credentials {{condition}}, which browsers reject, so this API fails for logged-in users then. Set `{{option}}` to the trusted origins on every path.',
      ...ALLOWED_ORIGINS_MESSAGES,
      removeCredentials: 'Remove Access-Control-Allow-Credentials if the API is public (it stays readable without cookies).',
      removeCredentialsOption: 'Turn credentials off if the API is public (it stays readable without cookies).',
    },
  },
  gate: 'server',
  create(context) {
    const { model, values, settings } = context;
    const origins = settings.allowedOrigins;
    for (const policy of credentialedPolicies(model, 'wildcard')) {
      const removeCredentials = removeCredentialsOption(values, policy);
      // `*` on some paths only: `process.env.CORS_ORIGIN || '*'`.
      reportPolicy(context, policy, setAllowedOrigins(values, policy, origins), {
        // The `'*'`, or the credentials option when the library's default origin is `*`.
        node: policy.origin.wildcard ?? policy.credentials.property ?? policy.node,
        messageId: policy.origin.condition ? 'wildcardPolicyWhen' : 'wildcardPolicy',
        suggest: removeCredentials ? [{ messageId: 'removeCredentialsOption', fix: removeCredentials }] : [],
      });
    }
    const headers = model.headers;
    if (!headers) return;
    // With several allowed origins, one suggestion per origin, for the first few.
    const choices = origins.length > 1 ? origins.slice(0, MAX_SUGGESTIONS_PER_KIND) : [];
    for (const scope of headers.scopes) {
      for (const contribution of writesOf(scope, HEADER.allowOrigin)) {
        const origin = headers.classifyOrigin(contribution.write);
        if (origin.kind !== 'wildcard') continue;
        const { write } = contribution;
        // Credentials granted only where the value is not `*` (`if (origin !== '*')`) never go with it; only a variable can be tested so.
        const alongside = grantsAlongside(headers, scope, contribution);
        const named = write.valueNode !== null && unwrap(write.valueNode).type === AST_NODE_TYPES.Identifier;
        const grants = named ? alongside.filter((g) => !onlyWhenNotWildcard(values, g, write.valueNode)) : alongside;
        if (grants.length === 0) continue;
        let written = valueReportNode(write);
        if (!written) continue;
        if (isForeignNode(values, written)) {
          // A headers object of another module, used here: reported there when it grants credentials itself.
          if (grants.every((g) => isForeignNode(values, g.write.node))) continue;
          written = contribution.site;
        }
        // `*` on some paths only: the `'*'` itself when it is written in the value, and replacing the whole value is a choice.
        const wildcardWhen = origin.condition ?? null;
        // `*` on some paths, credentials only under the test that picks them: whether the two ever meet is not known.
        if (wildcardWhen && grants.every((g) => grantedUnderSameTest(values, g, contribution, wildcardWhen))) continue;
        // Credentials on some paths only (`process.env.CORS_CREDENTIALS ?? 'true'`): both must hold.
        const grantWhen = grantCondition(headers, grants);
        const condition = bothConditions(wildcardWhen, grantWhen);
        if (condition === false) continue;
        const node = wildcardWhen && origin.literal && contains(written, origin.literal) ? origin.literal : written;
        const suggest: CorsSuggestion<MessageIds>[] = (condition ? origins.slice(0, MAX_SUGGESTIONS_PER_KIND) : choices).map((allowed) => ({
          messageId: 'useAllowedOrigin',
          data: { origin: allowed },
          fix: (fixer) => replaceWriteValue(values, fixer, write, allowed),
        }));
        if (grants.length <= MAX_REMOVED_WRITES) suggest.push({ messageId: 'removeCredentials', fix: (fixer) => grants.map((g) => removeWrite(values, fixer, g.write)) });
        context.report({
          node,
          ...(condition
            ? { messageId: grantWhen ? ('wildcardCredentialsWhen' as const) : ('wildcardWithCredentialsWhen' as const), data: { condition } }
            : { messageId: 'wildcardWithCredentials' as const }),
          fix: !condition && origins.length === 1 ? (fixer) => replaceWriteValue(values, fixer, write, origins[0]!) : null,
          offered: { messageId: 'useAllowedOrigin', data: { origin: origins[0] ?? '' } },
          suggest,
        });
      }
    }
  },
  deploy({ facts, settings, text, report }) {
    const origins = settings.allowedOrigins;
    for (const { header, grants } of wildcardOrigins(facts)) {
      const scalar = editableValue(header);
      const suggest: CorsSuggestion<MessageIds>[] = (scalar && origins.length > 1 ? origins : []).map((origin) => ({
        messageId: 'useAllowedOrigin',
        data: { origin },
        fix: (fixer) => replaceScalar(fixer, scalar!, origin),
      }));
      const [grant] = grants;
      if (grants.length === 1) suggest.push({ messageId: 'removeCredentials', fix: (fixer) => removeListEntry(fixer, text, grant!.entry, grant!.siblings) });
      report({
        node: header.valueNode.node,
        messageId: 'wildcardWithCredentials',
        fix: scalar && origins.length === 1 ? (fixer) => replaceScalar(fixer, scalar, origins[0]!) : null,
        suggest,
      });
    }
    for (const policy of platformPolicies(facts, 'wildcard')) {
      const { originValue, credentialsValue } = policy;
      report({
        node: policy.originNode,
        messageId: 'wildcardPolicy',
        data: { library: policy.label, option: policy.originKey },
        fix: originValue && origins.length === 1 ? (fixer) => replaceScalar(fixer, originValue, origins[0]!) : null,
        suggest: credentialsValue ? [{ messageId: 'removeCredentialsOption', fix: (fixer) => replaceScalar(fixer, credentialsValue, 'false') }] : [],
      });
    }
  },
});
