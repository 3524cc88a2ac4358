/**
 * hapi origin lists may hold `*` wildcards (any characters). A wildcard for
 * the subdomains of a fixed domain is an allowlist pattern; one before a
 * top-level suffix, right before a domain name, or elsewhere in the host lets
 * attacker domains in.
 */
import checks from '../../src/rules/no-permissive-origin-check.js';
import reflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at } from './middleware-cases.js';

const ruleTester = createRuleTester();

const hapi = (origins: string, credentials = true) =>
  `import Hapi from '@hapi/hapi';\nHapi.server({ routes: { cors: { origin: [${origins}], credentials: ${credentials} } } });`;

function weak(origins: string, entry: string, messageId: 'publicSuffix' | 'openDomainLabel' | 'substring', example: string | null) {
  const code = hapi(origins);
  return { code, errors: [{ messageId, ...(example === null ? {} : { data: { example } }), ...at(code, entry), suggestions: [] }] };
}

ruleTester.run('no-permissive-origin-check (hapi wildcards)', checks, {
  assertionOptions,
  valid: [
    hapi(`'https://*.example.com'`),
    hapi(`'https://app.example.com', 'https://*.admin.example.com:8443'`),
    // Without credentials this rule does not apply.
    hapi(`'*.com'`, false),
    // The cors package compares strings exactly: no wildcard there.
    `import cors from 'cors';\napp.use(cors({ origin: ['*.com'], credentials: true }));`,
  ],
  invalid: [
    weak(`'*.com'`, `'*.com'`, 'publicSuffix', null),
    weak(`'https://app.example.com', 'https://*example.com'`, `'https://*example.com'`, 'openDomainLabel', 'https://attackerexample.com'),
    weak(`'https://app.*.com'`, `'https://app.*.com'`, 'substring', 'https://app.attacker.com'),
  ],
});

ruleTester.run('no-reflected-origin-with-credentials (hapi wildcards)', reflected, {
  assertionOptions,
  valid: [hapi(`'https://*.example.com'`)],
  invalid: [
    (() => {
      // A pattern matching every host is any origin, which hapi echoes.
      const code = hapi(`'https://*'`);
      return {
        code,
        errors: [
          {
            messageId: 'reflectedDefault' as const,
            ...at(code, `'https://*'`),
            suggestions: [{ messageId: 'removeCredentials' as const, output: code.replace(', credentials: true', '') }],
          },
        ],
      };
    })(),
  ],
});
