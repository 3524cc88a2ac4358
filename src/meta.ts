/** Kept equal to package.json by tests/plugin.test.ts. */
export const PLUGIN_NAME = 'eslint-plugin-cors';
export const PLUGIN_VERSION = '0.1.0';
/** Where the source and the rule docs live; package.json `repository`, `homepage` and `bugs` point here too. */
export const REPOSITORY_URL = 'https://github.com/eslint-plugin-cors/eslint-plugin-cors';
/** The prefix rules are used under: `cors/no-wildcard-origin-with-credentials`. */
export const PLUGIN_PREFIX = 'cors';
