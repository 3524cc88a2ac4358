// The consumer projects scripts/consumer-test.mjs creates, and what each must show.
// Each installs the plugin as a user would (the packed tarball, or a git URL) next to
// one ESLint major, lints and fixes the fixtures, and runs the extra checks it names.

/** What the fixtures must produce with `cors.configs.recommended` and the settings below: [line, rule]. */
const SERVER_MESSAGES = [
  [6, 'cors/require-preflight-credentials'],
  [13, 'cors/valid-credentials-header'],
  [20, 'cors/require-vary-origin'],
  [27, 'cors/no-wildcard-origin-with-credentials'],
];
export const EXPECTED_MESSAGES = {
  'server.js': SERVER_MESSAGES,
  'server.cjs': SERVER_MESSAGES,
  'handler.ts': [
    [10, 'cors/require-vary-origin'],
    [17, 'cors/no-wildcard-origin-with-credentials'],
  ],
  'clean.js': [],
};
export const CONFIG_NAMES = ['all', 'all-legacy', 'recommended', 'recommended-legacy', 'strict', 'strict-legacy'];

const SETTINGS = { cors: { allowedOrigins: ['https://app.example.com'] } };
const TS_BLOCK = "{ files: ['**/*.ts'], languageOptions: { parser: tsParser } },";

function flatEsmConfig({ typescript }) {
  return `import cors from 'eslint-plugin-cors';
${typescript ? "import tsParser from '@typescript-eslint/parser';\n" : ''}
export default [
  cors.configs.recommended,
  ${typescript ? `${TS_BLOCK}\n  ` : ''}{ settings: ${JSON.stringify(SETTINGS)} },
];
`;
}

const FLAT_CJS_CONFIG = `'use strict';
const cors = require('eslint-plugin-cors');
const tsParser = require('@typescript-eslint/parser');

module.exports = [
  cors.configs.recommended,
  ${TS_BLOCK}
  { settings: ${JSON.stringify(SETTINGS)} },
];
`;

const LEGACY_CONFIG = `${JSON.stringify(
  {
    root: true,
    plugins: ['cors'],
    extends: ['plugin:cors/recommended-legacy'],
    parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
    settings: SETTINGS,
    overrides: [{ files: ['*.ts'], parser: '@typescript-eslint/parser' }],
  },
  null,
  2,
)}\n`;

/**
 * An invalid `settings.cors` must stop the CLI with one line naming the setting,
 * with no stack trace and no TypeError from inside a rule.
 */
const BAD_SETTINGS = {
  esm: {
    file: 'bad-settings.config.js',
    text: "import cors from 'eslint-plugin-cors';\n\nexport default [cors.configs.recommended, { settings: { cors: { allowedOrigins: [, 'https://app.example.com'] } } }];\n",
    args: ['-c', 'bad-settings.config.js'],
    line: 'eslint-plugin-cors: invalid settings.cors.allowedOrigins[0] is an empty slot: the array has a hole',
  },
  cjs: {
    file: 'bad-settings.config.cjs',
    text: "'use strict';\nconst cors = require('eslint-plugin-cors');\n\nmodule.exports = [cors.configs.all, { settings: { cors: { credentialedApis: ['api.example.com'] } } }];\n",
    args: ['-c', 'bad-settings.config.cjs'],
    line: 'eslint-plugin-cors: invalid settings.cors.credentialedApis[0] = "api.example.com": there is no scheme; write "https://api.example.com"',
  },
  legacy: {
    file: '.eslintrc.bad-settings.json',
    text: `${JSON.stringify({ root: true, plugins: ['cors'], extends: ['plugin:cors/recommended-legacy'], parserOptions: { ecmaVersion: 2022, sourceType: 'module' }, settings: { cors: { allowedOrigins: ['https://*.example.com'] } } }, null, 2)}\n`,
    args: ['--no-eslintrc', '-c', '.eslintrc.bad-settings.json'],
    line: 'eslint-plugin-cors: invalid settings.cors.allowedOrigins[0] = "https://*.example.com": wildcards never match',
  },
};

/**
 * An `eslint.config.ts` as a TypeScript user writes it, type-checked with
 * `skipLibCheck: false` and without `@typescript-eslint/utils` installed.
 */
