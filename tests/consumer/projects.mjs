// The consumer projects scripts/consumer-test.mjs creates, and what each must show.
// Each installs the plugin as a user would (the packed tarball, or a git URL) next to
// one ESLint major, lints and fixes the fixtures, and runs the extra checks it names.
// The TypeScript and .eslintrc examples of README.md are used as they are written.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const README = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md'), 'utf8');

/** The `index`-th code block in `lang` of the README section headed `heading` (up to the next heading). */
export function readmeBlock(heading, lang, index = 0) {
  const start = README.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`README.md has no section ${JSON.stringify(heading)}`);
  const rest = README.slice(start + heading.length + 2);
  const section = rest.slice(0, rest.search(/^#{1,3} /m) >>> 0);
  const blocks = [...section.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]);
  if (blocks[index] === undefined) throw new Error(`README.md section ${JSON.stringify(heading)} has no ${lang} block ${index}`);
  return blocks[index];
}

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
  'vercel.json': [[7, 'cors/valid-credentials-header']],
  'serverless.yml': [],
};
export const CONFIG_NAMES = ['all', 'all-legacy', 'recommended', 'recommended-legacy', 'strict', 'strict-legacy'];

const SETTINGS = { cors: { allowedOrigins: ['https://app.example.com'] } };
const TS_BLOCK = "{ files: ['**/*.ts'], languageOptions: { parser: tsParser } },";

const FLAT_ESM_CONFIG = `import cors from 'eslint-plugin-cors';

export default [cors.configs.recommended, { settings: ${JSON.stringify(SETTINGS)} }];
`;

const FLAT_CJS_CONFIG = `'use strict';
const cors = require('eslint-plugin-cors');
const tsParser = require('@typescript-eslint/parser');

module.exports = [
  cors.configs.recommended,
  ${TS_BLOCK}
  { settings: ${JSON.stringify(SETTINGS)} },
];
`;

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

function tsconfig(files) {
  const compilerOptions = { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: false, types: [] };
  return `${JSON.stringify({ compilerOptions, files }, null, 2)}\n`;
}

/** The files of a type check: our eslint.config.ts, and the README's when the parser is installed. */
function typeCheck({ typescript }) {
  const files = { 'typecheck/eslint.config.ts': typedConfig({ typescript }) };
  if (typescript) files['typecheck/readme.config.ts'] = readmeBlock('### TypeScript', 'ts');
  files['typecheck/tsconfig.json'] = tsconfig(Object.keys(files).map((file) => path.basename(file)));
  return files;
}

const PARSER = (pkg) => `@typescript-eslint/parser@${pkg.devDependencies['@typescript-eslint/parser']}`;
const TYPESCRIPT = (pkg) => `typescript@${pkg.devDependencies.typescript}`;
const JS_FIXTURES = ['server.js', 'clean.js'];

/** The projects, given the plugin's package.json. */
export function projects(pkg) {
  return [
    {
      id: 'eslint10-esm',
      label: "flat config, the README's TypeScript eslint.config.js and eslint.config.ts (type-checked), SARIF output",
      eslint: 'eslint@^10',
      major: 10,
      type: 'module',
      deps: [PARSER(pkg), TYPESCRIPT(pkg), '@microsoft/eslint-formatter-sarif@^3'],
      files: { 'eslint.config.js': readmeBlock('### TypeScript', 'js'), ...typeCheck({ typescript: true }) },
      fixtures: ['server.js', 'handler.ts', 'clean.js'],
      badSettings: BAD_SETTINGS.esm,
      typeCheck: true,
      sarif: true,
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
      label: "the README's .eslintrc.json, plugin:cors/recommended-legacy",
      eslint: 'eslint@~8.57.0',
      major: 8,
      minMinor: 57,
      type: 'commonjs',
      deps: [PARSER(pkg), TYPESCRIPT(pkg)],
      files: { '.eslintrc.json': readmeBlock('### Legacy config (`.eslintrc`, ESLint 8)', 'json') },
      fixtures: ['server.js', 'handler.ts', 'clean.js'],
      env: { ESLINT_USE_FLAT_CONFIG: 'false' },
      badSettings: BAD_SETTINGS.legacy,
    },
    {
      id: 'deployment-files',
      label: "the README's deployment-files config: vercel.json through @eslint/json, serverless.yml through yaml-eslint-parser",
      eslint: 'eslint@^10',
      major: 10,
      type: 'module',
      deps: ['@eslint/json@^2', 'yaml-eslint-parser@^2'],
      files: { 'eslint.config.js': readmeBlock('### Deployment files', 'js') },
      fixtures: ['vercel.json', 'serverless.yml'],
    },
    {
      id: 'javascript-only',
      label: 'JavaScript project: no typescript anywhere in node_modules',
      eslint: 'eslint@^10',
      major: 10,
      type: 'module',
      deps: [],
      files: { 'eslint.config.js': FLAT_ESM_CONFIG },
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
      files: { 'eslint.config.js': FLAT_ESM_CONFIG, ...typeCheck({ typescript: false }) },
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
      files: { 'eslint.config.js': FLAT_ESM_CONFIG },
      fixtures: JS_FIXTURES,
    },
  ];
}
