import rule from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';

createRuleTester().run('no-wildcard-origin-with-credentials (smoke)', rule, {
  assertionOptions,
  valid: [`res.setHeader('Access-Control-Allow-Origin', '*');`],
  invalid: [
    {
      code: `res.setHeader('Access-Control-Allow-Origin', '*');\nres.setHeader('Access-Control-Allow-Credentials', 'true');`,
      errors: [
        {
          messageId: 'wildcardWithCredentials',
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 49,
          suggestions: [
            { messageId: 'removeCredentials', output: `res.setHeader('Access-Control-Allow-Origin', '*');\n` },
          ],
        },
      ],
    },
  ],
});
