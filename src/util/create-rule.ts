/**
 * The rule creator every rule of this plugin uses: it adds `meta.docs.url` and
 * applies `meta.defaultOptions`. Only types come from `@typescript-eslint/utils`,
 * so at run time the plugin needs neither it nor TypeScript.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { REPOSITORY_URL } from '../meta.js';

/** Documentation metadata every rule of this plugin declares. */
export interface CorsRuleDocs {
  /** In the `recommended` config. */
  recommended?: boolean;
  /** In the `strict` config (which also holds every recommended rule). */
  strict?: boolean;
}

export type CorsRuleMeta<MessageIds extends string, Options extends readonly unknown[]> = Omit<
  TSESLint.RuleMetaData<MessageIds, CorsRuleDocs, Options>,
  'docs'
> & { docs: TSESLint.RuleMetaDataDocs & CorsRuleDocs };

export interface CorsRuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  name: string;
  meta: CorsRuleMeta<MessageIds, Options>;
  create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: Options) => TSESLint.RuleListener;
}

export type CorsRuleModule<MessageIds extends string, Options extends readonly unknown[]> = TSESLint.RuleModule<
  MessageIds,
  Options,
  CorsRuleDocs
> & { name: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Each user option over its default; plain objects merge one level deep. */
export function applyDefaultOptions<Options extends readonly unknown[]>(defaults: Options, given: readonly unknown[]): Options {
  const result: unknown[] = [...defaults];
  given.forEach((value, i) => {
    const fallback = defaults[i];
    result[i] = isPlainObject(fallback) && isPlainObject(value) ? { ...fallback, ...value } : value;
  });
  return result as unknown as Options;
}

export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  create,
}: CorsRuleDefinition<Options, MessageIds>): CorsRuleModule<MessageIds, Options> {
  const defaults = (meta.defaultOptions ?? []) as unknown as Options;
  // ESLint refuses options that a rule's schema does not allow: with an empty schema there are none to read.
  const optionless = Array.isArray(meta.schema) && meta.schema.length === 0;
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md` } },
    // ESLint 8 reads `defaultOptions` from the rule itself.
    defaultOptions: defaults,
    create(context) {
      // Without options (the usual case) the defaults are used as they are: nothing to copy.
      if (optionless || context.options.length === 0) return create(context, defaults);
      return create(context, applyDefaultOptions(defaults, context.options));
    },
  };
}
