/**
 * `@elysiajs/cors`: origin and credentials are both on by default, so
 * `cors()` echoes every origin with credentials.
 */
import checks from '../../src/rules/no-permissive-origin-check.js';
import reflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import headersRule from '../../src/rules/no-wildcard-headers-with-credentials.js';
import wildcard from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at, ONE_ORIGIN } from './middleware-cases.js';

const ruleTester = createRuleTester();

const ELYSIA = `import { Elysia } from 'elysia';\nimport { cors } from '@elysiajs/cors';\n`;

ruleTester.run('no-reflected-origin-with-credentials (Elysia)', reflected, {
  assertionOptions,
  valid: [
    `${ELYSIA}new Elysia().use(cors({ origin: 'https://app.example.com' }));`,
    `${ELYSIA}new Elysia().use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'] }));`,
    `${ELYSIA}new Elysia().use(cors({ origin: process.env.CORS_ORIGIN }));`,
    // Public: an echo without credentials is the permissive-origin rule's business.
    `${ELYSIA}new Elysia().use(cors({ credentials: false }));`,
    `${ELYSIA}new Elysia().use(cors({ origin: false }));`,
    // `'*'` is sent as is: broken, not an echo.
    `${ELYSIA}new Elysia().use(cors({ origin: '*' }));`,
    // Look-alikes: another package's cors, a local helper.
    `import { cors } from './cors';\nnew Elysia().use(cors());`,
    `import { cors } from 'elysia-cors-helper';\nnew Elysia().use(cors());`,
    `${ELYSIA}new Elysia().use(cors(loadOptions()));`,
  ],
  invalid: [
    (() => {
      const code = `${ELYSIA}new Elysia()\n  .use(cors())\n  .listen(3000);`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedByDefault' as const,
            data: { library: '@elysiajs/cors', option: 'origin' },
            ...at(code, 'cors()'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${ELYSIA}new Elysia()\n  .use(cors({ credentials: false }))\n  .listen(3000);` }],
          },
        ],
      };
    })(),
    (() => {
      // One configured origin: written as the origin list (applies the user's settings).
      const code = `import cors from '@elysiajs/cors';\napp.use(cors({ maxAge: 600 }));`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `import cors from '@elysiajs/cors';\napp.use(cors({ origin: ['https://app.example.com'], maxAge: 600 }));`,
        errors: [
          {
            messageId: 'reflectedByDefault' as const,
            ...at(code, 'cors({ maxAge: 600 })'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `import cors from '@elysiajs/cors';\napp.use(cors({ credentials: false, maxAge: 600 }));` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `${ELYSIA}app.use(cors({ origin: true, credentials: true }));`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${ELYSIA}app.use(cors({ origin: true, credentials: false }));` }],
          },
        ],
      };
    })(),
    (() => {
      // A function of the Request that returns `true` lets every origin in.
      const code = `const { cors } = require('@elysiajs/cors');\napp.use(cors({ origin: (request) => true }));`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'true', 1),
            suggestions: [
              { messageId: 'removeCredentials' as const, output: `const { cors } = require('@elysiajs/cors');\napp.use(cors({ credentials: false, origin: (request) => true }));` },
            ],
          },
        ],
      };
    })(),
  ],
});

ruleTester.run('no-wildcard-origin-with-credentials (Elysia)', wildcard, {
  assertionOptions,
  valid: [`${ELYSIA}app.use(cors({ origin: '*', credentials: false }));`, `${ELYSIA}app.use(cors({ origin: 'https://app.example.com' }));`],
  invalid: [
    (() => {
      // Credentials are on by default: `'*'` (alone or in a list) is sent with them.
      const code = `${ELYSIA}app.use(cors({ origin: ['https://app.example.com', '*'] }));`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: '@elysiajs/cors', option: 'origin' },
            ...at(code, `'*'`),
            suggestions: [
              { messageId: 'removeCredentialsOption' as const, output: `${ELYSIA}app.use(cors({ credentials: false, origin: ['https://app.example.com', '*'] }));` },
            ],
          },
        ],
      };
    })(),
  ],
});

ruleTester.run('no-wildcard-headers-with-credentials (Elysia)', headersRule, {
  assertionOptions,
  valid: [
    // The defaults reflect the request's headers and method.
    `${ELYSIA}app.use(cors({ origin: 'https://app.example.com' }));`,
    `${ELYSIA}app.use(cors({ origin: 'https://app.example.com', allowedHeaders: true, methods: true }));`,
    `${ELYSIA}app.use(cors({ origin: 'https://app.example.com', credentials: false, allowedHeaders: '*' }));`,
  ],
  invalid: [
    (() => {
      const code = `${ELYSIA}app.use(cors({ origin: 'https://app.example.com', allowedHeaders: '*', exposeHeaders: ['X-Id', '*'] }));`;
      return {
        code,
        errors: [
          { messageId: 'wildcardListWithCredentials' as const, data: { header: 'Access-Control-Allow-Headers' }, ...at(code, `'*'`, 1), suggestions: [] },
          {
            messageId: 'wildcardListWithCredentials' as const,
            data: { header: 'Access-Control-Expose-Headers' },
            ...at(code, `'*'`, 2),
            suggestions: [
              { messageId: 'removeWildcard' as const, output: `${ELYSIA}app.use(cors({ origin: 'https://app.example.com', allowedHeaders: '*', exposeHeaders: ['X-Id'] }));` },
            ],
          },
        ],
      };
    })(),
  ],
});

ruleTester.run('no-permissive-origin-check (Elysia)', checks, {
  assertionOptions,
  valid: [`${ELYSIA}app.use(cors({ origin: /^https:\\/\\/app\\.example\\.com$/ }));`],
  invalid: [
    {
      code: `${ELYSIA}app.use(cors({ origin: /example\\.com/ }));`,
      errors: [{ messageId: 'unanchored' as const, ...at(`${ELYSIA}app.use(cors({ origin: /example\\.com/ }));`, '/example\\.com/'), suggestions: [{ messageId: 'useSafeCheck' as const, output: `${ELYSIA}app.use(cors({ origin: /^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/ }));` }] }],
    },
  ],
});
