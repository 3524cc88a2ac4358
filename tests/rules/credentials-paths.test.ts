/**
 * Access-Control-Allow-Credentials values that differ by path: a fallback for
 * unset configuration (`process.env.CORS_CREDENTIALS ?? 'true'`), a branch, a
 * `let` assigned in an `if`, a constant, a local function, a value of another
 * module. Credentials count as granted on the paths where the value is `true`,
 * and a report that depends on them names that path; configuration alone
 * (`process.env.X`) stays unknown.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import noNullOrigin from '../../src/rules/no-null-origin.js';
import noReflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import noWildcardHeaders from '../../src/rules/no-wildcard-headers-with-credentials.js';
import noWildcard from '../../src/rules/no-wildcard-origin-with-credentials.js';
import requirePreflight from '../../src/rules/require-preflight-credentials.js';
import validCredentials from '../../src/rules/valid-credentials-header.js';
import { assertionOptions, corsSettings, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cors-credentials-paths-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
fs.writeFileSync(path.join(root, 'cors-config.js'), "export const CREDENTIALS = process.env.CORS_CREDENTIALS ?? 'true';\nexport const MISCASED = process.env.CORS_CREDENTIALS ?? 'True';\n");
const filename = path.join(root, 'server.js');

const ruleTester = createRuleTester();
const APP = 'https://app.example.com';
const oneOrigin = corsSettings({ allowedOrigins: [APP] });
const UNSET = 'when CORS_CREDENTIALS is unset';

/** A handler sending `origin` as Access-Control-Allow-Origin and `credentials` as -Credentials, after `before`. */
function handler(origin: string, credentials: string, before = ''): string {
  return `${before}app.get('/me', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', ${origin});
  res.setHeader('Access-Control-Allow-Credentials', ${credentials});
  res.json(req.user);
});`;
}

/** The same credentials value written several ways: inline, `||`, a constant, a local function, a `let`, another module. */
const GRANTS: Record<string, { value: string; before: string; condition: string }> = {
  inline: { value: "process.env.CORS_CREDENTIALS ?? 'true'", before: '', condition: UNSET },
  or: { value: "process.env.CORS_CREDENTIALS || 'true'", before: '', condition: UNSET },
  constant: { value: 'CREDENTIALS', before: "const CREDENTIALS = process.env.CORS_CREDENTIALS ?? 'true';\n", condition: UNSET },
  helper: { value: 'credentials()', before: "function credentials() {\n  return process.env.CORS_CREDENTIALS ?? 'true';\n}\n", condition: UNSET },
  ternary: { value: "debug ? 'true' : undefined", before: '', condition: 'when `debug` is true' },
  imported: { value: 'CREDENTIALS', before: "import { CREDENTIALS } from './cors-config';\n", condition: UNSET },
};
const grantCases = (origin: string) => Object.values(GRANTS).map((g) => ({ code: handler(origin, g.value, g.before), filename, condition: g.condition }));

const letInIf = `app.get('/me', (req, res) => {
  let credentials;
  if (req.user) credentials = 'true';
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Credentials', credentials);
  res.end();
});`;
// A multi-line headers object.
const multiLine = `app.get('/me', (req, res) => {
  res.set({
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Credentials':
      process.env.CORS_CREDENTIALS ?? 'true',
  });
  res.end();
});`;
const removeCredentials = (code: string) => code.replace(/\n {2}res\.setHeader\('Access-Control-Allow-Credentials', [^\n]*\);/, '');

