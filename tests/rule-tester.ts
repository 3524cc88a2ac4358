import { RuleTester } from '@typescript-eslint/rule-tester';

/**
 * A RuleTester for this plugin's rules: TypeScript parser, ESM, and every
 * error must state its full location.
 */
export function createRuleTester(settings?: Record<string, unknown>): RuleTester {
  return new RuleTester({
    languageOptions: { parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } } },
    ...(settings ? { settings } : {}),
  });
}

/** Settings with `settings.cors`. */
export function corsSettings(cors: Record<string, unknown>): Record<string, unknown> {
  return { cors };
}

/** Every test file passes these: each error states line, column, endLine and endColumn. */
export const assertionOptions = { requireLocation: true } as const;
