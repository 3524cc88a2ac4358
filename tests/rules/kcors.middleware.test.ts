/**
 * kcors 2.x (the former name of @koa/cors): no origin (or a falsy one) echoes
 * the request's Origin, `'*'` is sent as is with credentials too, any truthy
 * `credentials` turns them on, and an origin function returns the value.
 */
import permissive from '../../src/rules/no-permissive-origin.js';
import reflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import wildcard from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at, ONE_ORIGIN } from './middleware-cases.js';

const ruleTester = createRuleTester();

const KCORS = `import cors from 'kcors';\n`;
const use = (options: string, head = KCORS) => `${head}app.use(cors(${options}));`;

ruleTester.run('no-reflected-origin-with-credentials (kcors)', reflected, {
  assertionOptions,
  valid: [
    use(`{ origin: 'https://app.example.com', credentials: true }`),
    use(`{ origin: process.env.CORS_ORIGIN, credentials: true }`),
    use(`{ origin: (ctx) => (ALLOWED.has(ctx.get('Origin')) ? ctx.get('Origin') : ''), credentials: true }`, `${KCORS}const ALLOWED = new Set(['https://app.example.com']);\n`),
    // Without credentials the echo is no-permissive-origin's business.
    use(''),
    use(`{ credentials: false }`),
    // `'*'` is sent as is: broken, reported by no-wildcard-origin-with-credentials.
    use(`{ origin: '*', credentials: true }`),
    // `true` is sent as the text "true": no origin matches it.
    use(`{ origin: true, credentials: true }`),
    // Not kcors: a project module, a local function of the same name.
    use(`{ credentials: true }`, `import cors from './kcors';\n`),
    `function cors(options) { return (ctx, next) => next(); }\napp.use(cors({ credentials: true }));`,
  ],
  invalid: [
    {
      code: use(`{ credentials: true }`),
      output: null,
      errors: [
        {
          messageId: 'reflectedByDefault',
          data: { library: 'kcors', option: 'origin' },
          ...at(use(`{ credentials: true }`), 'credentials: true'),
          suggestions: [{ messageId: 'removeCredentials', output: use(`{}`) }],
        },
      ],
    },
    // With one allowed origin in the settings the autofix names it (kcors takes one origin, not a list).
    {
      code: use(`{ credentials: true }`),
      settings: ONE_ORIGIN,
      output: use(`{ origin: 'https://app.example.com', credentials: true }`),
      errors: [{ messageId: 'reflectedByDefault', ...at(use(`{ credentials: true }`), 'credentials: true'), suggestions: [{ messageId: 'removeCredentials', output: use(`{}`) }] }],
    },
    (() => {
      // A renamed require and a multi-line object; any truthy `credentials` counts.
      const head = `const corsMiddleware = require('kcors');\n`;
      const code = `${head}app.use(corsMiddleware({\n  credentials: 'true',\n  allowMethods: ['GET', 'POST'],\n}));`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedByDefault' as const,
            ...at(code, `credentials: 'true'`),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${head}app.use(corsMiddleware({\n  allowMethods: ['GET', 'POST'],\n}));` }],
          },
        ],
      };
    })(),
    (() => {
      // A falsy origin falls back to the request's Origin.
      const code = use(`{ origin: false, credentials: true }`);
      return { code, errors: [{ messageId: 'reflectedOption' as const, ...at(code, 'origin: false'), suggestions: [{ messageId: 'removeCredentials' as const, output: use(`{ origin: false }`) }] }] };
    })(),
    (() => {
      const code = use(`{ origin: (ctx) => ctx.get('Origin'), credentials: true }`);
      return {
        code,
        errors: [{ messageId: 'reflectedOption' as const, ...at(code, `ctx.get('Origin')`), suggestions: [{ messageId: 'removeCredentials' as const, output: use(`{ origin: (ctx) => ctx.get('Origin') }`) }] }],
      };
    })(),
  ],
});

ruleTester.run('no-wildcard-origin-with-credentials (kcors)', wildcard, {
  assertionOptions,
  valid: [
    use(`{ origin: '*' }`),
    use(`{ origin: '*', credentials: false }`),
    use(`{ origin: 'https://app.example.com', credentials: true }`),
    // No origin echoes: reported by no-reflected-origin-with-credentials.
    use(`{ credentials: true }`),
    use(`{ origin: '*', credentials: true }`, `import cors from 'koa-cors-lite';\n`),
  ],
  invalid: [
    {
      code: use(`{ origin: '*', credentials: true }`),
      output: null,
      errors: [
        {
          messageId: 'wildcardPolicy',
          data: { library: 'kcors', option: 'origin' },
          ...at(use(`{ origin: '*', credentials: true }`), `'*'`),
          suggestions: [{ messageId: 'removeCredentialsOption', output: use(`{ origin: '*' }`) }],
        },
      ],
    },
    {
      code: use(`{ origin: '*', credentials: true }`),
      settings: ONE_ORIGIN,
      output: use(`{ origin: 'https://app.example.com', credentials: true }`),
      errors: [{ messageId: 'wildcardPolicy', ...at(use(`{ origin: '*', credentials: true }`), `'*'`), suggestions: [{ messageId: 'removeCredentialsOption', output: use(`{ origin: '*' }`) }] }],
    },
    (() => {
      // An origin function returning `'*'` is sent as is too, under a renamed import.
      const head = `import koaCors from 'kcors';\n`;
      const code = `${head}app.use(koaCors({ origin: () => '*', credentials: 1 }));`;
      return {
        code,
        errors: [{ messageId: 'wildcardPolicy' as const, ...at(code, `'*'`), suggestions: [{ messageId: 'removeCredentialsOption' as const, output: `${head}app.use(koaCors({ origin: () => '*' }));` }] }],
      };
    })(),
  ],
});

ruleTester.run('no-permissive-origin (kcors)', permissive, {
  assertionOptions,
  valid: [use(`{ origin: 'https://app.example.com' }`)],
  invalid: [
    // No origin echoes every origin (`@koa/cors` 5 sends `*` instead).
    { code: use(''), errors: [{ messageId: 'echoPolicy', data: { library: 'kcors' }, ...at(use(''), 'cors()') }] },
    { code: use(`{ origin: '*' }`), errors: [{ messageId: 'wildcardPolicy', ...at(use(`{ origin: '*' }`), `'*'`) }] },
  ],
});
