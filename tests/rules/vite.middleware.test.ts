/**
 * Vite `server.cors` and `preview.cors`: options of the `cors` package, in
 * `defineConfig({...})` or `defineConfig(({ mode }) => ({...}))`. `true` is
 * the cors defaults (`*` without credentials); no key is Vite's
 * localhost-only default.
 */
import headersRule from '../../src/rules/no-wildcard-headers-with-credentials.js';
import checks from '../../src/rules/no-permissive-origin-check.js';
import permissive from '../../src/rules/no-permissive-origin.js';
import reflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import wildcard from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at, ONE_ORIGIN } from './middleware-cases.js';

const ruleTester = createRuleTester();

const VITE = `import { defineConfig } from 'vite';\n`;

/** The report of `origin: true` with credentials, whose suggestion removes `credentials: true`. */
function echoesWithCredentials(code: string) {
  return {
    messageId: 'reflectedOption' as const,
    ...at(code, 'origin: true'),
    suggestions: [{ messageId: 'removeCredentials' as const, output: code.replace(', credentials: true', '') }],
  };
}

ruleTester.run('no-reflected-origin-with-credentials (Vite)', reflected, {
  assertionOptions,
  valid: [
    `${VITE}export default defineConfig({ server: { cors: { origin: ['https://app.example.com'], credentials: true } } });`,
    `${VITE}export default defineConfig({ server: { cors: { origin: true } } });`,
    `${VITE}export default defineConfig({ server: { cors: false } });`,
    // No key: Vite's default echoes only localhost origins, without credentials.
    `${VITE}export default defineConfig({ server: { port: 5173 } });`,
    // Look-alikes: a local defineConfig, a `server` key of another call.
    `import { defineConfig } from './config';\nexport default defineConfig({ server: { cors: { origin: true, credentials: true } } });`,
    `${VITE}createApp({ server: { cors: { origin: true, credentials: true } } });`,
    `${VITE}export default defineConfig(loadConfig());`,
  ],
  invalid: [
    (() => {
      const code = `${VITE}export default defineConfig({\n  server: {\n    cors: { origin: true, credentials: true },\n  },\n});`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: code.replace('origin: true', "origin: ['https://app.example.com']"),
        errors: [
          { ...echoesWithCredentials(code), data: { library: 'Vite' } },
        ],
      };
    })(),
    (() => {
      // CommonJS, and a configuration chosen by the command: each branch is read.
      const code = `const { defineConfig } = require('vite');\nmodule.exports = defineConfig(({ command }) =>\n  command === 'serve' ? { server: { cors: { origin: true, credentials: true } } } : {},\n);`;
      return {
        code,
        errors: [echoesWithCredentials(code)],
      };
    })(),
    (() => {
      // A function of the mode, with the options in a constant.
      const code = `${VITE}const cors = { origin: true, credentials: true };\nexport default defineConfig(({ mode }) => ({ preview: { cors } }));`;
      return {
        code,
        errors: [echoesWithCredentials(code)],
      };
    })(),
  ],
});

ruleTester.run('no-wildcard-origin-with-credentials (Vite)', wildcard, {
  assertionOptions,
  valid: [`${VITE}export default defineConfig({ server: { cors: true } });`, `${VITE}export default defineConfig({ server: { cors: { origin: '*' } } });`],
  invalid: [
    (() => {
      // No origin is the cors default `*`, sent with credentials: broken.
      const code = `${VITE}export default defineConfig(() => {\n  return { server: { cors: { credentials: true } } };\n});`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            data: { library: 'Vite', option: 'origin' },
            ...at(code, 'credentials: true'),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: code.replace(' credentials: true ', '') }],
          },
        ],
      };
    })(),
  ],
});

ruleTester.run('no-permissive-origin (Vite)', permissive, {
  assertionOptions,
  valid: [`${VITE}export default defineConfig({ server: { cors: { origin: 'https://app.example.com' } } });`],
  invalid: [
    {
      code: `${VITE}export default defineConfig({ server: { cors: true } });`,
      errors: [{ messageId: 'wildcardPolicy' as const, ...at(`${VITE}export default defineConfig({ server: { cors: true } });`, 'cors: true') }],
    },
  ],
});

ruleTester.run('no-permissive-origin-check (Vite)', checks, {
  assertionOptions,
  valid: [`${VITE}export default defineConfig({ server: { cors: { origin: /^https:\\/\\/app\\.example\\.com$/, credentials: true } } });`],
  invalid: [
    (() => {
      const code = `${VITE}export default defineConfig({ server: { cors: { origin: /example\\.com$/, credentials: true } } });`;
      return {
        code,
        errors: [
          {
            messageId: 'unanchoredStart' as const,
            ...at(code, '/example\\.com$/'),
            suggestions: [{ messageId: 'useSafeCheck' as const, output: code.replace('/example\\.com$/', '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/') }],
          },
        ],
      };
    })(),
  ],
});

ruleTester.run('no-wildcard-headers-with-credentials (Vite)', headersRule, {
  assertionOptions,
  valid: [`${VITE}export default defineConfig({ server: { cors: { origin: ['https://app.example.com'], allowedHeaders: '*' } } });`],
  invalid: [
    (() => {
      const code = `${VITE}export default defineConfig({ server: { cors: { origin: ['https://app.example.com'], credentials: true, allowedHeaders: '*' } } });`;
      return {
        code,
        errors: [{ messageId: 'wildcardListWithCredentials' as const, data: { header: 'Access-Control-Allow-Headers' }, ...at(code, "'*'"), suggestions: [] }],
      };
    })(),
  ],
});
