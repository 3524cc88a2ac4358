/**
 * `@middy/http-cors` (`'*'` with credentials echoes; a single `origin` is sent
 * as written) and corser (`supportsCredentials` with no origins echoes).
 */
import reflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import headersRule from '../../src/rules/no-wildcard-headers-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at, ONE_ORIGIN } from './middleware-cases.js';

const ruleTester = createRuleTester();

const MIDDY = `import middy from '@middy/core';\nimport cors from '@middy/http-cors';\n`;
const CORSER = `const corser = require('corser');\n`;

ruleTester.run('no-reflected-origin-with-credentials (middy, corser)', reflected, {
  assertionOptions,
  valid: [
    `${MIDDY}export const handler = middy(lambda).use(cors({ origin: 'https://app.example.com', credentials: true }));`,
    // A `*` inside a single origin is sent as written (broken, never matched).
    `${MIDDY}export const handler = middy(lambda).use(cors({ origin: 'https://*.example.com', credentials: true }));`,
    // In `origins`, `*` stands for one label of a fixed domain: an allowlist pattern.
    `${MIDDY}export const handler = middy(lambda).use(cors({ origins: ['https://*.example.com'], credentials: true }));`,
    // No origin configured: no ACAO (middy 6 and later).
    `${MIDDY}export const handler = middy(lambda).use(cors({ credentials: true }));`,
    `${MIDDY}export const handler = middy(lambda).use(cors({ origin: '*' }));`,
    // A custom getOrigin decides per request: not read.
    `${MIDDY}export const handler = middy(lambda).use(cors({ origin: '*', credentials: true, getOrigin: pick }));`,
    `${CORSER}app.use(corser.create({ origins: ['https://app.example.com'], supportsCredentials: true }));`,
    `${CORSER}app.use(corser.create());`,
    // Look-alikes.
    `import cors from '@middy/http-security-headers';\nexport const handler = middy(lambda).use(cors({ origin: '*', credentials: true }));`,
    `const corser = require('./corser');\napp.use(corser.create({ supportsCredentials: true }));`,
  ],
  invalid: [
    (() => {
      const code = `${MIDDY}export const handler = middy(lambda).use(cors({ origin: '*', credentials: true }));`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `${MIDDY}export const handler = middy(lambda).use(cors({ origins: ['https://app.example.com'], credentials: true }));`,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            data: { library: '@middy/http-cors', option: 'origins' },
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${MIDDY}export const handler = middy(lambda).use(cors({ origin: '*' }));` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `${MIDDY}export const handler = middy(lambda).use(cors({ origins: ['https://app.example.com', '*'], credentials: 'true' }));`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            ...at(code, `'*'`),
            suggestions: [
              { messageId: 'removeCredentials' as const, output: `${MIDDY}export const handler = middy(lambda).use(cors({ origins: ['https://app.example.com', '*'] }));` },
            ],
          },
        ],
      };
    })(),
    (() => {
      const code = `${CORSER}app.use(corser.create({ supportsCredentials: true }));`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            data: { library: 'corser', option: 'origins' },
            ...at(code, 'supportsCredentials: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${CORSER}app.use(corser.create({}));` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `import corser from 'corser';\napp.use(corser.create({ origins: (origin, cb) => cb(null, true), supportsCredentials: true }));`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'cb(null, true)'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `import corser from 'corser';\napp.use(corser.create({ origins: (origin, cb) => cb(null, true) }));` }],
          },
        ],
      };
    })(),
  ],
});

ruleTester.run('no-wildcard-headers-with-credentials (middy, corser)', headersRule, {
  assertionOptions,
  valid: [`${MIDDY}middy(lambda).use(cors({ origin: '*', headers: '*' }));`],
  invalid: [
    (() => {
      const code = `${MIDDY}middy(lambda).use(cors({ origin: 'https://app.example.com', credentials: true, headers: '*' }));`;
      return { code, errors: [{ messageId: 'wildcardListWithCredentials' as const, data: { header: 'Access-Control-Allow-Headers' }, ...at(code, `'*'`), suggestions: [] }] };
    })(),
    (() => {
      const code = `${CORSER}app.use(corser.create({ origins: ['https://app.example.com'], supportsCredentials: true, responseHeaders: ['X-Id', '*'] }));`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardListWithCredentials' as const,
            data: { header: 'Access-Control-Expose-Headers' },
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeWildcard' as const, output: code.replace(`['X-Id', '*']`, `['X-Id']`) }],
          },
        ],
      };
    })(),
  ],
});
