import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getCorsModel } from '../analysis/model.js';
import type { WeakCheck, WeakCheckReason } from '../analysis/trust/origin-checks.js';
import { createRule } from '../util/create-rule.js';
import { mentionsCredentials } from '../analysis/relevance.js';

export type MessageIds = 'permissiveCheck' | 'useSafeCheck';
export type Options = [];

const REASONS: Record<WeakCheckReason, string> = {
  substring: 'a substring test matches any origin that contains the text (https://example.com.evil.net)',
  'unbounded-suffix': 'a suffix without a leading dot also matches https://evilexample.com',
  prefix: 'a prefix test also matches https://example.com.evil.net',
  'shared-hosting': 'anyone can publish a site under a shared-hosting domain',
  'unanchored-start': 'the pattern is not anchored with ^, so it matches inside a longer origin',
  'unanchored-end': 'the pattern is not anchored with $, so https://example.com.evil.net matches',
  'unescaped-dot': 'an unescaped . matches any character (https://appxexample.com)',
  'open-domain-label': 'a wildcard right before the domain name also matches https://evilexample.com',
  'public-suffix': 'anyone can register a domain under a top-level suffix',
  'stateful-flag': 'the g or y flag makes RegExp.test alternate between true and false',
};

export default createRule<Options, MessageIds>({
  name: 'no-permissive-origin-check',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow bypassable origin checks that decide which origins get credentials',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      permissiveCheck: 'This origin check can be bypassed while credentials are allowed: {{reason}}. Compare against full origins, or anchor and escape the pattern.',
      useSafeCheck: 'Use {{replacement}}.',
    },
  },
  create(context) {
    // Every finding of this rule involves credentials: skip files that never mention them.
    if (!mentionsCredentials(context.sourceCode)) return {};
    return {
      Program() {
        const model = getCorsModel(context.sourceCode);
        const checks: WeakCheck[] = [];
        for (const policy of model.policies?.policies ?? []) {
          if (policy.credentials.kind === 'on') checks.push(...policy.origin.weakChecks);
        }
        for (const reflected of model.reflection?.reflected ?? []) {
          if (reflected.verdict.kind === 'weak') checks.push(...reflected.verdict.checks);
        }
        const byNode = new Map<TSESTree.Node, WeakCheck[]>();
        for (const check of checks) byNode.set(check.node, [...(byNode.get(check.node) ?? []), check]);
        for (const [node, list] of byNode) {
          const reasons = [...new Set(list.map((c) => c.reason))].map((r) => REASONS[r]);
          const replacement = list.find((c) => c.replacement !== null)?.replacement ?? null;
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = replacement
            ? [{ messageId: 'useSafeCheck', data: { replacement }, fix: (fixer) => fixer.replaceText(node, replacement) }]
            : [];
          context.report({ node, messageId: 'permissiveCheck', data: { reason: reasons.join('; ') }, suggest });
        }
      },
    };
  },
});
