import type { TSESTree } from '@typescript-eslint/utils';
import type { CorsPolicy } from '../analysis/policies/index.js';
import { removeWrite } from '../fixes/header-edits.js';
import { quoteNear, stringLiteral } from '../fixes/text-edits.js';
import { removeCredentialsOption, setAllowedOrigins } from '../fixes/policy-edits.js';
import { createCorsRule, type CorsSuggestion, MAX_SUGGESTIONS_PER_KIND, MAX_REMOVED_WRITES } from '../util/cors-rule.js';
import { ALLOWED_ORIGINS_MESSAGES, credentialedPolicies, reportPolicy } from '../util/policy-report.js';
import { platformPolicies } from '../analysis/deploy/findings.js';
import { replaceScalar } from '../fixes/data-edits.js';
import { requestDataLabel } from '../analysis/server/request-data.js';

export type MessageIds =
  | 'reflectedOption'
  | 'reflectedOptionWhen'
  | 'reflectedDefault'
  | 'reflectedByDefault'
  | 'reflectedHeader'
  | 'reflectedRequestData'
  | 'reflectedHeaderWhen'
  | 'reflectedRequestDataWhen'
  | 'useAllowedOrigin'
  | 'useAllowedOrigins'
  | 'removeCredentials';
export type Options = [];

type Suggestion = CorsSuggestion<MessageIds>;

/** The node that explains why a policy echoes: `origin: true`, the allow-all `cb(null, true)`, the `'*'` Koa turns into an echo. */
function explainingNode(policy: CorsPolicy): TSESTree.Node {
  const { origin, credentials } = policy;
  if (origin.kind === 'callback' && origin.callback?.permissive) return origin.callback.permissive;
  if (origin.wildcard) return origin.wildcard;
  if (origin.condition && origin.valueNode) return origin.valueNode;
  if (origin.property) return origin.property;
  return credentials.property ?? policy.corsProperty ?? policy.node;
}

export default createCorsRule<Options, MessageIds>({
  name: 'no-reflected-origin-with-credentials',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow echoing any request origin on responses that allow credentials',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      reflectedOption:
        "The {{library}} options echo every origin with credentials: any website can read logged-in users' data. Allow only your front-end origins (settings.cors.allowedOrigins).",
      reflectedOptionWhen:
        "The {{library}} options echo every origin with credentials {{condition}}: any website can read logged-in users' data then. Allow only your front-end origins on every path.",
      reflectedDefault:
        "With credentials and no origin (or `*`), {{library}} echoes every origin: any website can read logged-in users' data. Set `{{option}}` to your front-end origins.",
      reflectedByDefault:
        "By default, {{library}} echoes every origin with credentials: any website can read logged-in users' data. Set `{{option}}` to your front-end origins.",
      reflectedHeader:
        "Access-Control-Allow-Origin echoes the request Origin unchecked, with credentials: any website can read logged-in users' data. Send only allowlisted origins.",
      reflectedRequestData:
        "Access-Control-Allow-Origin is taken from {{source}}, which the requesting page chooses, with credentials: any website can read logged-in users' data. Send only allowlisted origins.",
      reflectedHeaderWhen:
        "Access-Control-Allow-Origin echoes the request Origin unchecked, with credentials {{condition}}: any website can read logged-in users' data then. Send only allowlisted origins.",
      reflectedRequestDataWhen:
        "Access-Control-Allow-Origin is taken from {{source}}, which the requesting page chooses, with credentials {{condition}}: any website can read logged-in users' data then. Send only allowlisted origins.",
      ...ALLOWED_ORIGINS_MESSAGES,
      removeCredentials: 'Stop allowing credentials (the API stays readable without cookies).',
    },
  },
  gate: 'server',
  create(context) {
    const { model, values, settings } = context;
    const origins = settings.allowedOrigins;
    // With several allowed origins and no list to write, one suggestion per origin, for the first few.
    const choices = origins.length > 1 ? origins.slice(0, MAX_SUGGESTIONS_PER_KIND) : [];
    for (const policy of credentialedPolicies(model, 'echo')) {
      const suggest: Suggestion[] = [];
      const setList = setAllowedOrigins(values, policy, origins);
      if (!setList) {
        for (const origin of choices) {
          const fix = setAllowedOrigins(values, policy, [origin]);
          if (fix) suggest.push({ messageId: 'useAllowedOrigin', data: { origin }, fix });
        }
      }
      const removeCredentials = removeCredentialsOption(values, policy);
      if (removeCredentials) suggest.push({ messageId: 'removeCredentials', fix: removeCredentials });
      // An echo on some paths only: `isProduction ? allowedOrigins : true`.
      reportPolicy(context, policy, setList, {
        node: explainingNode(policy),
        messageId: policy.origin.condition
          ? 'reflectedOptionWhen'
          : policy.origin.kind === 'any'
            ? 'reflectedDefault'
            : policy.origin.property || policy.sealed
              ? 'reflectedOption'
              : 'reflectedByDefault',
        suggest,
      });
    }
    for (const reflected of model.reflection?.reflected ?? []) {
      if (reflected.verdict.kind !== 'unguarded') continue;
      const node = reflected.echoNode;
      const quote = quoteNear(values, reflected.write.node);
      // An echo inside a called function: replacing the call changes its other paths too, so it is only offered;
      // so is an echo with credentials on some paths only, which stays readable without them elsewhere.
      const { condition } = reflected;
      const partial = reflected.throughCall || condition !== null;
      const suggest: Suggestion[] = (partial ? origins.slice(0, MAX_SUGGESTIONS_PER_KIND) : choices).map((origin) => ({
        messageId: 'useAllowedOrigin',
        data: { origin },
        fix: (fixer) => fixer.replaceText(node, stringLiteral(origin, quote)),
      }));
      if (reflected.grants.length <= MAX_REMOVED_WRITES) suggest.push({ messageId: 'removeCredentials', fix: (fixer) => reflected.grants.map((g) => removeWrite(values, fixer, g.write)) });
      context.report({
        node,
        ...(reflected.source === 'origin'
          ? condition
            ? { messageId: 'reflectedHeaderWhen' as const, data: { condition } }
            : { messageId: 'reflectedHeader' as const }
          : {
              messageId: condition ? ('reflectedRequestDataWhen' as const) : ('reflectedRequestData' as const),
              data: { source: requestDataLabel(reflected.source), ...(condition ? { condition } : {}) },
            }),
        fix: origins.length === 1 && !partial ? (fixer) => fixer.replaceText(node, stringLiteral(origins[0]!, quote)) : null,
        offered: { messageId: 'useAllowedOrigin', data: { origin: origins[0] ?? '' } },
        suggest,
      });
    }
  },
  deploy({ facts, settings, report }) {
    const origins = settings.allowedOrigins;
    for (const policy of platformPolicies(facts, 'echo')) {
      const { originValue, credentialsValue } = policy;
      const suggest: Suggestion[] = (originValue && origins.length > 1 ? origins : []).map((origin) => ({
        messageId: 'useAllowedOrigin',
        data: { origin },
        fix: (fixer) => replaceScalar(fixer, originValue!, origin),
      }));
      if (credentialsValue) suggest.push({ messageId: 'removeCredentials', fix: (fixer) => replaceScalar(fixer, credentialsValue, 'false') });
      report({
        node: policy.originNode,
        messageId: 'reflectedOption',
        data: { library: policy.label },
        fix: originValue && origins.length === 1 ? (fixer) => replaceScalar(fixer, originValue, origins[0]!) : null,
        suggest,
      });
    }
  },
});
