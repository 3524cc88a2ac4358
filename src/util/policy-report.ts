/**
 * How the rules about a credentialed policy's origin (`*`, an echo) report
 * it: on the policy's explaining node, with the allowed origins as the fix.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { CorsModel } from '../analysis/model.js';
import { effectiveOrigin, type CorsPolicy, type EffectiveOrigin } from '../analysis/policies/index.js';
import type { CorsFix, CorsRuleContext, CorsSuggestion } from './cors-rule.js';

/** The suggestions that apply settings.cors.allowedOrigins, in the same words in every rule. */
export const ALLOWED_ORIGINS_MESSAGES = {
  useAllowedOrigin: 'Allow only {{origin}}.',
  useAllowedOrigins: 'Allow only the origins of settings.cors.allowedOrigins.',
} as const;

/** The file's policies that allow credentials and whose origin, as the browser receives it, is `origin`. */
export function credentialedPolicies(model: CorsModel, origin: EffectiveOrigin): CorsPolicy[] {
  return (model.policies?.policies ?? []).filter((policy) => policy.credentials.kind === 'on' && effectiveOrigin(policy) === origin);
}

export interface PolicyReport<MessageIds extends string> {
  readonly node: TSESTree.Node;
  readonly messageId: MessageIds;
  readonly suggest: ReadonlyArray<CorsSuggestion<MessageIds>>;
}

/**
 * Reports `policy`, with `setAllowedOrigins` (settings.cors.allowedOrigins as
 * the origin option) as its autofix. When the origin is wrong on some paths
 * only (`origin.condition`, such as `process.env.ORIGIN || '*'`), replacing
 * the whole option is a choice, not a fix: it becomes the first suggestion,
 * and the message names the condition.
 */
export function reportPolicy<MessageIds extends string>(
  context: CorsRuleContext<MessageIds | 'useAllowedOrigins'>,
  policy: CorsPolicy,
  setAllowedOrigins: CorsFix | null,
  { node, messageId, suggest }: PolicyReport<MessageIds>,
): void {
  const condition = policy.origin.condition;
  const choice: CorsSuggestion<'useAllowedOrigins'>[] = condition && setAllowedOrigins ? [{ messageId: 'useAllowedOrigins', fix: setAllowedOrigins }] : [];
  context.report({
    node,
    messageId,
    // `option`: the origin option as the library spells it (`origin`, `origins`), for messages that name it.
    data: { library: policy.semantics.label, option: policy.semantics.originKey, ...(condition ? { condition } : {}) },
    fix: condition ? null : setAllowedOrigins,
    offered: { messageId: 'useAllowedOrigins' },
    suggest: [...choice, ...suggest],
  });
}
