import { ESLintUtils } from '@typescript-eslint/utils';

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-cors/eslint-plugin-cors';

/** Documentation metadata every rule of this plugin declares. */
export interface CorsRuleDocs {
  /** In the `recommended` config. */
  recommended?: boolean;
  /** In the `strict` config (which also holds every recommended rule). */
  strict?: boolean;
}

export const createRule = ESLintUtils.RuleCreator<CorsRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
