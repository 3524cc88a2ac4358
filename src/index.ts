import type { TSESLint } from '@typescript-eslint/utils';
import { flatConfig, legacyConfig } from './configs.js';
import { PLUGIN_NAME, PLUGIN_VERSION } from './meta.js';
import { rules } from './rules/index.js';

export type { CorsSettings } from './settings.js';
export type { RuleName } from './rules/index.js';

interface CorsPlugin {
  meta: { name: string; version: string };
  rules: typeof rules;
  configs: {
    recommended: TSESLint.FlatConfig.Config;
    strict: TSESLint.FlatConfig.Config;
    all: TSESLint.FlatConfig.Config;
    'recommended-legacy': TSESLint.ClassicConfig.Config;
    'strict-legacy': TSESLint.ClassicConfig.Config;
    'all-legacy': TSESLint.ClassicConfig.Config;
  };
}

const plugin: CorsPlugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION },
  rules,
  configs: {} as CorsPlugin['configs'],
};

const asPlugin = plugin as unknown as TSESLint.FlatConfig.Plugin;
Object.assign(plugin.configs, {
  recommended: flatConfig('recommended', asPlugin),
  strict: flatConfig('strict', asPlugin),
  all: flatConfig('all', asPlugin),
  'recommended-legacy': legacyConfig('recommended'),
  'strict-legacy': legacyConfig('strict'),
  'all-legacy': legacyConfig('all'),
});

export { rules };
export default plugin;
