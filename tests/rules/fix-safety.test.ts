/**
 * Fix safety across rules: edits repeated through a helper are made once, a
 * message quotes only an excerpt of a huge value, suggestions are bounded,
 * exported declarations are fixed at the use, and inserted lines keep the
 * file's line endings and trailing comments.
 */
import { describe, expect, it } from 'vitest';
import preflight from '../../src/rules/require-preflight-credentials.js';
import requestCredentials from '../../src/rules/require-request-credentials.js';
import reflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import validCredentials from '../../src/rules/valid-credentials-header.js';
import wildcard from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { mergeFixes, stringLiteral } from '../../src/fixes/text-edits.js';
import { assertionOptions, corsSettings, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const ruleTester = createRuleTester();
const ONE = corsSettings({ allowedOrigins: ['https://app.example.com'] });
const MANY = corsSettings({ allowedOrigins: Array.from({ length: 10 }, (_, i) => `https://app${i}.example.com`) });

const twice = `function cred(res) { res.setHeader('Access-Control-Allow-Credentials', 'true'); }
app.use((req, res) => { cred(res); cred(res); res.setHeader('Access-Control-Allow-Origin', '*'); });`;
const exported = `export const ORIGIN = '*';
app.use((req, res) => { res.setHeader('Access-Control-Allow-Origin', ORIGIN); res.setHeader('Access-Control-Allow-Credentials', 'true'); });`;

ruleTester.run('no-wildcard-origin-with-credentials (fix safety)', wildcard, {
  assertionOptions,
  valid: [],
  invalid: [
    {
      // The helper writing the credentials header is called twice: the suggestion removes its write once.
      code: twice,
      output: null,
      errors: [
        {
          messageId: 'wildcardWithCredentials',
          ...at(twice, "'*'"),
          suggestions: [{ messageId: 'removeCredentials', output: `function cred(res) { }\napp.use((req, res) => { cred(res); cred(res); res.setHeader('Access-Control-Allow-Origin', '*'); });` }],
        },
      ],
    },
    {
      // An exported constant keeps its value for its importers: the origin is written at the use.
      code: exported,
      settings: ONE,
      output: exported.replace("'Access-Control-Allow-Origin', ORIGIN", "'Access-Control-Allow-Origin', 'https://app.example.com'"),
      errors: [{ messageId: 'wildcardWithCredentials', ...at(exported, 'ORIGIN', 2), suggestions: [{ messageId: 'removeCredentials', output: exported.replace(" res.setHeader('Access-Control-Allow-Credentials', 'true');", '') }] }],
    },
  ],
});

const echo = `app.use((req, res) => {\n  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n});`;

ruleTester.run('no-reflected-origin-with-credentials (fix safety)', reflected, {
  assertionOptions,
  valid: [],
  invalid: [
    {
      // Ten allowed origins: suggestions for the first three only.
      code: echo,
      settings: MANY,
      output: null,
      errors: [
        {
          messageId: 'reflectedHeader',
          ...at(echo, 'req.headers.origin'),
          suggestions: [
            ...[0, 1, 2].map((i) => ({ messageId: 'useAllowedOrigin' as const, output: echo.replace('req.headers.origin', `'https://app${i}.example.com'`) })),
            { messageId: 'removeCredentials' as const, output: echo.replace("  res.setHeader('Access-Control-Allow-Credentials', 'true');\n", '') },
          ],
        },
      ],
    },
  ],
});

const crlf = `app.options('/me', (req, res) => {\r\n  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com'); // the SPA\r\n  res.end();\r\n});\r\napp.get('/me', (req, res) => {\r\n  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');\r\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\r\n});`;

ruleTester.run('require-preflight-credentials (fix safety)', preflight, {
  assertionOptions,
  valid: [],
  invalid: [
    {
      // CRLF line endings and the trailing comment stay where they are.
      code: crlf,
      output: crlf.replace(
        "// the SPA\r\n",
        "// the SPA\r\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\r\n",
      ),
      errors: [{ messageId: 'preflightWithoutCredentials', line: 2, column: 3, endLine: 2, endColumn: 74 }],
    },
  ],
});

const huge = `res.setHeader('Access-Control-Allow-Credentials', '${'x'.repeat(5000)}');`;

const API = corsSettings({ credentialedApis: ['https://api.example.com'] });
const commented = `fetch('https://api.example.com/me', {\n  method: 'POST', // must be POST\n});`;
const todo = `fetch('https://api.example.com/me', { /* TODO: auth */ });`;
const tabs = `function load() {\n\treturn fetch('https://api.example.com/me', {\n\t});\n}`;

ruleTester.run('require-request-credentials (fix safety)', requestCredentials, {
  assertionOptions,
  valid: [],
  invalid: [
    {
      // The comment stays on the line it explains.
      code: commented,
      settings: API,
      output: `fetch('https://api.example.com/me', {\n  method: 'POST', // must be POST\n  credentials: 'include',\n});`,
      errors: [{ messageId: 'missingCredentials', ...at(commented, "'https://api.example.com/me'") }],
    },
    {
      // A comment in an empty options object is kept.
      code: todo,
      settings: API,
      output: `fetch('https://api.example.com/me', { /* TODO: auth */ credentials: 'include' });`,
      errors: [{ messageId: 'missingCredentials', ...at(todo, "'https://api.example.com/me'") }],
    },
    {
      // A tab-indented file gets a tab.
      code: tabs,
      settings: API,
      output: `function load() {\n\treturn fetch('https://api.example.com/me', {\n\t\tcredentials: 'include',\n\t});\n}`,
      errors: [{ messageId: 'missingCredentials', ...at(tabs, "'https://api.example.com/me'") }],
    },
  ],
});

// A 5000-character value is quoted as a 60-character excerpt.
ruleTester.run('valid-credentials-header (huge value)', validCredentials, {
  assertionOptions,
  valid: [],
  invalid: [
    {
      code: huge,
      output: null,
      errors: [
        {
          messageId: 'invalidCredentials',
          data: { value: `"${'x'.repeat(57)}…"` },
          ...at(huge, `'${'x'.repeat(5000)}'`),
          suggestions: [
            { messageId: 'useTrue', output: "res.setHeader('Access-Control-Allow-Credentials', 'true');" },
            { messageId: 'removeHeader', output: '' },
          ],
        },
      ],
    },
  ],
});

describe('fix safety', () => {
  it('writes values only as plain, escaped string literals', () => {
    expect(stringLiteral('https://a.example.com/${x}`', '`')).toBe("'https://a.example.com/${x}`'");
    expect(stringLiteral(`it's\n`, "'")).toBe("'it\\'s\\n'");
    expect(stringLiteral('say "hi"', '"')).toBe('"say \\"hi\\""');
  });

  it('merges the edits of one fix: repeats once, overlapping removals joined, conflicts declined', () => {
    const remove = (a: number, b: number) => ({ range: [a, b] as const, text: '' });
    expect(mergeFixes([remove(5, 9), remove(5, 9)])).toEqual([remove(5, 9)]);
    expect(mergeFixes([remove(5, 9), remove(7, 12)])).toEqual([{ range: [5, 12], text: '' }]);
    expect(mergeFixes([remove(5, 9), { range: [7, 8], text: 'x' }])).toBeNull();
    expect(mergeFixes([remove(5, 9), null])).toBeNull();
  });
});

const nextPreflight = `const allowedOrigins = ['https://app.example.com'];
export function middleware(request) {
  const origin = request.headers.get('origin') ?? '';
  const isAllowedOrigin = allowedOrigins.includes(origin);
  if (request.method === 'OPTIONS') {
    const preflightHeaders = {
      ...(isAllowedOrigin && { 'Access-Control-Allow-Origin': origin }),
      'Access-Control-Allow-Methods': 'GET, POST',
    };
    return NextResponse.json({}, { headers: preflightHeaders });
  }
  const response = NextResponse.next();
  if (isAllowedOrigin) response.headers.set('Access-Control-Allow-Origin', origin);
  response.headers.set('Access-Control-Allow-Credentials', 'true');
  return response;
}`;

ruleTester.run('require-preflight-credentials (checked echo)', preflight, {
  assertionOptions,
  valid: [],
  invalid: [
    {
      // The Next.js documentation pattern: the origin is echoed only after an allowlist check, so the fix applies.
      code: nextPreflight,
      output: nextPreflight.replace(
        "{ 'Access-Control-Allow-Origin': origin }",
        "{ 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' }",
      ),
      errors: [{ messageId: 'preflightWithoutCredentials', ...at(nextPreflight, "'Access-Control-Allow-Origin': origin") }],
    },
  ],
});