ruleTester.run('no-wildcard-origin-with-credentials: credentials on some paths', noWildcard, {
  assertionOptions,
  valid: [
    // Configuration alone, a fallback that is not `true`, a value known only at run time.
    { code: handler("'*'", 'process.env.CORS_CREDENTIALS'), filename },
    { code: handler("'*'", "process.env.CORS_CREDENTIALS ?? 'false'"), filename },
    { code: handler("'*'", 'String(config.credentials)'), filename },
    { code: handler("'*'", 'credentials()', "function credentials() {\n  return process.env.CORS_CREDENTIALS ?? 'false';\n}\n"), filename },
    // `*` and credentials on opposite branches of the same test never meet.
    handler("isPublic ? '*' : 'https://app.example.com'", "isPublic ? undefined : 'true'"),
    handler("process.env.PUBLIC ? '*' : 'https://app.example.com'", "process.env.PUBLIC ? 'false' : 'true'"),
  ],
  invalid: [
    ...grantCases("'*'").map(({ code, condition }) => ({
      code,
      filename,
      output: null,
      errors: [
        {
          messageId: 'wildcardCredentialsWhen' as const,
          data: { condition },
          ...at(code, "'*'"),
          suggestions: [{ messageId: 'removeCredentials' as const, output: removeCredentials(code) }],
        },
      ],
    })),
    {
      // With one allowed origin: offered, not applied (responses without credentials stay open to every site today).
      code: handler("'*'", GRANTS.inline!.value),
      settings: oneOrigin,
      output: null,
      errors: [
        {
          messageId: 'wildcardCredentialsWhen',
          data: { condition: UNSET },
          ...at(handler("'*'", GRANTS.inline!.value), "'*'"),
          suggestions: [
            { messageId: 'useAllowedOrigin', data: { origin: APP }, output: handler(`'${APP}'`, GRANTS.inline!.value) },
            { messageId: 'removeCredentials', output: removeCredentials(handler("'*'", GRANTS.inline!.value)) },
          ],
        },
      ],
    },
    {
      code: letInIf,
      output: null,
      errors: [
        {
          messageId: 'wildcardCredentialsWhen',
          data: { condition: 'when `req.user` is true' },
          ...at(letInIf, "'*'"),
          suggestions: [{ messageId: 'removeCredentials', output: removeCredentials(letInIf) }],
        },
      ],
    },
    {
      code: multiLine,
      output: null,
      errors: [
        {
          messageId: 'wildcardCredentialsWhen',
          data: { condition: UNSET },
          ...at(multiLine, "'*'"),
          suggestions: [{ messageId: 'removeCredentials', output: multiLine.replace("\n    'Access-Control-Allow-Credentials':\n      process.env.CORS_CREDENTIALS ?? 'true',", '') }],
        },
      ],
    },
    (() => {
      // `*` on one path, credentials on another: both must hold, and both are named.
      const code = handler("process.env.WEB_ORIGIN ?? '*'", GRANTS.inline!.value);
      return {
        code,
        output: null,
        errors: [
          {
            messageId: 'wildcardCredentialsWhen' as const,
            data: { condition: 'when WEB_ORIGIN is unset and CORS_CREDENTIALS is unset' },
            ...at(code, "'*'"),
            suggestions: [{ messageId: 'removeCredentials' as const, output: removeCredentials(code) }],
          },
        ],
      };
    })(),
  ],
});

ruleTester.run('no-reflected-origin-with-credentials: credentials on some paths', noReflected, {
  assertionOptions,
  valid: [
    { code: handler('req.headers.origin', 'process.env.CORS_CREDENTIALS'), filename },
    { code: handler('req.headers.origin', "process.env.CORS_CREDENTIALS ?? 'false'"), filename },
    // The echo only where credentials are off.
    handler("debug ? req.headers.origin : 'https://app.example.com'", "debug ? 'false' : 'true'"),
  ],
  invalid: [
    ...grantCases('req.headers.origin').map(({ code, condition }) => ({
      code,
      filename,
      settings: oneOrigin,
      // Replacing the echo is offered only: without credentials it is a public read today.
      output: null,
      errors: [
        {
          messageId: 'reflectedHeaderWhen' as const,
          data: { condition },
          ...at(code, 'req.headers.origin'),
          suggestions: [
            { messageId: 'useAllowedOrigin' as const, data: { origin: APP }, output: code.replace('req.headers.origin', `'${APP}'`) },
            { messageId: 'removeCredentials' as const, output: removeCredentials(code) },
          ],
        },
      ],
    })),
    (() => {
      const code = handler('req.query.origin', GRANTS.constant!.value, GRANTS.constant!.before);
      return {
        code,
        output: null,
        errors: [
          {
            messageId: 'reflectedRequestDataWhen' as const,
            data: { source: 'the query string', condition: UNSET },
            ...at(code, 'req.query.origin'),
            suggestions: [{ messageId: 'removeCredentials' as const, output: removeCredentials(code) }],
          },
        ],
      };
    })(),
  ],
});

ruleTester.run('no-null-origin: credentials on some paths', noNullOrigin, {
  assertionOptions,
  valid: [{ code: handler("'null'", 'process.env.CORS_CREDENTIALS'), filename }, handler("sandboxed ? 'null' : 'https://app.example.com'", "sandboxed ? undefined : 'true'")],
  invalid: grantCases("'null'").map(({ code, condition }) => ({
    code,
    filename,
    errors: [
      {
        messageId: 'nullOriginWhen' as const,
        data: { condition },
        ...at(code, "'null'"),
        suggestions: [{ messageId: 'removeHeader' as const, output: code.replace("\n  res.setHeader('Access-Control-Allow-Origin', 'null');", '') }],
      },
    ],
  })),
});

const headersWildcard = (credentials: string, before = '') =>
  `${before}app.get('/me', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '${APP}');
  res.setHeader('Access-Control-Allow-Headers', '*');
  res.setHeader('Access-Control-Allow-Credentials', ${credentials});
  res.end();
});`;

