// Deployment files (vercel.json, firebase.json, staticwebapp.config.json,
// serverless.yml, …) shipped inside packages, linted the way the README sets
// them up: JSON through @eslint/json, YAML through yaml-eslint-parser.
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { configRules, PROJECT_ROOT } from './lint-setup.mjs';
import { visitPackageFiles } from './source-files.mjs';

/** The file names the plugin reads as deployment configuration. */
export const DEPLOYMENT_FILE = /^(?:vercel|now|firebase|staticwebapp\.config|serverless)\.json$|^serverless\.ya?ml$/;

/** Deployment files of one package (not of its nested dependencies), sorted by path. */
export function listDeploymentFiles(pkgDir) {
  const files = [];
  visitPackageFiles(pkgDir, (full, name) => {
    if (DEPLOYMENT_FILE.test(name)) files.push(full);
  });
  return files.sort();
}

/**
 * A linter for deployment files with the rules of `configName`; null when
 * @eslint/json or yaml-eslint-parser cannot be loaded (ESLint 8).
 * `lint(text, file)` returns `{ messages, fatal }` and never throws.
 */
export async function createDeploymentLinter({ Linter, plugin, configName, root = PROJECT_ROOT }) {
  const require = createRequire(path.join(root, 'package.json'));
  let json;
  let yamlParser;
  try {
    json = (await import(pathToFileURL(require.resolve('@eslint/json')).href)).default;
    yamlParser = await import(pathToFileURL(require.resolve('yaml-eslint-parser')).href);
  } catch {
    return null;
  }
  const linter = new Linter({ configType: 'flat', cwd: '/' });
  const rules = configRules(plugin, configName);
  const config = [
    { ignores: ['!**/node_modules/'] },
    { files: ['**/*.json'], language: 'json/json', plugins: { json, cors: plugin }, rules },
    { files: ['**/*.yml', '**/*.yaml'], languageOptions: { parser: yamlParser }, plugins: { cors: plugin }, rules },
  ];
  return {
    lint(text, file) {
      try {
        const messages = linter.verify(text, config, { filename: file });
        const fatal = messages.find((m) => m.fatal);
        return { messages: messages.filter((m) => m.ruleId?.startsWith('cors/')), fatal: fatal ? `${fatal.line}:${fatal.column} ${fatal.message}` : null };
      } catch (error) {
        return { messages: [], fatal: null, crash: String(error?.stack ?? error).split('\n').slice(0, 4).join(' | ') };
      }
    },
  };
}
