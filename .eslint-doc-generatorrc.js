// eslint-doc-generator reads the built plugin (package.json `main`), so
// `npm run docs` and `npm run docs:check` build first.

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  // "# cors/no-wildcard-origin-with-credentials", followed by the description notice.
  ruleDocTitleFormat: 'prefix-name',
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
    ['all', '🌐'],
  ],
  // The eslintrc variants hold the same rules as their flat counterparts.
  ignoreConfig: ['recommended-legacy', 'strict-legacy', 'all-legacy'],
  // Every rule page explains the failure, shows both sides, and says when to turn the rule off.
  ruleDocSectionInclude: ['Why', 'Examples', 'Incorrect', 'Correct', 'Options', 'When not to use it'],
  // Every page has an "Options" section (saying "This rule has no options." where that is so); the
  // generator's own check would reject that section for rules without options, so
  // tests/plugin.test.ts checks instead that each option is documented.
  ruleDocSectionOptions: false,
};

export default config;
