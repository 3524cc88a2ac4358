/**
 * Access-Control-Allow-Origin echoed through a function's parameter:
 * `pick(req.query.origin)` where `pick` returns what it is passed (on some
 * path, possibly re-spelled: `` `${o}` ``, `String(o)`, `o.trim()`), written
 * as a declaration, an arrow, a function of another module, a nested call.
 * A function that returns its argument only after checking it against a list,
 * or returns a constant, stays quiet.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import noPermissiveCheck from '../../src/rules/no-permissive-origin-check.js';
import noReflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import requireVary from '../../src/rules/require-vary-origin.js';
import { assertionOptions, corsSettings, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cors-helper-parameters-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const MODULES: Record<string, string> = {
  'origins.js': `const DEFAULT_ORIGIN = 'https://app.example.com';
export function pickOrigin(origin) {
  return origin ? String(origin) : DEFAULT_ORIGIN;
}
export const trimmed = (origin) => \`\${origin}\`.trim();
const ALLOWED = ['https://app.example.com'];
export function allowedOrigin(origin) {
  if (!ALLOWED.includes(origin)) return DEFAULT_ORIGIN;
  return origin;
}
`,
  'suffix.js': `export function suffixOrigin(origin) {
  return origin.endsWith('example.com') ? origin : 'https://app.example.com';
}
`,
  'origins-cjs.js': `exports.firstOrigin = function firstOrigin(list, origin) {
  return origin || list[0];
};
`,
};
for (const [name, text] of Object.entries(MODULES)) fs.writeFileSync(path.join(root, name), text);
const filename = path.join(root, 'server.js');

const ruleTester = createRuleTester();
const APP = 'https://app.example.com';
const oneOrigin = corsSettings({ allowedOrigins: [APP] });

/** A handler sending `value` as Access-Control-Allow-Origin, with credentials and `Vary: Origin`, after `before`. */
function handler(value: string, before = ''): string {
  return `${before}app.get('/me', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', ${value});
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  res.json(req.user);
});`;
}

const DEFAULT = `const DEFAULT_ORIGIN = '${APP}';\n`;
/** Functions that return their parameter on some path, and the call that passes request data. */
const ECHOES: Record<string, { before: string; value: string; source: string }> = {
  fallback: { before: `${DEFAULT}function pick(o) {\n  return o || DEFAULT_ORIGIN;\n}\n`, value: 'pick(req.query.origin)', source: 'the query string' },
  trimmed: { before: 'const normalize = (o) => o.trim();\n', value: 'normalize(req.body.origin)', source: 'the request body' },
  template: { before: 'const asText = (o) => `${o}`;\n', value: 'asText(req.params.origin)', source: 'a route parameter' },
  lowerCase: { before: 'function lower(o) {\n  return String(o).toLowerCase();\n}\n', value: "lower(req.get('X-Origin'))", source: 'a request header' },
  secondParameter: { before: 'function either(fallback, o = fallback) {\n  if (o) return o;\n  return fallback;\n}\n', value: `either('${APP}', req.cookies.origin)`, source: 'a cookie' },
  nested: { before: `${DEFAULT}function pick(o) {\n  return o || DEFAULT_ORIGIN;\n}\nconst normalize = (o) => o.trim();\n`, value: 'pick(normalize(req.query.origin))', source: 'the query string' },
  method: { before: `${DEFAULT}const origins = {\n  pick(o) {\n    return o || DEFAULT_ORIGIN;\n  },\n};\n`, value: 'origins.pick(req.query.origin)', source: 'the query string' },
  passedOn: {
    before: `${DEFAULT}function clean(value) {\n  return value.trim();\n}\nfunction pick(o) {\n  return clean(o) || DEFAULT_ORIGIN;\n}\n`,
    value: 'pick(req.query.origin)',
    source: 'the query string',
  },
  inBranch: { before: `${DEFAULT}const pick = (o) => o || DEFAULT_ORIGIN;\n`, value: 'pick(req.query.origin)', source: 'the query string' },
  respelledCall: {
    before: `${DEFAULT}const pick = (o) => String(o || DEFAULT_ORIGIN).trim();\n`,
    value: 'pick(req.query.origin)',
    source: 'the query string',
  },
  imported: { before: "import { pickOrigin } from './origins';\n", value: 'pickOrigin(req.query.origin)', source: 'the query string' },
  importedArrow: { before: "import { trimmed } from './origins';\n", value: 'trimmed(req.query.site)', source: 'the query string' },
  required: { before: "const { firstOrigin } = require('./origins-cjs');\n", value: `firstOrigin(['${APP}'], req.query.origin)`, source: 'the query string' },
};

