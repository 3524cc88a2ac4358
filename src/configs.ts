/**
 * Shared configs, derived from each rule's `meta.docs`: `recommended` holds the
 * rules marked recommended, `strict` adds those marked strict, `all` holds every rule.
 * Typed with ESLint's own config types, which are what users' configs are checked against.
 */
import type { ESLint, Linter } from 'eslint';
import { PLUGIN_PREFIX } from './meta.js';
import { rules, type RuleName } from './rules/index.js';

export type ConfigName = 'recommended' | 'strict' | 'all';
type RuleLevels = Record<string, 'error'>;

function ruleLevels(include: (name: RuleName) => boolean): RuleLevels {
  const levels: RuleLevels = {};
  for (const name of Object.keys(rules).sort() as RuleName[]) {
    if (include(name)) levels[`${PLUGIN_PREFIX}/${name}`] = 'error';
  }
  return levels;
}

const docsOf = (name: RuleName) => rules[name].meta.docs as { recommended?: boolean; strict?: boolean };

export const configRules: Record<ConfigName, RuleLevels> = {
  recommended: ruleLevels((name) => docsOf(name).recommended === true),
  strict: ruleLevels((name) => docsOf(name).recommended === true || docsOf(name).strict === true),
  all: ruleLevels(() => true),
};

export function flatConfig(name: ConfigName, plugin: ESLint.Plugin): Linter.Config {
  return { name: `${PLUGIN_PREFIX}/${name}`, plugins: { [PLUGIN_PREFIX]: plugin }, rules: configRules[name] };
}

export function legacyConfig(name: ConfigName): Linter.LegacyConfig {
  return { plugins: [PLUGIN_PREFIX], rules: configRules[name] };
}
