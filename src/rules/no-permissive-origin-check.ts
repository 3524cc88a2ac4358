import type { TSESTree } from '@typescript-eslint/utils';
import type { WeakCheck, WeakCheckReason } from '../analysis/trust/origin-checks.js';
import { createCorsRule, type CorsSuggestion } from '../util/cors-rule.js';

type ReasonId =
  | 'sharedHosting'
  | 'publicSuffix'
  | 'substring'
  | 'prefix'
  | 'unboundedSuffix'
  | 'openDomainLabel'
  | 'unanchored'
  | 'unanchoredStart'
  | 'unanchoredEnd'
  | 'unescapedDot'
  | 'statefulFlag';
export type MessageIds = ReasonId | 'useSafeCheck';
export type Options = [];

/** The message of each weakness, most severe first: a check with several weaknesses is reported with the first. */
const REASONS: Record<WeakCheckReason, ReasonId> = {
  'shared-hosting': 'sharedHosting',
  'public-suffix': 'publicSuffix',
  substring: 'substring',
  prefix: 'prefix',
  'unbounded-suffix': 'unboundedSuffix',
  'open-domain-label': 'openDomainLabel',
  'unanchored-start': 'unanchoredStart',
  'unanchored-end': 'unanchoredEnd',
  'unescaped-dot': 'unescapedDot',
  'stateful-flag': 'statefulFlag',
};
const SEVERITY = Object.keys(REASONS) as WeakCheckReason[];

function reasonOf(checks: readonly WeakCheck[]): ReasonId {
  const reasons = new Set(checks.map((c) => c.reason));
  const first = SEVERITY.find((r) => reasons.has(r))!;
  if (first === 'unanchored-start' && reasons.has('unanchored-end')) return 'unanchored';
  return REASONS[first];
}

export default createCorsRule<Options, MessageIds>({
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
      sharedHosting: 'Anyone can publish a site under this shared-hosting domain, and this check trusts it with credentials. Name your own origins.',
      publicSuffix: 'Anyone can register a domain under this top-level suffix, and this check trusts it with credentials. Name your own domain.',
      substring: 'This substring test trusts any origin containing the text (https://example.com.evil.net) with credentials. Compare full origins.',
      prefix: 'This prefix test also trusts https://example.com.evil.net with credentials. Compare full origins.',
      unboundedSuffix: 'This suffix test without a leading dot also trusts https://evilexample.com with credentials. Start the suffix with a dot.',
      openDomainLabel: 'A wildcard right before the domain name also trusts https://evilexample.com with credentials. Require a dot before the domain.',
      unanchored: 'This pattern has neither ^ nor $, so it trusts https://example.com.evil.net with credentials. Anchor both ends.',
      unanchoredStart: 'This pattern has no ^, so it trusts longer origins that contain a match with credentials. Anchor it with ^.',
      unanchoredEnd: 'This pattern has no $, so it trusts https://example.com.evil.net with credentials. Anchor it with $.',
      unescapedDot: 'An unescaped . matches any character, so this check trusts https://appxexample.com with credentials. Escape the dot.',
      statefulFlag: 'The g or y flag makes RegExp.test alternate between true and false on this credentialed check. Remove the flag.',
      useSafeCheck: 'Use {{replacement}}.',
    },
  },
  gate: 'credentials',
  create(context) {
    const { model } = context;
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
      const replacement = list.find((c) => c.replacement !== null)?.replacement ?? null;
      const suggest: CorsSuggestion<MessageIds>[] = replacement
        ? [{ messageId: 'useSafeCheck', data: { replacement }, fix: (fixer) => fixer.replaceText(node, replacement) }]
        : [];
      context.report({ node, messageId: reasonOf(list), suggest });
    }
  },
});
