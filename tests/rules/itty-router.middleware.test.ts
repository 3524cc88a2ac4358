/**
 * itty-router: v5 `cors()` turns `'*'` (its default) into the request's Origin
 * when credentials are on; v4 `createCors()` echoes every origin by default and
 * gets credentials only from its `headers` option.
 */
import reflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import headersRule from '../../src/rules/no-wildcard-headers-with-credentials.js';
import wildcard from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at, ONE_ORIGIN } from './middleware-cases.js';

const ruleTester = createRuleTester();

const V5 = `import { AutoRouter, cors } from 'itty-router';\n`;
const V4 = `import { createCors } from 'itty-router';\n`;
const CREDENTIALS_HEADER = `headers: { 'Access-Control-Allow-Credentials': 'true' }`;

ruleTester.run('no-reflected-origin-with-credentials (itty-router)', reflected, {
  assertionOptions,
  valid: [
    `${V5}const { preflight, corsify } = cors();`,
    `${V5}const { preflight, corsify } = cors({ origin: ['https://app.example.com'], credentials: true });`,
    `${V5}const { preflight, corsify } = cors({ origin: 'https://app.example.com', credentials: true });`,
    `${V5}const { preflight, corsify } = cors({ origin: process.env.ORIGIN, credentials: true });`,
    // v4 without credentials, or with a list.
    `${V4}const { preflight, corsify } = createCors({ methods: ['GET'] });`,
    `${V4}const { preflight, corsify } = createCors({ origins: ['https://app.example.com'], ${CREDENTIALS_HEADER} });`,
    `${V4}const { preflight, corsify } = createCors({ headers: { 'Access-Control-Allow-Credentials': 'false' } });`,
    // Look-alikes.
    `import { cors } from 'itty-cors';\nconst { preflight } = cors({ credentials: true });`,
    `import { cors } from './cors';\nconst { preflight } = cors({ credentials: true });`,
  ],
  invalid: [
    (() => {
      const code = `${V5}const { preflight, corsify } = cors({ credentials: true });`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            data: { library: 'itty-router cors', option: 'origin' },
            ...at(code, 'credentials: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${V5}const { preflight, corsify } = cors({});` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `${V5}const { preflight, corsify } = cors({ origin: '*', credentials: true });`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `${V5}const { preflight, corsify } = cors({ origin: ['https://app.example.com'], credentials: true });`,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${V5}const { preflight, corsify } = cors({ origin: '*' });` }],
          },
        ],
      };
    })(),
    (() => {
      // The function's return value is the header: `o => o` echoes.
      const code = `${V5}const { preflight, corsify } = cors({ origin: (o) => o, credentials: true });`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'o', 12),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${V5}const { preflight, corsify } = cors({ origin: (o) => o });` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `${V4}const { preflight, corsify } = createCors({\n  methods: ['GET', 'POST'],\n  ${CREDENTIALS_HEADER},\n});`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            data: { library: 'itty-router createCors', option: 'origins' },
            ...at(code, `'Access-Control-Allow-Credentials': 'true'`),
            suggestions: [
              { messageId: 'removeCredentials' as const, output: `${V4}const { preflight, corsify } = createCors({\n  methods: ['GET', 'POST'],\n  headers: {},\n});` },
            ],
          },
        ],
      };
    })(),
  ],
});

ruleTester.run('no-wildcard-origin-with-credentials (itty-router)', wildcard, {
  assertionOptions,
  // itty-router never sends `*` with credentials: it echoes instead.
  valid: [`${V5}cors({ origin: '*', credentials: true });`, `${V4}createCors({ origins: ['*'], ${CREDENTIALS_HEADER} });`],
  invalid: [],
});

ruleTester.run('no-wildcard-headers-with-credentials (itty-router)', headersRule, {
  assertionOptions,
  valid: [`${V5}cors({ origin: 'https://app.example.com', allowHeaders: '*' });`],
  invalid: [
    (() => {
      const code = `${V5}cors({ origin: 'https://app.example.com', credentials: true, allowHeaders: '*' });`;
      return { code, errors: [{ messageId: 'wildcardListWithCredentials' as const, data: { header: 'Access-Control-Allow-Headers' }, ...at(code, `'*'`), suggestions: [] }] };
    })(),
  ],
});
