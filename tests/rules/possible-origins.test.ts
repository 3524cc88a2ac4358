/**
 * The origin option judged over its possible values: a fallback after an
 * environment variable, a conditional expression, options set by statements.
 * Reports name the path; no autofix, since replacing the option changes the
 * configured path too.
 */
import reflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import wildcard from '../../src/rules/no-wildcard-origin-with-credentials.js';
import permissive from '../../src/rules/no-permissive-origin.js';
import { assertionOptions, corsSettings, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const withOrigin = createRuleTester(corsSettings({ allowedOrigins: ['https://app.example.com'] }));

const CORS = `import cors from 'cors';\n`;
const IO = `import { Server } from 'socket.io';\n`;

ruleTester.run('no-wildcard-origin-with-credentials (possible values)', wildcard, {
  assertionOptions,
  valid: [
    // A fallback to a real origin, or configuration alone.
    `${IO}new Server(http, { cors: { origin: process.env.CORS_ORIGIN || 'https://app.example.com', credentials: true } });`,
    `${IO}new Server(http, { cors: { origin: process.env.CORS_ORIGIN, credentials: true } });`,
    `${IO}const origin = process.env.CORS_ORIGIN ?? 'https://app.example.com';\nnew Server(http, { cors: { origin, credentials: true } });`,
    // The wildcard without credentials.
    `${IO}new Server(http, { cors: { origin: process.env.CORS_ORIGIN || '*' } });`,
  ],
  invalid: [
    {
      code: `${IO}new Server(http, { cors: { origin: process.env.CORS_ORIGIN || '*', credentials: true } });`,
      errors: [
        {
          messageId: 'wildcardPolicyWhen',
          data: { library: 'socket.io', option: 'origin', condition: 'when CORS_ORIGIN is unset' },
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'removeCredentialsOption',
              output: `${IO}new Server(http, { cors: { origin: process.env.CORS_ORIGIN || '*' } });`,
            },
          ],
        },
      ],
    },
    {
      code: `${IO}const WEB_ORIGIN = process.env.WEB_ORIGIN ?? '*';\nnew Server(http, { cors: { origin: WEB_ORIGIN, credentials: true } });`,
      errors: [
        {
          messageId: 'wildcardPolicyWhen',
          data: { library: 'socket.io', option: 'origin', condition: 'when WEB_ORIGIN is unset' },
          line: 2,
          column: 46,
          endLine: 2,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'removeCredentialsOption',
              output: `${IO}const WEB_ORIGIN = process.env.WEB_ORIGIN ?? '*';\nnew Server(http, { cors: { origin: WEB_ORIGIN } });`,
            },
          ],
        },
      ],
    },
  ],
});

withOrigin.run('no-wildcard-origin-with-credentials (possible values, a suggestion instead of a fix)', wildcard, {
  assertionOptions,
  valid: [],
  invalid: [
    {
      code: `${IO}new Server(http, { cors: { origin: process.env.CORS_ORIGIN || '*', credentials: true } });`,
      errors: [
        {
          messageId: 'wildcardPolicyWhen',
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'useAllowedOrigins',
              output: `${IO}new Server(http, { cors: { origin: ['https://app.example.com'], credentials: true } });`,
            },
            {
              messageId: 'removeCredentialsOption',
              output: `${IO}new Server(http, { cors: { origin: process.env.CORS_ORIGIN || '*' } });`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-reflected-origin-with-credentials (possible values)', reflected, {
  assertionOptions,
  valid: [
    `${CORS}const isProduction = process.env.NODE_ENV === 'production';\napp.use(cors({ origin: isProduction ? ['https://a.example'] : 'https://b.example', credentials: true }));`,
    // Handed to a function of the project before use: not known any more.
    `${CORS}const opts = { origin: true, credentials: true };\nconfigure(opts);\napp.use(cors(opts));`,
  ],
  invalid: [
    {
      code: `${CORS}const isProduction = process.env.NODE_ENV === 'production';\nconst allowedOrigins = ['https://a.example'];\napp.use(cors({ origin: isProduction ? allowedOrigins : true, credentials: true }));`,
      errors: [
        {
          messageId: 'reflectedOptionWhen',
          data: { library: 'cors', condition: 'when `isProduction` is false' },
          line: 4,
          column: 56,
          endLine: 4,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'removeCredentials',
              output: `${CORS}const isProduction = process.env.NODE_ENV === 'production';\nconst allowedOrigins = ['https://a.example'];\napp.use(cors({ origin: isProduction ? allowedOrigins : true }));`,
            },
          ],
        },
      ],
    },
    {
      code: `${CORS}app.use(cors({ origin: process.env.CORS_ORIGIN?.split(',') ?? true, credentials: true }));`,
      errors: [
        {
          messageId: 'reflectedOptionWhen',
          data: { library: 'cors', condition: 'when CORS_ORIGIN is unset' },
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'removeCredentials',
              output: `${CORS}app.use(cors({ origin: process.env.CORS_ORIGIN?.split(',') ?? true }));`,
            },
          ],
        },
      ],
    },
    {
      // Options built by statements: reported, never edited.
      code: `${CORS}const opts = {};\nopts.credentials = true;\nopts.origin = true;\napp.use(cors(opts));`,
      errors: [{ messageId: 'reflectedOption', line: 5, column: 9, endLine: 5, endColumn: 19 }],
    },
  ],
});

ruleTester.run('no-permissive-origin (possible values)', permissive, {
  assertionOptions,
  valid: [`${CORS}app.use(cors({ origin: process.env.CORS_ORIGIN || '*' }));`],
  invalid: [],
});
