/**
 * nextjs-cors: `NextCors(req, res, options)` hands its third argument to the
 * `cors` package, so the options mean what they mean there: `'*'` with
 * credentials is sent as is (broken), `origin: true` echoes.
 */
import permissive from '../../src/rules/no-permissive-origin.js';
import reflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import wildcard from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at, ONE_ORIGIN } from './middleware-cases.js';

const ruleTester = createRuleTester();

const NEXT = `import NextCors from 'nextjs-cors';\n`;
/** An API route that runs nextjs-cors with `options` (the text of the third argument). */
const route = (options: string, head = NEXT) => `${head}export default async function handler(req, res) {\n  await NextCors(req, res, ${options});\n  res.json({ ok: true });\n}`;

ruleTester.run('no-wildcard-origin-with-credentials (nextjs-cors)', wildcard, {
  assertionOptions,
  valid: [
    route(`{ origin: '*', credentials: false }`),
    route(`{ methods: ['GET', 'HEAD'], origin: '*', optionsSuccessStatus: 200 }`),
    route(`{ origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true }`),
    route(`{ origin: process.env.CORS_ORIGIN, credentials: true }`),
    // Not nextjs-cors: a module of the project, a local function of the same name.
    route(`{ origin: '*', credentials: true }`, `import NextCors from './lib/next-cors';\n`),
    route(`{ origin: '*', credentials: true }`, `async function NextCors(req, res, options) {}\n`),
    // The options are the third argument, not the first.
    `${NEXT}export default async function handler(req, res) {\n  await NextCors({ origin: '*', credentials: true }, res);\n}`,
    // Options that cannot be read.
    route(`loadCorsOptions()`),
  ],
  invalid: [
    (() => {
      const code = route(`{ origin: '*', credentials: true }`);
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: 'nextjs-cors', option: 'origin' },
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: route(`{ origin: '*' }`) }],
          },
        ],
      };
    })(),
    (() => {
      // With one configured origin the autofix writes it as a list (cors takes one).
      const code = route(`{ origin: '*', credentials: true }`);
      return {
        code,
        settings: ONE_ORIGIN,
        output: route(`{ origin: ['https://app.example.com'], credentials: true }`),
        errors: [{ messageId: 'wildcardPolicy' as const, ...at(code, `'*'`), suggestions: [{ messageId: 'removeCredentialsOption' as const, output: route(`{ origin: '*' }`) }] }],
      };
    })(),
    (() => {
      // A renamed import, CommonJS `.default`, and options in a multi-line constant.
      const head = `const runCors = require('nextjs-cors').default;\nconst corsOptions = {\n  origin: '*',\n  credentials: true,\n};\n`;
      const code = `${head}module.exports = async (req, res) => {\n  await runCors(req, res, corsOptions);\n};`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `'*'`),
            suggestions: [
              {
                messageId: 'removeCredentialsOption' as const,
                output: `const runCors = require('nextjs-cors').default;\nconst corsOptions = {\n  origin: '*',\n};\nmodule.exports = async (req, res) => {\n  await runCors(req, res, corsOptions);\n};`,
              },
            ],
          },
        ],
      };
    })(),
  ],
});

ruleTester.run('no-reflected-origin-with-credentials (nextjs-cors)', reflected, {
  assertionOptions,
  valid: [
    route(`{ origin: ['https://app.example.com'], credentials: true }`),
    route(`{ origin: true }`),
    // `'*'` is sent as is by cors: broken, not an echo.
    route(`{ origin: '*', credentials: true }`),
    route(`{ origin: true, credentials: true }`, `import NextCors from 'next-cors';\n`),
  ],
  invalid: [
    (() => {
      const code = route(`{ origin: true, credentials: true }`);
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            data: { library: 'nextjs-cors' },
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: route(`{ origin: true }`) }],
          },
        ],
      };
    })(),
    (() => {
      const code = route(`{ origin: true, credentials: true }`);
      return {
        code,
        settings: ONE_ORIGIN,
        output: route(`{ origin: ['https://app.example.com'], credentials: true }`),
        errors: [{ messageId: 'reflectedOption' as const, ...at(code, 'origin: true'), suggestions: [{ messageId: 'removeCredentials' as const, output: route(`{ origin: true }`) }] }],
      };
    })(),
    (() => {
      // An origin function that lets every origin through, under a renamed import.
      const head = `import runCors from 'nextjs-cors';\n`;
      const code = `${head}export default async function handler(req, res) {\n  await runCors(req, res, { origin: (origin, cb) => cb(null, true), credentials: true });\n}`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'cb(null, true)'),
            suggestions: [
              { messageId: 'removeCredentials' as const, output: `${head}export default async function handler(req, res) {\n  await runCors(req, res, { origin: (origin, cb) => cb(null, true) });\n}` },
            ],
          },
        ],
      };
    })(),
    (() => {
      // An options delegate, as `cors` accepts.
      const code = route(`(request, cb) => cb(null, { origin: true, credentials: true })`);
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: route(`(request, cb) => cb(null, { origin: true })`) }],
          },
        ],
      };
    })(),
  ],
});

ruleTester.run('no-permissive-origin (nextjs-cors)', permissive, {
  assertionOptions,
  valid: [route(`{ origin: 'https://app.example.com' }`), route(`{ origin: false }`)],
  invalid: [
    (() => {
      // No options: cors's default origin `*`; the suggestion adds the third argument.
      const code = `${NEXT}export default async function handler(req, res) {\n  await NextCors(req, res);\n}`;
      return {
        code,
        settings: ONE_ORIGIN,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: 'nextjs-cors', option: 'origin' },
            ...at(code, 'NextCors(req, res)'),
            suggestions: [
              {
                messageId: 'useAllowedOrigin' as const,
                output: `${NEXT}export default async function handler(req, res) {\n  await NextCors(req, res, { origin: ['https://app.example.com'] });\n}`,
              },
            ],
          },
        ],
      };
    })(),
  ],
});
