import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getCorsModel } from '../analysis/model.js';
import { effectiveOrigin, type CorsPolicy } from '../analysis/policies/index.js';
import { once } from '../analysis/server/queries.js';
import { isRemovable, removeWrite } from '../fixes/header-edits.js';
import { quoted, quoteNear } from '../fixes/object-edits.js';
import { originOptionText, removeCredentialsOption, setOriginOption } from '../fixes/policy-edits.js';
import { readCorsSettings } from '../settings.js';
import { createRule } from '../util/create-rule.js';
import { mentionsCredentials } from '../analysis/relevance.js';

export type MessageIds = 'reflectedOption' | 'reflectedDefault' | 'reflectedHeader' | 'useAllowedOrigin' | 'removeCredentials';
export type Options = [];

/** The node that explains why a policy echoes: `origin: true`, the allow-all `cb(null, true)`, the `'*'` Koa turns into an echo. */
function explainingNode(policy: CorsPolicy): TSESTree.Node {
  const { origin, credentials } = policy;
  if (origin.kind === 'callback' && origin.callback?.permissive) return origin.callback.permissive;
  if (origin.wildcard) return origin.wildcard;
  if (origin.property) return origin.property;
  return credentials.property ?? policy.node;
}

export default createRule<Options, MessageIds>({
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
        '{{library}} echoes every request origin here while allowing credentials: any website can read logged-in users\' data. Allow only your front-end origins (settings.cors.allowedOrigins).',
      reflectedDefault:
        '{{library}} echoes every request origin when credentials are on and no origin (or `*`) is set: any website can read logged-in users\' data. Set `origin` to your front-end origins.',
      reflectedHeader:
        'Access-Control-Allow-Origin echoes the request Origin without checking it against an allowlist while credentials are allowed: any website can read logged-in users\' data. Send only origins from an allowlist.',
      useAllowedOrigin: 'Allow only {{origin}}.',
      removeCredentials: 'Stop allowing credentials (the API stays readable without cookies).',
    },
  },
  create(context) {
    const settings = readCorsSettings(context.settings);
    // Every finding of this rule involves credentials: skip files that never mention them.
    if (!mentionsCredentials(context.sourceCode)) return {};
    const origins = settings.allowedOrigins;
    return {
      Program() {
        const model = getCorsModel(context.sourceCode);
        const ctx = model.context;
        const first = once<TSESTree.Node>();
        for (const policy of model.policies?.policies ?? []) {
          if (policy.credentials.kind !== 'on' || effectiveOrigin(policy) !== 'echo') continue;
          const node = explainingNode(policy);
          if (!first(node)) continue;
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
          const listText = originOptionText(ctx, policy, origins);
          const setList = listText ? setOriginOption(ctx, policy, listText) : null;
          if (!setList && origins.length > 1) {
            for (const origin of origins) {
              const fix = setOriginOption(ctx, policy, originOptionText(ctx, policy, [origin])!);
              if (fix) suggest.push({ messageId: 'useAllowedOrigin', data: { origin }, fix });
            }
          }
          const removeCredentials = removeCredentialsOption(ctx, policy);
          if (removeCredentials) suggest.push({ messageId: 'removeCredentials', fix: removeCredentials });
          const defaulted = policy.origin.kind === 'any';
          context.report({
            node,
            messageId: defaulted ? 'reflectedDefault' : 'reflectedOption',
            data: { library: policy.semantics.label },
            fix: setList,
            suggest,
          });
        }
        for (const reflected of model.reflection?.reflected ?? []) {
          if (reflected.verdict.kind !== 'unguarded') continue;
          const node = reflected.echoNode;
          if (!first(node)) continue;
          const quote = quoteNear(ctx, reflected.write.node);
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
          if (origins.length > 1) {
            for (const origin of origins) {
              suggest.push({ messageId: 'useAllowedOrigin', data: { origin }, fix: (fixer) => fixer.replaceText(node, quoted(origin, quote)) });
            }
          }
          if (reflected.grants.every((g) => isRemovable(g.write))) {
            suggest.push({ messageId: 'removeCredentials', fix: (fixer) => reflected.grants.map((g) => removeWrite(ctx, fixer, g.write)!) });
          }
          context.report({
            node,
            messageId: 'reflectedHeader',
            fix: origins.length === 1 ? (fixer) => fixer.replaceText(node, quoted(origins[0]!, quote)) : null,
            suggest,
          });
        }
      },
    };
  },
});
