// Lint configuration for the plugin's own code (not a config for users of the plugin).
//
// typescript-eslint `recommended` + `strict` without type information: the
// type-checked presets take about five times as long on two cores, and
// `tsc -p tsconfig.json` already runs before lint in `npm test`.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    name: 'cors-dev/ignores',
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'examples/',
      '.tmp/',
      // Code under test (deliberately misconfigured), not code of the plugin.
      'tests/corpus/',
      'tests/**/fixtures/',
      'tests/consumer/expected/',
    ],
  },
  {
    name: 'cors-dev/javascript',
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'cors-dev/typescript',
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    extends: [tseslint.configs.recommended, tseslint.configs.strict],
    rules: {
      // With `noUncheckedIndexedAccess`, `args[0]!` after a length check is the intended idiom.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `(node) => boolean | void` visitor callbacks may return nothing.
      '@typescript-eslint/no-invalid-void-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'cors-dev/rules',
    files: ['src/rules/**/*.ts'],
    extends: [eslintPlugin.configs['rules-recommended']],
    rules: {
      'eslint-plugin/no-incorrect-meta-schema': 'error',
      'eslint-plugin/no-incomplete-meta-schema': 'error',
      'eslint-plugin/no-matching-violation-suggest-message-ids': 'error',
      'eslint-plugin/prefer-placeholders': 'error',
      'eslint-plugin/prefer-replace-text': 'error',
      // Every message and suggestion title is a sentence: capital first letter, final period.
      'eslint-plugin/report-message-format': ['error', '^[A-Z].*\\.$'],
      'eslint-plugin/meta-property-ordering': 'error',
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow) ' }],
      // `meta.docs.url` is set by `createRule` (src/util/create-rule.ts); tests/plugin.test.ts checks it.
      'eslint-plugin/require-meta-docs-url': 'off',
    },
  },
  {
    name: 'cors-dev/rule-tests',
    files: ['tests/rules/**/*.ts'],
    extends: [eslintPlugin.configs['tests-recommended']],
    // Rule tests get their tester from tests/rule-tester.ts.
    settings: { 'eslint-plugin': { ruleTesterConstructors: ['RuleTester', 'createRuleTester'] } },
    rules: {
      'eslint-plugin/consistent-output': 'error',
      'eslint-plugin/test-case-shorthand-strings': 'error',
      'eslint-plugin/unique-test-case-names': 'error',
    },
  },
);
