/**
 * GraphQL Yoga and `@whatwg-node/server` `useCORS`: unless `cors: false`,
 * every origin is echoed with credentials by default.
 */
import permissive from '../../src/rules/no-permissive-origin.js';
import reflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at, ONE_ORIGIN } from './middleware-cases.js';

const ruleTester = createRuleTester();

const YOGA = `import { createYoga } from 'graphql-yoga';\n`;

ruleTester.run('no-reflected-origin-with-credentials (GraphQL Yoga)', reflected, {
  assertionOptions,
  valid: [
    `${YOGA}export const yoga = createYoga({ schema, cors: false });`,
    `${YOGA}export const yoga = createYoga({ schema, cors: { origin: 'https://app.example.com' } });`,
    `${YOGA}export const yoga = createYoga({ schema, cors: { origin: ['https://app.example.com', 'https://admin.example.com'] } });`,
    // Public: echoes without credentials (the strict permissive-origin rule reports it).
    `${YOGA}export const yoga = createYoga({ schema, cors: { credentials: false } });`,
    // A per-request factory, options from elsewhere: not read.
    `${YOGA}export const yoga = createYoga({ schema, cors: (request) => corsFor(request) });`,
    `${YOGA}export const yoga = createYoga(options);`,
    `${YOGA}export const yoga = createYoga({ ...options, schema });`,
    // Look-alikes.
    `import { createYoga } from './yoga';\nexport const yoga = createYoga({ schema });`,
    `import { useCors } from '@envelop/core';\nexport const plugins = [useCors()];`,
  ],
  invalid: [
    (() => {
      const code = `${YOGA}export const yoga = createYoga({ schema });`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: `${YOGA}export const yoga = createYoga({ cors: { origin: ['https://app.example.com'] }, schema });`,
        errors: [
          {
            messageId: 'reflectedByDefault' as const,
            data: { library: 'GraphQL Yoga', option: 'origin' },
            ...at(code, 'createYoga', 2),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${YOGA}export const yoga = createYoga({ cors: { credentials: false }, schema });` }],
          },
        ],
      };
    })(),
    (() => {
      const code = `${YOGA}export const yoga = createYoga({\n  schema,\n  cors: true,\n});`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedByDefault' as const,
            ...at(code, 'cors: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: `${YOGA}export const yoga = createYoga({\n  schema,\n  cors: { credentials: false },\n});` }],
          },
        ],
      };
    })(),
    (() => {
      // Any `'*'` echoes.
      const code = `${YOGA}export const yoga = createYoga({ schema, cors: { origin: ['https://app.example.com', '*'] } });`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            ...at(code, `'*'`),
            suggestions: [
              {
                messageId: 'removeCredentials' as const,
                output: `${YOGA}export const yoga = createYoga({ schema, cors: { credentials: false, origin: ['https://app.example.com', '*'] } });`,
              },
            ],
          },
        ],
      };
    })(),
    (() => {
      const code = `import { createServerAdapter, useCORS } from '@whatwg-node/server';\nexport const adapter = createServerAdapter(handler, { plugins: [useCORS()] });`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedByDefault' as const,
            data: { library: '@whatwg-node/server useCORS', option: 'origin' },
            ...at(code, 'useCORS()'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: code.replace('useCORS()', 'useCORS({ credentials: false })') }],
          },
        ],
      };
    })(),
  ],
});

ruleTester.run('no-permissive-origin (GraphQL Yoga)', permissive, {
  assertionOptions,
  valid: [`${YOGA}createYoga({ schema, cors: { origin: 'https://app.example.com', credentials: false } });`],
  invalid: [
    (() => {
      const code = `${YOGA}createYoga({ schema, cors: { origin: '*', credentials: false } });`;
      return { code, errors: [{ messageId: 'echoPolicy' as const, data: { library: 'GraphQL Yoga' }, ...at(code, `'*'`), suggestions: [] }] };
    })(),
  ],
});
