/**
 * Header names, values and headers objects imported from modules of the
 * project: the linted file names no CORS header itself. The modules are
 * written to a temporary directory and the cases are linted as files in it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import noNullOrigin from '../../src/rules/no-null-origin.js';
import noPermissiveCheck from '../../src/rules/no-permissive-origin-check.js';
import noReflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import noWildcard from '../../src/rules/no-wildcard-origin-with-credentials.js';
import requireVary from '../../src/rules/require-vary-origin.js';
import validCredentials from '../../src/rules/valid-credentials-header.js';
import { assertionOptions, corsSettings, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cors-header-modules-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const MODULES: Record<string, string> = {
  'constants.js': `export const ACAO = 'Access-Control-Allow-Origin';
export const ACAC = 'Access-Control-Allow-Credentials';
export const VARY = 'Vary';
export const ALLOWED = '*';
export const PINNED = 'https://app.example.com';
export const NULL_ORIGIN = 'null';
export const TRUE_MISCASED = 'True';
`,
  'headers.js': `module.exports = {
  ALLOW_ORIGIN: 'Access-Control-Allow-Origin',
  ALLOW_CREDENTIALS: 'Access-Control-Allow-Credentials',
};
`,
  'cors-headers.ts': `export const ACAO = 'Access-Control-Allow-Origin';
export const ACAC = 'Access-Control-Allow-Credentials';
export const originOnly = { 'Access-Control-Allow-Origin': '*' };
`,
  // Names a header but does not parse: read as unknown.
  'broken.js': `export const ACAO = 'Access-Control-Allow-Origin'\nexport const = ;\n`,
  // An origin check that any domain ending in the same name passes.
  'origin-check.js': `export function isAllowedOrigin(origin) {\n  return origin.endsWith('example.com');\n}\nexport function isListedOrigin(origin) {\n  return ['https://app.example.com'].includes(origin);\n}\n`,
  // A value module without header names: followed for values, not for names.
  'origins.js': `export const WEB_ORIGIN = process.env.WEB_ORIGIN ?? '*';\nexport const SAFE_ORIGIN = process.env.WEB_ORIGIN ?? 'https://app.example.com';\n`,
};
for (const [name, text] of Object.entries(MODULES)) fs.writeFileSync(path.join(root, name), text);

const filename = path.join(root, 'server.js');
const ruleTester = createRuleTester();
const APP = 'https://app.example.com';
const oneOrigin = corsSettings({ allowedOrigins: [APP] });

const named = `import { ACAO, ACAC, ALLOWED } from './constants';
app.get('/me', (req, res) => {
  res.setHeader(ACAO, ALLOWED);
  res.setHeader(ACAC, 'true');
  res.json(req.user);
});`;
const required = `const { ALLOW_ORIGIN, ALLOW_CREDENTIALS } = require('./headers');
app.get('/me', (req, res) => {
  res.setHeader(ALLOW_ORIGIN, '*');
  res.setHeader(ALLOW_CREDENTIALS, 'true');
  res.json(req.user);
});`;
const namespaceKeys = `import * as H from './cors-headers';
app.get('/me', (req, res) => {
  res.set({ [H.ACAO]: '*', [H.ACAC]: 'true' });
  res.json(req.user);
});`;
const importedObject = `import { ACAC } from './cors-headers';
import { originOnly } from './cors-headers';
app.get('/me', (req, res) => {
  res.set(originOnly);
  res.setHeader(ACAC, 'true');
  res.json(req.user);
});`;
const envValue = `import { ACAO, ACAC } from './constants';
import { WEB_ORIGIN } from './origins';
app.get('/me', (req, res) => {
  res.setHeader(ACAO, WEB_ORIGIN);
  res.setHeader(ACAC, 'true');
  res.json(req.user);
});`;

const nextEntries = `const { ACAO, ACAC } = require('./constants');
module.exports = {
  async headers() {
    return [{ source: '/api/:path*', headers: [{ key: ACAO, value: '*' }, { key: ACAC, value: 'true' }] }];
  },
};`;
const assigned = `import { ACAO, ACAC } from './constants';
export const handler = async () => {
  const response = { statusCode: 200, headers: {} };
  response.headers[ACAO] = '*';
  response.headers[ACAC] = 'true';
  return response;
};`;

const without = (code: string, line: string) => code.replace(`\n  ${line}`, '');

ruleTester.run('no-wildcard-origin-with-credentials: imported names and values', noWildcard, {
  assertionOptions,
  valid: [
    { filename, code: named.replace('ALLOWED }', 'PINNED }').replace('ACAO, ALLOWED', 'ACAO, PINNED') },
    { filename, code: envValue.replace("{ WEB_ORIGIN } from './origins'", "{ SAFE_ORIGIN as WEB_ORIGIN } from './origins'") },
    // The header names cannot be read: a module that does not parse, one that does not exist.
    { filename, code: `import { ACAO } from './broken';\nimport { ACAC } from './constants';\napp.get('/me', (req, res) => {\n  res.setHeader(ACAO, '*');\n  res.setHeader(ACAC, 'true');\n  res.end();\n});` },
    { filename, code: `import { ACAO, ACAC } from './missing';\napp.get('/me', (req, res) => {\n  res.setHeader(ACAO, '*');\n  res.setHeader(ACAC, 'true');\n  res.end();\n});` },
    // Same names, but a Map: not a response.
    { filename, code: `import { ACAO, ACAC } from './constants';\nconst m = new Map();\nm.set(ACAO, '*');\nm.set(ACAC, 'true');` },
  ],
  invalid: [
    {
      filename,
      code: named,
      settings: oneOrigin,
      // The shared constant is left alone: the value at the write is replaced.
      output: named.replace('res.setHeader(ACAO, ALLOWED)', `res.setHeader(ACAO, '${APP}')`),
      errors: [{ messageId: 'wildcardWithCredentials', ...at(named, 'ALLOWED', 2), suggestions: [{ messageId: 'removeCredentials', output: without(named, "res.setHeader(ACAC, 'true');") }] }],
    },
    {
      filename,
      code: required,
      output: null,
      errors: [{ messageId: 'wildcardWithCredentials', ...at(required, "'*'"), suggestions: [{ messageId: 'removeCredentials', output: without(required, "res.setHeader(ALLOW_CREDENTIALS, 'true');") }] }],
    },
    {
      filename,
      code: namespaceKeys,
      output: null,
      errors: [{ messageId: 'wildcardWithCredentials', ...at(namespaceKeys, "'*'"), suggestions: [{ messageId: 'removeCredentials', output: namespaceKeys.replace(", [H.ACAC]: 'true'", '') }] }],
    },
    {
      // A headers object of another module: reported where it meets this file's credentials.
      filename,
      code: importedObject,
      output: null,
      errors: [{ messageId: 'wildcardWithCredentials', ...at(importedObject, 'res.set(originOnly)'), suggestions: [{ messageId: 'removeCredentials', output: without(importedObject, "res.setHeader(ACAC, 'true');") }] }],
    },
    {
      filename,
      code: nextEntries,
      output: null,
      errors: [{ messageId: 'wildcardWithCredentials', ...at(nextEntries, "'*'"), suggestions: [{ messageId: 'removeCredentials', output: nextEntries.replace(", { key: ACAC, value: 'true' }", '') }] }],
    },
    {
      filename,
      code: assigned,
      output: null,
      errors: [{ messageId: 'wildcardWithCredentials', ...at(assigned, "'*'"), suggestions: [{ messageId: 'removeCredentials', output: without(assigned, "response.headers[ACAC] = 'true';") }] }],
    },
    {
      filename,
      code: envValue,
      output: null,
      errors: [
        {
          messageId: 'wildcardWithCredentialsWhen',
          data: { condition: 'when WEB_ORIGIN is unset' },
          ...at(envValue, 'WEB_ORIGIN', 2),
          suggestions: [{ messageId: 'removeCredentials', output: without(envValue, "res.setHeader(ACAC, 'true');") }],
        },
      ],
    },
  ],
});

const nullValue = `import { ACAO, ACAC, NULL_ORIGIN } from './constants';
app.get('/me', (req, res) => {
  res.setHeader(ACAO, NULL_ORIGIN);
  res.setHeader(ACAC, 'true');
  res.end();
});`;

ruleTester.run('no-null-origin: imported names and values', noNullOrigin, {
  assertionOptions,
  valid: [{ filename, code: nullValue.replace(', NULL_ORIGIN }', ', PINNED }').replace('ACAO, NULL_ORIGIN', 'ACAO, PINNED') }],
  invalid: [
    {
      filename,
      code: nullValue,
      errors: [{ messageId: 'nullOrigin', ...at(nullValue, 'NULL_ORIGIN', 2), suggestions: [{ messageId: 'removeHeader', output: without(nullValue, 'res.setHeader(ACAO, NULL_ORIGIN);') }] }],
    },
  ],
});

const reflected = `import { ACAO, ACAC } from './constants';
app.get('/me', (req, res) => {
  res.setHeader(ACAO, req.query.origin);
  res.setHeader(ACAC, 'true');
  res.end();
});`;

ruleTester.run('no-reflected-origin-with-credentials: imported names', noReflected, {
  assertionOptions,
  valid: [{ filename, code: reflected.replace("res.setHeader(ACAC, 'true');", "res.setHeader('X-Frame-Options', 'DENY');") }],
  invalid: [
    {
      filename,
      code: reflected,
      output: null,
      errors: [{ messageId: 'reflectedRequestData', data: { source: 'the query string' }, ...at(reflected, 'req.query.origin'), suggestions: [{ messageId: 'removeCredentials', output: without(reflected, "res.setHeader(ACAC, 'true');") }] }],
    },
  ],
});

const perRequest = `import { ACAO, VARY } from './constants';
const ALLOWED = new Set(['${APP}']);
app.get('/me', (req, res) => {
  const origin = req.headers.origin;
  if (ALLOWED.has(origin)) {
    res.setHeader(ACAO, origin);
  }
  res.end();
});`;

ruleTester.run('require-vary-origin: imported names', requireVary, {
  assertionOptions,
  valid: [{ filename, code: perRequest.replace('  res.end();', '  res.setHeader(VARY, "Origin");\n  res.end();') }],
  invalid: [
    {
      filename,
      code: perRequest,
      output: perRequest.replace('res.setHeader(ACAO, origin);', "res.setHeader(ACAO, origin);\n    res.setHeader('Vary', 'Origin');"),
      errors: [{ messageId: 'missingVary', ...at(perRequest, 'res.setHeader(ACAO, origin)') }],
    },
  ],
});

const miscased = `import { ACAC, TRUE_MISCASED } from './constants';
app.get('/me', (req, res) => {
  res.setHeader(ACAC, TRUE_MISCASED);
  res.end();
});`;

ruleTester.run('valid-credentials-header: imported names and values', validCredentials, {
  assertionOptions,
  valid: [{ filename, code: miscased.replace(', TRUE_MISCASED }', ' }').replace('ACAC, TRUE_MISCASED', "ACAC, 'true'") }],
  invalid: [
    {
      filename,
      code: miscased,
      output: miscased.replace('res.setHeader(ACAC, TRUE_MISCASED)', "res.setHeader(ACAC, 'true')"),
      errors: [{ messageId: 'miscasedTrue', data: { value: '"True"' }, ...at(miscased, 'TRUE_MISCASED', 2) }],
    },
  ],
});

const importedCheck = `import { isAllowedOrigin } from './origin-check';
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (isAllowedOrigin(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});`;

ruleTester.run('no-permissive-origin-check: a check imported from a module of the project', noPermissiveCheck, {
  assertionOptions,
  valid: [{ filename, code: importedCheck.replaceAll('isAllowedOrigin', 'isListedOrigin') }],
  invalid: [
    {
      // Reported at the call: the check itself is in the other module.
      filename,
      code: importedCheck,
      errors: [{ messageId: 'unboundedSuffix', data: { example: 'https://evilexample.com' }, ...at(importedCheck, 'isAllowedOrigin(origin)') }],
    },
  ],
});