function typedConfig({ typescript }) {
  return `import cors from 'eslint-plugin-cors';
import type { CorsSettingsInput, RuleName } from 'eslint-plugin-cors';
import type { ESLint, Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
${typescript ? "import tsParser from '@typescript-eslint/parser';\n" : ''}
const settings: CorsSettingsInput = { allowedOrigins: ['https://app.example.com'] };
// @ts-expect-error -- a misspelt settings key is a type error
const misspelt: CorsSettingsInput = { allowedOrigin: ['https://app.example.com'] };
const plugin: ESLint.Plugin = cors;
const shared: Linter.Config[] = [cors.configs.recommended, cors.configs.strict, cors.configs.all];
const legacy: Linter.LegacyConfig = cors.configs['recommended-legacy'];
const rule: RuleName = 'require-vary-origin';

export default defineConfig(
  cors.configs.recommended,
  { plugins: { cors }, rules: { [\`cors/\${rule}\`]: 'error' } },
  ${typescript ? `${TS_BLOCK}\n  ` : ''}{ settings: { cors: settings } },
  ...shared,
);
export { legacy, misspelt, plugin };
`;
}

const TSCONFIG = `${JSON.stringify(
  {
    compilerOptions: {
      target: 'es2022',
      module: 'nodenext',
      moduleResolution: 'nodenext',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    files: ['eslint.config.ts'],
  },
  null,
  2,
)}\n`;

const typeCheck = (options) => ({ 'typecheck/eslint.config.ts': typedConfig(options), 'typecheck/tsconfig.json': TSCONFIG });

const PARSER = (pkg) => `@typescript-eslint/parser@${pkg.devDependencies['@typescript-eslint/parser']}`;
const TYPESCRIPT = (pkg) => `typescript@${pkg.devDependencies.typescript}`;
const JS_FIXTURES = ['server.js', 'clean.js'];

/** The projects, given the plugin's package.json. */
export function projects(pkg) {
  return [
    {
      id: 'eslint10-esm',
      label: 'flat config, ESM eslint.config.js, eslint.config.ts type-checked',
      eslint: 'eslint@^10',
      major: 10,
      type: 'module',
      deps: [PARSER(pkg), TYPESCRIPT(pkg)],
      files: { 'eslint.config.js': flatEsmConfig({ typescript: true }), ...typeCheck({ typescript: true }) },
      fixtures: ['server.js', 'handler.ts', 'clean.js'],
      badSettings: BAD_SETTINGS.esm,
      typeCheck: true,
    },
    {
      id: 'eslint9-cjs',
      label: 'flat config, CommonJS eslint.config.cjs, eslint.config.ts type-checked as CommonJS',
      eslint: 'eslint@^9',
      major: 9,
      type: 'commonjs',
      deps: [PARSER(pkg), TYPESCRIPT(pkg)],
      files: { 'eslint.config.cjs': FLAT_CJS_CONFIG, ...typeCheck({ typescript: true }) },
      fixtures: ['server.cjs', 'handler.ts', 'clean.js'],
      badSettings: BAD_SETTINGS.cjs,
      typeCheck: true,
    },
    {
      id: 'eslint8-legacy',
      label: '.eslintrc.json, plugin:cors/recommended-legacy',
      eslint: 'eslint@~8.57.0',
      major: 8,
      minMinor: 57,
      type: 'commonjs',
      deps: [PARSER(pkg), TYPESCRIPT(pkg)],
      files: { '.eslintrc.json': LEGACY_CONFIG },
      fixtures: ['server.js', 'handler.ts', 'clean.js'],
      env: { ESLINT_USE_FLAT_CONFIG: 'false' },
      badSettings: BAD_SETTINGS.legacy,
    },
    {
      id: 'javascript-only',
      label: 'JavaScript project: no typescript anywhere in node_modules',
      eslint: 'eslint@^10',
      major: 10,
      type: 'module',
      deps: [],
      files: { 'eslint.config.js': flatEsmConfig({ typescript: false }) },
      fixtures: JS_FIXTURES,
      noTypeScript: true,
      scanDist: true,
    },
    {
      id: 'typescript7',
      label: 'typescript@^7 project: one TypeScript, none nested under the plugin; eslint.config.ts type-checked by tsc 7',
      eslint: 'eslint@^10',
      major: 10,
      type: 'module',
      deps: ['typescript@^7'],
      files: { 'eslint.config.js': flatEsmConfig({ typescript: false }), ...typeCheck({ typescript: false }) },
      fixtures: JS_FIXTURES,
      oneTypeScript: 7,
      typeCheck: true,
    },
    {
      id: 'git-install',
      label: 'installed with npm i -D git+file://<clone>: prepare builds dist/',
      eslint: 'eslint@^10',
      major: 10,
      type: 'module',
      install: 'git',
      deps: [],
      files: { 'eslint.config.js': flatEsmConfig({ typescript: false }) },
      fixtures: JS_FIXTURES,
    },
  ];
}
