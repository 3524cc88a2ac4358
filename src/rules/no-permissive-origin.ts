import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getCorsModel } from '../analysis/model.js';
import { effectiveOrigin } from '../analysis/policies/index.js';
import { once } from '../analysis/server/queries.js';
import { quoted, quoteNear } from '../fixes/object-edits.js';
import { originOptionText, setOriginOption } from '../fixes/policy-edits.js';
import { readCorsSettings } from '../settings.js';
import { createRule } from '../util/create-rule.js';

export type MessageIds = 'anyOrigin' | 'useAllowedOrigin';
export type Options = [];

export default createRule<Options, MessageIds>({
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
      anyOrigin:
        'Any website can read these responses cross-origin ({{how}}). Fine for a public API; otherwise allow only your front-end origins (settings.cors.allowedOrigins).',
      useAllowedOrigin: 'Allow only {{origin}}.',
    },
  },
  create(context) {
    const { allowedOrigins } = readCorsSettings(context.settings);
    return {
      Program() {
        const model = getCorsModel(context.sourceCode);
        const ctx = model.context;
        const first = once<TSESTree.Node>();
        for (const policy of model.policies?.policies ?? []) {
          if (policy.credentials.kind !== 'off') continue;
          const effective = effectiveOrigin(policy);
          if (effective !== 'wildcard' && effective !== 'echo') continue;
          const { origin } = policy;
          const node = origin.wildcard ?? (origin.kind === 'callback' ? origin.callback?.permissive : null) ?? origin.property ?? policy.corsProperty ?? policy.node;
          if (!first(node)) continue;
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
          for (const allowed of allowedOrigins) {
            const text = originOptionText(ctx, policy, [allowed]);
            const fix = text ? setOriginOption(ctx, policy, text) : null;
            if (fix) suggest.push({ messageId: 'useAllowedOrigin', data: { origin: allowed }, fix });
          }
          context.report({
            node,
            messageId: 'anyOrigin',
            data: { how: effective === 'echo' ? `${policy.semantics.label} echoes every origin` : `${policy.semantics.label} sends Access-Control-Allow-Origin: *` },
            suggest,
          });
        }
        const headers = model.headers;
        for (const { write, echo } of model.reflection?.publicWrites ?? []) {
          const origin = headers?.classifyOrigin(write);
          const wildcard = origin?.kind === 'wildcard';
          const echoes = echo !== null && echo.verdict.kind === 'unguarded';
          if (!wildcard && !echoes) continue;
          const node = wildcard ? (origin.literal ?? write.valueNode!) : echo!.echoNode;
          if (!first(node)) continue;
          const quote = quoteNear(ctx, write.node);
          context.report({
            node,
            messageId: 'anyOrigin',
            data: { how: wildcard ? 'Access-Control-Allow-Origin: *' : 'Access-Control-Allow-Origin echoes the request Origin' },
            suggest: allowedOrigins.map((allowed) => ({
              messageId: 'useAllowedOrigin' as const,
              data: { origin: allowed },
              fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(node, quoted(allowed, quote)),
            })),
          });
        }
      },
    };
  },
});
