/**
 * `@fastify/cors` with per-request options: register's options given as a
 * function of the instance, or a `delegator` option. Options handed back
 * without an Origin check are judged like written ones.
 */
import reflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import wildcard from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at } from './middleware-cases.js';

const ruleTester = createRuleTester();

const FASTIFY = `import cors from '@fastify/cors';\n`;

ruleTester.run('no-reflected-origin-with-credentials (fastify delegator)', reflected, {
  assertionOptions,
  valid: [
    `${FASTIFY}await fastify.register(cors, () => (req, callback) => callback(null, { origin: 'https://app.example.com', credentials: true }));`,
    // Checked against an allowlist before echoing.
    `${FASTIFY}await fastify.register(cors, () => (req, callback) => {\n  if (ALLOWED.has(req.headers.origin)) callback(null, { origin: true, credentials: true });\n  else callback(null, { origin: false });\n});`,
    `${FASTIFY}await fastify.register(cors, { delegator: (req, cb) => cb(null, { origin: true }) });`,
    // Not @fastify/cors.
    `import helmet from '@fastify/helmet';\nawait fastify.register(helmet, () => (req, callback) => callback(null, { origin: true, credentials: true }));`,
  ],
  invalid: [
    (() => {
      const code = `${FASTIFY}await fastify.register(cors, () => (req, callback) => {\n  callback(null, { origin: true, credentials: true });\n});`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'origin: true'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: code.replace('origin: true, credentials: true', 'origin: true') }],
          },
        ],
      };
    })(),
    (() => {
      const code = `${FASTIFY}await fastify.register(cors, {\n  hook: 'preHandler',\n  delegator: (req, cb) => cb(null, { origin: req.headers.origin, credentials: true }),\n});`;
      return {
        code,
        errors: [
          {
            messageId: 'reflectedOption' as const,
            ...at(code, 'origin: req.headers.origin'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: code.replace('origin: req.headers.origin, credentials: true', 'origin: req.headers.origin') }],
          },
        ],
      };
    })(),
  ],
});

ruleTester.run('no-wildcard-origin-with-credentials (fastify delegator)', wildcard, {
  assertionOptions,
  valid: [],
  invalid: [
    (() => {
      const code = `${FASTIFY}await fastify.register(cors, (instance) => {\n  return (req, callback) => {\n    const options = { origin: '*', credentials: true };\n    callback(null, options);\n  };\n});`;
      return {
        code,
        errors: [
          {
            messageId: 'wildcardPolicy' as const,
            ...at(code, `'*'`),
            suggestions: [{ messageId: 'removeCredentialsOption' as const, output: code.replace(`{ origin: '*', credentials: true }`, `{ origin: '*' }`) }],
          },
        ],
      };
    })(),
  ],
});
