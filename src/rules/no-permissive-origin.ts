import type { TSESTree } from '@typescript-eslint/utils';
import { mayConfigureServer } from '../analysis/model.js';
import { effectiveOrigin } from '../analysis/policies/index.js';
import { quoteNear, stringLiteral } from '../fixes/text-edits.js';
import { setAllowedOrigins } from '../fixes/policy-edits.js';
import { createCorsRule, type CorsSuggestion, MAX_SUGGESTIONS_PER_KIND } from '../util/cors-rule.js';
import { requestDataLabel } from '../analysis/server/request-data.js';

export type MessageIds = 'wildcardPolicy' | 'echoPolicy' | 'wildcardHeader' | 'echoHeader' | 'requestDataHeader' | 'useAllowedOrigin';
export type Options = [];

type Suggestion = CorsSuggestion<MessageIds>;

export default createCorsRule<Options, MessageIds>({
  name: 'no-permissive-origin',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow CORS that lets any origin read responses, even without credentials',
      strict: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      wildcardPolicy: 'The {{library}} options send `Access-Control-Allow-Origin: *`: any website can read these responses. Unless the API is public, allow only your front-end origins.',
      echoPolicy: 'The {{library}} options echo every origin: any website can read these responses. Unless the API is public, allow only your front-end origins.',
      wildcardHeader: 'Access-Control-Allow-Origin `*` lets any website read these responses. Unless the API is public, allow only your front-end origins.',
      echoHeader: 'Access-Control-Allow-Origin echoes the request Origin: any website can read these responses. Unless the API is public, allow only your front-end origins.',
      requestDataHeader:
        'Access-Control-Allow-Origin is taken from {{source}}, which the requesting page chooses: any website can read these responses. Unless the API is public, allow only your front-end origins.',
      useAllowedOrigin: 'Allow only {{origin}}.',
    },
  },
  // Only the server parts are read: a file none of them can hold anything in is skipped.
  gate: (sourceCode, _settings, file) => mayConfigureServer(sourceCode, file),
  create(context) {
    const { model, values, settings } = context;
    // One suggestion per origin, for the first few.
    const allowedOrigins = settings.allowedOrigins.slice(0, MAX_SUGGESTIONS_PER_KIND);
    for (const policy of model.policies?.policies ?? []) {
      // Open on some paths only (a fallback when a variable is unset): a credentialed rule's finding, not this one's.
      if (policy.credentials.kind !== 'off' || policy.origin.condition) continue;
      const effective = effectiveOrigin(policy);
      if (effective !== 'wildcard' && effective !== 'echo') continue;
      const { origin } = policy;
      const node: TSESTree.Node =
        origin.wildcard ?? (origin.kind === 'callback' ? origin.callback?.permissive : null) ?? origin.property ?? policy.corsProperty ?? policy.node;
      const suggest: Suggestion[] = [];
      for (const allowed of allowedOrigins) {
        const fix = setAllowedOrigins(values, policy, [allowed]);
        if (fix) suggest.push({ messageId: 'useAllowedOrigin', data: { origin: allowed }, fix });
      }
      context.report({ node, messageId: effective === 'echo' ? 'echoPolicy' : 'wildcardPolicy', data: { library: policy.semantics.label }, suggest });
    }
    const headers = model.headers;
    for (const { write, echo } of model.reflection?.publicWrites ?? []) {
      const origin = headers?.classifyOrigin(write);
      const wildcard = origin?.kind === 'wildcard';
      if (!wildcard && (echo === null || echo.verdict.kind !== 'unguarded')) continue;
      const node = wildcard ? (origin.literal ?? write.valueNode!) : echo!.echoNode;
      const quote = quoteNear(values, write.node);
      context.report({
        node,
        ...(wildcard
          ? { messageId: 'wildcardHeader' as const }
          : echo!.source === 'origin'
            ? { messageId: 'echoHeader' as const }
            : { messageId: 'requestDataHeader' as const, data: { source: requestDataLabel(echo!.source) } }),
        suggest: allowedOrigins.map((allowed): Suggestion => ({
          messageId: 'useAllowedOrigin',
          data: { origin: allowed },
          fix: (fixer) => fixer.replaceText(node, stringLiteral(allowed, quote)),
        })),
      });
    }
  },
});
