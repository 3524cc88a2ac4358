// ESLint, parsers and the plugin, loaded from the project, and the language
// options each kind of source file is linted with.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** eslint, espree and @typescript-eslint/parser as installed in the project. */
export async function loadToolchain(root = PROJECT_ROOT) {
  const require = createRequire(path.join(root, 'package.json'));
  const load = async (name) => {
    const mod = await import(pathToFileURL(require.resolve(name)).href);
    return mod.default && Object.keys(mod).length === 1 ? mod.default : mod;
  };
  const eslint = await load('eslint');
  const espree = await load('espree');
  const tsParserModule = await load('@typescript-eslint/parser');
  const tsParser = tsParserModule.parseForESLint ? tsParserModule : tsParserModule.default;
  const version = (name) => JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  return {
    ESLint: eslint.ESLint,
    Linter: eslint.Linter,
    espree,
    tsParser,
    versions: { eslint: version('eslint'), espree: version('espree'), tsParser: version('@typescript-eslint/parser') },
  };
}

/**
 * The built plugin (`dist/esm/index.js`); build it first with `node scripts/build.mjs`.
 * `CORS_PLUGIN_ENTRY=path/to/index.js` loads another build instead.
 */
export async function loadBuiltPlugin(root = PROJECT_ROOT) {
  const entry = process.env.CORS_PLUGIN_ENTRY ? path.resolve(process.env.CORS_PLUGIN_ENTRY) : path.join(root, 'dist', 'esm', 'index.js');
  // A build running at the same time empties dist/ for a few seconds: wait for it.
  for (let waited = 0; !fs.existsSync(entry); waited += 2) {
    if (waited >= 90) throw new Error(`${entry} is missing: run \`node scripts/build.mjs\` first.`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  const mod = await import(pathToFileURL(entry).href);
  return mod.default ?? mod;
}

const TS_FILE = /\.(?:[cm]?ts|tsx)$/;

/** Every source file (a config whose only pattern is `**\/*` matches no file in flat config). */
export const SOURCE_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

/**
 * How a file is parsed: `ts` (typescript-eslint), `module` or `commonjs`
 * (espree, JSX on), or null when espree parses it neither way (Flow, syntax
 * proposals). Decided by a trial parse so that CommonJS files with top-level
 * `return` or legacy octal literals are linted as scripts.
 */
export function detectKind(espree, file, text) {
  if (TS_FILE.test(file)) return 'ts';
  const order = file.endsWith('.cjs') ? ['commonjs', 'module'] : ['module', 'commonjs'];
  for (const sourceType of order) {
    try {
      espree.parse(text, { ecmaVersion: 'latest', sourceType, ecmaFeatures: { jsx: true } });
      return sourceType;
    } catch {
      // try the next source type
    }
  }
  return null;
}

/** Language options of one kind of file. */
export function languageOptionsFor(kind, tsParser) {
  if (kind === 'ts') return { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' };
  return { ecmaVersion: 'latest', sourceType: kind, parserOptions: { ecmaFeatures: { jsx: true } } };
}

/** The rules of a named config of the plugin (`recommended`, `strict`, `all`). */
export function configRules(plugin, configName) {
  const config = plugin.configs?.[configName];
  if (!config?.rules) throw new Error(`the plugin has no config named ${configName}`);
  return config.rules;
}

/**
 * A flat config array for one kind of file: its language options, the plugin
 * with the rules of `configName` (or `rules`), and `settings.cors` when given;
 * without a plugin, a parse-only config. Inline
 * `eslint-disable` comments are ignored so that every report is seen.
 */
export function flatConfigFor({ kind, tsParser, plugin, configName, rules, settings }) {
  const config = [
    // Installed packages are linted too: lift the default ignore of node_modules.
    { ignores: ['!**/node_modules/'] },
    { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
    { files: SOURCE_FILES, languageOptions: languageOptionsFor(kind, tsParser) },
  ];
  if (!plugin) return config;
  config.push({
    files: SOURCE_FILES,
    plugins: { cors: plugin },
    rules: rules ?? configRules(plugin, configName),
    settings: settings ? { cors: settings } : {},
  });
  return config;
}

/** Messages of the plugin's rules (drops parser and directive notices). */
export function pluginMessages(messages) {
  return messages.filter((m) => typeof m.ruleId === 'string' && m.ruleId.startsWith('cors/'));
}

/** A short, one-line description of the machine and tool versions. */
export async function describeMachine(os, versions, plugin) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((x) => x.toFixed(1)).join(' '),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    eslint: versions.eslint,
    espree: versions.espree,
    typescriptEslintParser: versions.tsParser,
    plugin: `${plugin.meta?.name ?? 'eslint-plugin-cors'}@${plugin.meta?.version ?? '?'}`,
  };
}