ruleTester.run('no-wildcard-headers-with-credentials: credentials on some paths', noWildcardHeaders, {
  assertionOptions,
  valid: [headersWildcard('process.env.CORS_CREDENTIALS'), headersWildcard("process.env.CORS_CREDENTIALS ?? 'false'")],
  invalid: [GRANTS.inline!, GRANTS.helper!].map(({ value, before }) => {
    const code = headersWildcard(value, before);
    return {
      code,
      errors: [
        {
          messageId: 'wildcardListWithCredentialsWhen' as const,
          data: { header: 'Access-Control-Allow-Headers', condition: UNSET },
          ...at(code, "'*'"),
          suggestions: [{ messageId: 'removeWildcard' as const, output: code.replace("\n  res.setHeader('Access-Control-Allow-Headers', '*');", '') }],
        },
      ],
    };
  }),
});

/** Actual responses granting credentials with `credentials`, and a preflight that grants none. */
const preflight = (credentials: string, before = '') => `${before}app.options('/me', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '${APP}');
  res.sendStatus(204);
});
app.get('/me', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '${APP}');
  res.setHeader('Access-Control-Allow-Credentials', ${credentials});
  res.json(req.user);
});`;
const withPreflightCredentials = (code: string) =>
  code.replace(
    `res.setHeader('Access-Control-Allow-Origin', '${APP}');\n  res.sendStatus`,
    `res.setHeader('Access-Control-Allow-Origin', '${APP}');\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n  res.sendStatus`,
  );

ruleTester.run('require-preflight-credentials: credentials on some paths', requirePreflight, {
  assertionOptions,
  valid: [{ code: preflight('process.env.CORS_CREDENTIALS'), filename }, { code: preflight("process.env.CORS_CREDENTIALS ?? 'false'"), filename }],
  invalid: [GRANTS.inline!, GRANTS.imported!].map(({ value, before }) => {
    const code = preflight(value, before);
    return {
      code,
      filename,
      // Offered, not applied: the actual responses grant credentials only on that path.
      output: null,
      errors: [
        {
          messageId: 'preflightWithoutCredentialsWhen' as const,
          data: { condition: UNSET },
          ...at(code, `res.setHeader('Access-Control-Allow-Origin', '${APP}')`),
          suggestions: [{ messageId: 'addCredentials' as const, output: withPreflightCredentials(code) }],
        },
      ],
    };
  }),
});

const APP_ORIGIN = `'${APP}'`;

ruleTester.run('valid-credentials-header: each value on its path', validCredentials, {
  assertionOptions,
  valid: [
    { code: handler(APP_ORIGIN, "process.env.CORS_CREDENTIALS ?? 'true'"), filename },
    { code: handler(APP_ORIGIN, GRANTS.imported!.value, GRANTS.imported!.before), filename },
    // `false` on one path denies credentials there, as omitting the header would.
    handler(APP_ORIGIN, "enabled ? 'true' : 'false'"),
    handler(APP_ORIGIN, "enabled ? 'true' : undefined"),
    handler(APP_ORIGIN, 'process.env.CORS_CREDENTIALS'),
  ],
  invalid: [
    (() => {
      const code = handler(APP_ORIGIN, "process.env.CORS_CREDENTIALS ?? 'True'");
      return {
        code,
        // Only the mis-cased literal changes: the configured path keeps its value.
        output: code.replace("'True'", "'true'"),
        errors: [{ messageId: 'miscasedTrueWhen' as const, data: { value: '"True"', condition: UNSET }, ...at(code, "'True'") }],
      };
    })(),
    (() => {
      const before = "const CREDENTIALS = process.env.CORS_CREDENTIALS || 'yes';\n";
      const code = handler(APP_ORIGIN, 'CREDENTIALS', before);
      return {
        code,
        output: null,
        errors: [
          {
            messageId: 'invalidCredentialsWhen' as const,
            data: { value: '"yes"', condition: UNSET },
            ...at(code, "'yes'"),
            suggestions: [{ messageId: 'useTrue' as const, output: code.replace("'yes'", "'true'") }],
          },
        ],
      };
    })(),
    (() => {
      // Two paths, two wrong values, each reported on its own literal.
      const code = handler(APP_ORIGIN, "mode === 'a' ? 'TRUE' : '1'");
      return {
        code,
        output: code.replace("'TRUE'", "'true'"),
        errors: [
          { messageId: 'miscasedTrueWhen' as const, data: { value: '"TRUE"', condition: 'when `mode === \'a\'` is true' }, ...at(code, "'TRUE'") },
          {
            messageId: 'invalidCredentialsWhen' as const,
            data: { value: '"1"', condition: 'when `mode === \'a\'` is false' },
            ...at(code, "'1'"),
            suggestions: [{ messageId: 'useTrue' as const, output: code.replace("'1'", "'true'") }],
          },
        ],
      };
    })(),
    (() => {
      // A value of another module is reported where it is used, and not edited.
      const code = handler(APP_ORIGIN, 'MISCASED', "import { MISCASED } from './cors-config';\n");
      return {
        code,
        filename,
        output: null,
        errors: [{ messageId: 'miscasedTrueWhen' as const, data: { value: '"True"', condition: UNSET }, ...at(code, 'MISCASED', 2) }],
      };
    })(),
  ],
});
