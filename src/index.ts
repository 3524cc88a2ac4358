/**
 * The plugin. Its public types come from ESLint's own type definitions
 * (`Linter.Config`, `Rule.RuleModule`), so that `defineConfig(cors.configs.recommended)`,
 * `{ plugins: { cors } }` and `Linter.Config[]` type-check in an `eslint.config.ts`
 * with nothing installed but `eslint` and this plugin.
 */
import type { Linter, Rule } from 'eslint';
import { flatConfig, legacyConfig } from './configs.js';
import { PLUGIN_NAME, PLUGIN_VERSION } from './meta.js';
import { rules as ruleModules } from './rules/index.js';

export type { CorsSettings, CorsSettingsInput } from './settings.js';

/** Every rule of the plugin, by the name it is used under after `cors/`. */
export type RuleName =
  | 'no-credentials-to-unlisted-origin'
  | 'no-null-origin'
  | 'no-permissive-origin'
  | 'no-permissive-origin-check'
  | 'no-reflected-origin-with-credentials'
  | 'no-wildcard-headers-with-credentials'
  | 'no-wildcard-origin-with-credentials'
  | 'require-preflight-credentials'
  | 'require-request-credentials'
  | 'require-vary-origin'
  | 'valid-credentials-header';

// Type aliases rather than interfaces: only object type aliases are assignable to
// ESLint's index-signature types (`ESLint.Plugin['configs']`, `Linter.Config['plugins']`).
export type CorsConfigs = {
  /** Flat config: the rules that find what breaks logged-in users or exposes their data. */
  recommended: Linter.Config;
  /** Flat config: `recommended` and the rules that also flag risky but sometimes intended setups. */
  strict: Linter.Config;
  /** Flat config: every rule. */
  all: Linter.Config;
  /** `.eslintrc`: `extends: ['plugin:cors/recommended-legacy']`. */
  'recommended-legacy': Linter.LegacyConfig;
  'strict-legacy': Linter.LegacyConfig;
  'all-legacy': Linter.LegacyConfig;
};

export type CorsPlugin = {
  meta: { name: string; version: string };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: CorsConfigs;
};

/** The rule modules, with ESLint's rule type (tests/package.test.ts checks RuleName against src/rules/index.ts). */
const rules = ruleModules satisfies Record<RuleName, unknown> as unknown as Record<RuleName, Rule.RuleModule>;

const plugin: CorsPlugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION },
  rules,
  configs: {} as CorsConfigs,
};

Object.assign(plugin.configs, {
  recommended: flatConfig('recommended', plugin),
  strict: flatConfig('strict', plugin),
  all: flatConfig('all', plugin),
  'recommended-legacy': legacyConfig('recommended'),
  'strict-legacy': legacyConfig('strict'),
  'all-legacy': legacyConfig('all'),
} satisfies CorsConfigs);

export { rules };
export default plugin;