/** The report on the call, whose replacement is only offered (the function's other paths change too). */
function reflected(code: string, value: string, source: string) {
  const withoutCredentials = code.replace("\n  res.setHeader('Access-Control-Allow-Credentials', 'true');", '');
  return {
    messageId: 'reflectedRequestData' as const,
    data: { source },
    ...at(code, value),
    suggestions: [
      { messageId: 'useAllowedOrigin' as const, data: { origin: APP }, output: code.replace(value, `'${APP}'`) },
      { messageId: 'removeCredentials' as const, output: withoutCredentials },
    ],
  };
}

const multiLine = `${DEFAULT}function pick(o) {
  return o || DEFAULT_ORIGIN;
}
app.get('/me', (req, res) => {
  res.set({
    'Access-Control-Allow-Origin': pick(
      req.query.origin,
    ),
    'Access-Control-Allow-Credentials': 'true',
    Vary: 'Origin',
  });
  res.end();
});`;
const throughConstant = `${DEFAULT}const pick = function (o) {
  return o ?? DEFAULT_ORIGIN;
};
app.get('/me', (req, res) => {
  const origin = pick(req.query.origin);
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  res.end();
});`;

// A call on one branch of the value: reported on the call.
const branchCall = handler(`req.path === '/partner' ? pick(req.query.origin) : '${APP}'`, `${DEFAULT}const pick = (o) => o || DEFAULT_ORIGIN;\n`);
const respelledOutside = handler('String(pick(req.query.origin))', `${DEFAULT}const pick = (o) => o || DEFAULT_ORIGIN;\n`);

const ALLOWED = `const ALLOWED = ['${APP}', 'https://admin.example.com'];\n`;

ruleTester.run('no-reflected-origin-with-credentials: echoed through a parameter', noReflected, {
  assertionOptions,
  valid: [
    // Returned only after a check against a list.
    handler('checked(req.query.origin)', `${ALLOWED}function checked(o) {\n  return ALLOWED.includes(o) ? o : ALLOWED[0];\n}\n`),
    handler('checked(req.query.origin)', `${ALLOWED}const checked = (o) => (ALLOWED.includes(o.trim()) ? o.trim() : ALLOWED[0]);\n`),
    handler('checked(req.headers.origin)', `${ALLOWED}function checked(o) {\n  if (!ALLOWED.includes(o)) return ALLOWED[0];\n  return \`\${o}\`;\n}\n`),
    { code: handler('allowedOrigin(req.query.origin)', "import { allowedOrigin } from './origins';\n"), filename },
    // A constant, whatever it is passed.
    handler('fixed(req.query.origin)', `${DEFAULT}function fixed(o) {\n  return DEFAULT_ORIGIN;\n}\n`),
    // Passed configuration, not request data; another parameter returned.
    handler('pick(process.env.WEB_ORIGIN)', `${DEFAULT}function pick(o) {\n  return o || DEFAULT_ORIGIN;\n}\n`),
    handler(`pick(req.query.origin, '${APP}')`, 'function pick(requested, configured) {\n  return configured;\n}\n'),
    // Functions that reach themselves are not followed.
    handler('loop(req.query.origin)', 'function loop(o) {\n  return loop(o);\n}\n'),
    handler('ping(req.query.origin)', 'function ping(o) {\n  return pong(o);\n}\nfunction pong(o) {\n  return ping(o);\n}\n'),
    // Arguments spread in, and a chain of calls deeper than the analysis follows: not known, so quiet.
    handler('pick(...[req.query.origin])', 'function pick(o) {\n  return o;\n}\n'),
    handler(
      'f1(req.query.origin)',
      Array.from({ length: 6 }, (_, i) => `function f${i + 1}(o) {\n  return ${i === 5 ? 'o' : `f${i + 2}(o)`};\n}\n`).join(''),
    ),
    // A value that leads back to itself, many times over: bounded, and quiet.
    handler('f(req.query.origin)', 'function f(o) {\n  const v = o ? v : v;\n  const w = v ? w : [w, w].join();\n  return w || v;\n}\n'),
    // Passed on to a function that checks it.
    handler('pick(req.query.origin)', `${ALLOWED}function checked(value) {\n  return ALLOWED.includes(value) ? value : ALLOWED[0];\n}\nfunction pick(o) {\n  return checked(o);\n}\n`),
    // A parameter that changes the value (a lookup, a slice) is not an echo of it.
    handler('lookup(req.query.site)', `const SITES = { shop: '${APP}' };\nfunction lookup(o) {\n  return SITES[o];\n}\n`),
  ],
  invalid: [
    ...Object.values(ECHOES).map(({ before, value, source }) => {
      const code = handler(value, before);
      return { code, filename, settings: oneOrigin, output: null, errors: [reflected(code, value, source)] };
    }),
    {
      code: handler('normalize(req.headers.origin)', "import { trimmed as normalize } from './origins';\n"),
      filename,
      output: null,
      errors: [
        {
          messageId: 'reflectedHeader',
          ...at(handler('normalize(req.headers.origin)', "import { trimmed as normalize } from './origins';\n"), 'normalize(req.headers.origin)'),
          suggestions: [
            {
              messageId: 'removeCredentials',
              output: handler('normalize(req.headers.origin)', "import { trimmed as normalize } from './origins';\n").replace(
                "\n  res.setHeader('Access-Control-Allow-Credentials', 'true');",
                '',
              ),
            },
          ],
        },
      ],
    },
    ...[branchCall, respelledOutside].map((code) => ({
      code,
      output: null,
      errors: [
        {
          messageId: 'reflectedRequestData' as const,
          data: { source: 'the query string' },
          ...at(code, 'pick(req.query.origin)'),
          suggestions: [{ messageId: 'removeCredentials' as const, output: code.replace("\n  res.setHeader('Access-Control-Allow-Credentials', 'true');", '') }],
        },
      ],
    })),
    {
      code: multiLine,
      output: null,
      errors: [
        {
          messageId: 'reflectedRequestData',
          data: { source: 'the query string' },
          ...at(multiLine, 'pick(\n      req.query.origin,\n    )'),
          suggestions: [{ messageId: 'removeCredentials', output: multiLine.replace("\n    'Access-Control-Allow-Credentials': 'true',", '') }],
        },
      ],
    },
    {
      code: throughConstant,
      output: null,
      errors: [
        {
          messageId: 'reflectedRequestData',
          data: { source: 'the query string' },
          ...at(throughConstant, 'origin);'.slice(0, 6), 3),
          suggestions: [{ messageId: 'removeCredentials', output: throughConstant.replace("\n  res.setHeader('Access-Control-Allow-Credentials', 'true');", '') }],
        },
      ],
    },
  ],
});

