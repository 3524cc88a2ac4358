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

/** What a message says when no bypassing origin could be built from the check and confirmed. */
const GENERIC_EXAMPLE: Partial<Record<ReasonId, string>> = {
  substring: 'any origin that contains the text',
  prefix: 'longer origins that start with the text',
  unboundedSuffix: 'other domains ending in the same letters',
  openDomainLabel: 'other domains ending in the same name',
  unanchored: 'any origin that contains a match',
  unanchoredStart: 'longer origins that end with a match',
  unanchoredEnd: 'longer origins that start with a match',
  unescapedDot: 'hosts with another character in place of the dot',
};

/** A confirmed bypassing origin for the reported reason (for `unanchored`, one past either end), else a description. */
function exampleFor(reason: ReasonId, checks: readonly WeakCheck[]): string {
  const shown: readonly WeakCheckReason[] = reason === 'unanchored' ? ['unanchored-end', 'unanchored-start'] : SEVERITY.filter((r) => REASONS[r] === reason);
  for (const r of shown) {
    const example = checks.find((c) => c.reason === r && c.example !== null)?.example;
    if (example) return example;
  }
  return GENERIC_EXAMPLE[reason] ?? '';
}

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
      substring: 'This substring test also trusts {{example}} with credentials. Compare full origins.',
      prefix: 'This prefix test also trusts {{example}} with credentials. Compare full origins.',
      unboundedSuffix: 'This suffix test without a leading dot also trusts {{example}} with credentials. Start the suffix with a dot.',
      openDomainLabel: 'A wildcard right before the domain name also trusts {{example}} with credentials. Require a dot before the domain.',
      unanchored: 'This pattern has neither ^ nor $, so it trusts {{example}} with credentials. Anchor both ends.',
      unanchoredStart: 'This pattern has no ^, so it trusts {{example}} with credentials. Anchor it with ^.',
      unanchoredEnd: 'This pattern has no $, so it trusts {{example}} with credentials. Anchor it with $.',
      unescapedDot: 'An unescaped . matches any character, so this check trusts {{example}} with credentials. Escape the dot.',
      statefulFlag: 'The g or y flag makes RegExp.test alternate between true and false on this credentialed check. Remove the flag.',
      useSafeCheck: 'Use {{replacement}}.',
    },
  },
  gate: 'server',
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
      const reason = reasonOf(list);
      context.report({ node, messageId: reason, data: { example: exampleFor(reason, list) }, suggest });
    }
  },
});
