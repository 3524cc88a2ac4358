/**
 * micro-cors: one static origin (default `*`), credentials on unless
 * `allowCredentials: false`. `microCors()` sends `*` with credentials: broken,
 * never an echo.
 */
import permissive from '../../src/rules/no-permissive-origin.js';
import reflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import wildcard from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at, ONE_ORIGIN } from './middleware-cases.js';

const ruleTester = createRuleTester();

const MICRO = `import microCors from 'micro-cors';\n`;

ruleTester.run('no-wildcard-origin-with-credentials (micro-cors)', wildcard, {
  assertionOptions,
  valid: [
    `${MICRO}const cors = microCors({ allowCredentials: false });\nexport default cors(handler);`,
    `${MICRO}export default microCors({ origin: 'https://app.example.com' })(handler);`,
    `${MICRO}export default microCors({ origin: process.env.CORS_ORIGIN })(handler);`,
    `${MICRO}export default microCors({ origin: '*', allowCredentials: false, allowMethods: ['GET'] })(handler);`,
    // Not micro-cors.
    `import microCors from './micro-cors';\nexport default microCors()(handler);`,
    `function microCors() { return (h) => h; }\nexport default microCors()(handler);`,
    // Options that cannot be read.
    `${MICRO}export default microCors(loadOptions())(handler);`,
  ],
  invalid: [
    (() => {
      const code = `${MICRO}const cors = microCors();\nexport default cors(handler);`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: 'micro-cors', option: 'origin' },
            ...at(code, 'microCors()'),
            suggestions: [
              { messageId: 'removeCredentialsOption' as const, output: `${MICRO}const cors = microCors({ allowCredentials: false });\nexport default cors(handler);` },
            ],
          },
        ],
      };
    })(),
    (() => {
      // With one configured origin, the origin option is written (one value: micro-cors takes no list).
      const code = `const microCors = require('micro-cors');\nmodule.exports = microCors()(handler);`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `const microCors = require('micro-cors');\nmodule.exports = microCors({ origin: 'https://app.example.com' })(handler);`,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, 'microCors()'),
            suggestions: [
              { messageId: 'removeCredentialsOption' as const, output: `const microCors = require('micro-cors');\nmodule.exports = microCors({ allowCredentials: false })(handler);` },
            ],
          },
        ],
      };
    })(),
    (() => {
      const code = `${MICRO}const cors = microCors({\n  origin: '*',\n  allowCredentials: true,\n});`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: `${MICRO}const cors = microCors({\n  origin: '*',\n  allowCredentials: false,\n});` }],
          },
        ],
      };
    })(),
    (() => {
      // The default origin: reported on the call; credentials are on by default.
      const code = `import cors from 'micro-cors';\nconst handler = cors({ allowMethods: ['GET', 'POST'] })(api);`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `cors({ allowMethods: ['GET', 'POST'] })`),
            suggestions: [
              {
                messageId: 'removeCredentialsOption' as const,
                output: `import cors from 'micro-cors';\nconst handler = cors({ allowCredentials: false, allowMethods: ['GET', 'POST'] })(api);`,
              },
            ],
          },
        ],
      };
    })(),
  ],
});

ruleTester.run('no-reflected-origin-with-credentials (micro-cors)', reflected, {
  assertionOptions,
  // micro-cors writes its origin as is: it never echoes.
  valid: [`${MICRO}export default microCors()(handler);`, `${MICRO}export default microCors({ origin: '*', allowCredentials: true })(handler);`],
  invalid: [],
});

ruleTester.run('no-permissive-origin (micro-cors)', permissive, {
  assertionOptions,
  valid: [`${MICRO}export default microCors({ origin: 'https://app.example.com', allowCredentials: false })(handler);`],
  invalid: [
    (() => {
      const code = `${MICRO}export default microCors({ allowCredentials: false })(handler);`;
      return { code, errors: [{ messageId: 'wildcardPolicy' as const, data: { library: 'micro-cors', option: 'origin' }, ...at(code, 'microCors({ allowCredentials: false })') }] };
    })(),
  ],
});