const noVary = (code: string) => code.replace("\n  res.setHeader('Vary', 'Origin');", '');

ruleTester.run('require-vary-origin: chosen through a parameter', requireVary, {
  assertionOptions,
  valid: [{ code: handler(ECHOES.imported!.value, ECHOES.imported!.before), filename }, noVary(handler('fixed(req.query.origin)', `${DEFAULT}function fixed(o) {\n  return DEFAULT_ORIGIN;\n}\n`))],
  invalid: [ECHOES.imported!, ECHOES.required!, ECHOES.fallback!].map(({ before, value }) => {
    const code = noVary(handler(value, before));
    return {
      code,
      filename,
      output: code.replace(`${value});`, `${value});\n  res.setHeader('Vary', 'Origin');`),
      errors: [{ messageId: 'missingVary' as const, ...at(code, `res.setHeader('Access-Control-Allow-Origin', ${value})`) }],
    };
  }),
});

const suffixLocal = handler('suffixOrigin(req.query.origin)', "function suffixOrigin(o) {\n  return o.endsWith('example.com') ? o : 'https://app.example.com';\n}\n");
const suffixImported = handler('suffixOrigin(req.headers.origin)', "import { suffixOrigin } from './suffix';\n");

ruleTester.run('no-permissive-origin-check: checks of a parameter', noPermissiveCheck, {
  assertionOptions,
  valid: [handler('checked(req.query.origin)', `${ALLOWED}function checked(o) {\n  return ALLOWED.includes(o) ? o : ALLOWED[0];\n}\n`)],
  invalid: [
    {
      // A check of the parameter, in this file: reported on the check, with its safe form.
      code: suffixLocal,
      errors: [
        {
          messageId: 'unboundedSuffix',
          data: { example: 'https://evilexample.com' },
          ...at(suffixLocal, "'example.com'"),
          suggestions: [{ messageId: 'useSafeCheck', data: { replacement: "'.example.com'" }, output: suffixLocal.replace("'example.com'", "'.example.com'") }],
        },
      ],
    },
    {
      // In another module: shown at the call that relies on it.
      code: suffixImported,
      filename,
      errors: [{ messageId: 'unboundedSuffix', data: { example: 'https://evilexample.com' }, ...at(suffixImported, 'suffixOrigin(req.headers.origin)') }],
    },
  ],
});
