/**
 * Library versions read from the project's package.json change what the rules
 * report: @koa/cors before 5.0 echoes the request Origin when no origin is
 * set (and before 3.4.1 sends `'*'` with credentials as is), and
 * @elysiajs/cors before 1.3.1 tests an origin without a scheme as a
 * substring. Without a version the latest behaviour holds.
 */
import checks from '../../src/rules/no-permissive-origin-check.js';
import permissive from '../../src/rules/no-permissive-origin.js';
import reflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import wildcard from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { versionProject } from '../version-projects.js';
import { at, ONE_ORIGIN } from './middleware-cases.js';

const ruleTester = createRuleTester();

const koa = (range: string) => versionProject(`koa-${range}`, { dependencies: { '@koa/cors': range } }, {}, 'server.js');
const elysia = (range: string) => versionProject(`elysia-${range}`, { dependencies: { '@elysiajs/cors': range } }, {}, 'server.js');
const unversioned = versionProject('no-version', { name: 'app' }, {}, 'server.js');

const KOA = `import cors from '@koa/cors';\n`;
const KOA_CREDENTIALS = `${KOA}app.use(cors({ credentials: true }));`;
const KOA_STAR = `${KOA}app.use(cors({ origin: '*', credentials: true }));`;
const ELYSIA = `import { cors } from '@elysiajs/cors';\n`;
const ELYSIA_HOST = `${ELYSIA}new Elysia().use(cors({ origin: 'app.example.com' }));`;

ruleTester.run('no-reflected-origin-with-credentials (koa-cors versions)', reflected, {
  assertionOptions,
  valid: [
    { code: `${KOA}app.use(cors({ origin: 'https://app.example.com', credentials: true }));`, filename: koa('^4.0.0') },
    // Without credentials the echo of 4.x is the permissive-origin rule's business.
    { code: `${KOA}app.use(cors());`, filename: koa('^4.0.0') },
    // Before 3.4.1, `'*'` with credentials is sent as is: broken, not an echo.
    { code: KOA_STAR, filename: koa('3.4.0') },
  ],
  invalid: [
    // 4.x: no origin means the request's Origin.
    {
      code: KOA_CREDENTIALS,
      filename: koa('^4.0.0'),
      output: null,
      errors: [
        {
          messageId: 'reflectedByDefault',
          ...at(KOA_CREDENTIALS, 'credentials: true'),
          suggestions: [{ messageId: 'removeCredentials', output: `${KOA}app.use(cors({}));` }],
        },
      ],
    },
    // With one allowed origin in the settings, the autofix names it (@koa/cors takes one origin, not a list).
    {
      code: KOA_CREDENTIALS,
      filename: koa('^4.0.0'),
      settings: ONE_ORIGIN,
      output: `${KOA}app.use(cors({ origin: 'https://app.example.com', credentials: true }));`,
      errors: [
        {
          messageId: 'reflectedByDefault',
          ...at(KOA_CREDENTIALS, 'credentials: true'),
          suggestions: [{ messageId: 'removeCredentials', output: `${KOA}app.use(cors({}));` }],
        },
      ],
    },
    // 5.x, and no version found (the latest): no origin is `*`, which credentials turn into the echo.
    ...[koa('^5.0.0'), unversioned].map((filename) => ({
      code: KOA_CREDENTIALS,
      filename,
      output: null,
      errors: [
        {
          messageId: 'reflectedDefault' as const,
          ...at(KOA_CREDENTIALS, 'credentials: true'),
          suggestions: [{ messageId: 'removeCredentials' as const, output: `${KOA}app.use(cors({}));` }],
        },
      ],
    })),
    // 3.4.1 and later echo `'*'` when credentials are on.
    {
      code: KOA_STAR,
      filename: koa('^3.4.1'),
      output: null,
      errors: [
        {
          messageId: 'reflectedDefault',
          ...at(KOA_STAR, "'*'"),
          suggestions: [{ messageId: 'removeCredentials', output: `${KOA}app.use(cors({ origin: '*' }));` }],
        },
      ],
    },
  ],
});

ruleTester.run('no-wildcard-origin-with-credentials (koa-cors versions)', wildcard, {
  assertionOptions,
  valid: [
    // 3.4.1 and later, and the latest: an echo, reported by no-reflected-origin-with-credentials.
    { code: KOA_STAR, filename: koa('^3.4.1') },
    { code: KOA_STAR, filename: unversioned },
  ],
  invalid: [
    {
      code: KOA_STAR,
      filename: koa('3.4.0'),
      errors: [
        {
          messageId: 'wildcardPolicy',
          ...at(KOA_STAR, "'*'"),
          suggestions: [{ messageId: 'removeCredentialsOption', output: `${KOA}app.use(cors({ origin: '*' }));` }],
        },
      ],
    },
  ],
});

ruleTester.run('no-permissive-origin (koa-cors versions)', permissive, {
  assertionOptions,
  valid: [{ code: `${KOA}app.use(cors({ origin: 'https://app.example.com' }));`, filename: koa('^4.0.0') }],
  invalid: [
    // 4.x echoes every origin by default; 5.x sends `*`.
    {
      code: `${KOA}app.use(cors());`,
      filename: koa('^4.0.0'),
      errors: [{ messageId: 'echoPolicy', ...at(`${KOA}app.use(cors());`, 'cors()') }],
    },
    {
      code: `${KOA}app.use(cors());`,
      filename: koa('^5.0.0'),
      errors: [{ messageId: 'wildcardPolicy', ...at(`${KOA}app.use(cors());`, 'cors()') }],
    },
  ],
});

ruleTester.run('no-permissive-origin-check (elysia versions)', checks, {
  assertionOptions,
  valid: [
    { code: ELYSIA_HOST, filename: elysia('^1.3.1') },
    { code: ELYSIA_HOST, filename: unversioned },
    // A full origin was compared exactly in every version.
    { code: `${ELYSIA}new Elysia().use(cors({ origin: 'https://app.example.com' }));`, filename: elysia('1.2.0') },
    // Without credentials the substring test lets nothing credentialed through.
    { code: `${ELYSIA}new Elysia().use(cors({ origin: 'app.example.com', credentials: false }));`, filename: elysia('1.2.0') },
  ],
  invalid: [
    {
      code: ELYSIA_HOST,
      filename: elysia('^1.3.0'),
      errors: [{ messageId: 'substring', data: { example: 'https://app.example.com.evil.net' }, ...at(ELYSIA_HOST, "'app.example.com'") }],
    },
    (() => {
      const code = `${ELYSIA}const TRUSTED = ['https://admin.example.com', 'example.com'];\nnew Elysia().use(cors({ origin: TRUSTED }));`;
      return { code, filename: elysia('1.2.0'), errors: [{ messageId: 'substring' as const, ...at(code, "'example.com'") }] };
    })(),
  ],
});
