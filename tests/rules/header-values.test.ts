/**
 * Hand-written header values read on every path they can take: fallbacks of
 * configuration, branches, `let` variables assigned in `if` and `switch`, and
 * local functions. A value that is `*`, `null` or request data on one path is
 * reported with that path; configuration alone (`process.env.X`) is not.
 */
import noNullOrigin from '../../src/rules/no-null-origin.js';
import noReflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import noWildcard from '../../src/rules/no-wildcard-origin-with-credentials.js';
import requireVary from '../../src/rules/require-vary-origin.js';
import { assertionOptions, corsSettings, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const ruleTester = createRuleTester();
const APP = 'https://app.example.com';
const oneOrigin = corsSettings({ allowedOrigins: [APP] });

/** A handler writing `value` as Access-Control-Allow-Origin with credentials, after `before`. */
function handler(value: string, before = '', extra = ''): string {
  return `${before}app.get('/me', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', ${value});
  res.setHeader('Access-Control-Allow-Credentials', 'true');${extra}
  res.json(req.user);
});`;
}

const envFallback = handler('WEB_ORIGIN', "const WEB_ORIGIN = process.env.WEB_ORIGIN ?? '*';\n");
const envOr = handler("process.env.ORIGIN || '*'");
const ternary = handler(`isProduction ? '${APP}' : '*'`, 'const isProduction = process.env.NODE_ENV === "production";\n');
// The same condition on both: `*` and credentials meet when `debug` is true.
const bothInBranch = `app.get('/me', (req, res) => {
  const origin = debug ? '*' : '${APP}';
  if (debug) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  res.end();
});`;
const letInIf = `app.get('/me', (req, res) => {
  let origin = '${APP}';
  if (debug) origin = '*';
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
});`;
const letInSwitch = `app.get('/me', (req, res) => {
  let origin;
  switch (process.env.MODE) {
    case 'prod':
      origin = '${APP}';
      break;
    default:
      origin = '*';
  }
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
});`;
const helperOnePath = handler('allowedOrigin()', `function allowedOrigin() {\n  if (process.env.OPEN) return '*';\n  return '${APP}';\n}\n`);
const helperAlways = handler('allowedOrigin()', "function allowedOrigin() {\n  return '*';\n}\n");

/** The report of `*` on some paths, on `snippet`. */
function when(code: string, condition: string, snippet: string, occurrence: number, suggestions: Array<{ messageId: 'useAllowedOrigin' | 'removeCredentials'; output: string; data?: Record<string, string> }>) {
  return { messageId: 'wildcardWithCredentialsWhen' as const, data: { condition }, ...at(code, snippet, occurrence), suggestions };
}

const withoutCredentials = (code: string) => code.replace("\n  res.setHeader('Access-Control-Allow-Credentials', 'true');", '');
const useApp = (code: string, from: string, occurrence = 1) => {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = code.indexOf(from, index + 1);
  return code.slice(0, index) + `'${APP}'` + code.slice(index + from.length);
};

ruleTester.run('no-wildcard-origin-with-credentials: values on some paths', noWildcard, {
  assertionOptions,
  valid: [
    // A fallback to a real origin, configuration alone, and `*` without credentials.
    handler('WEB_ORIGIN', `const WEB_ORIGIN = process.env.WEB_ORIGIN ?? '${APP}';\n`),
    handler('process.env.WEB_ORIGIN'),
    handler(`process.env.ORIGIN || '${APP}'`),
    withoutCredentials(envFallback),
    // `*` for public paths, credentials only on the others.
    `app.get('/me', (req, res) => {
  const isPublic = req.path.startsWith('/public');
  const origin = isPublic ? '*' : '${APP}';
  res.setHeader('Access-Control-Allow-Origin', origin);
  if (!isPublic) res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
});`,
    // Credentials only where the value is not `*`: an enclosing test, a negated one, an early exit.
    handler('WEB_ORIGIN', "const WEB_ORIGIN = process.env.WEB_ORIGIN ?? '*';\n").replace(
      "res.setHeader('Access-Control-Allow-Credentials', 'true');",
      "if (allowCredentials && WEB_ORIGIN !== '*') res.setHeader('Access-Control-Allow-Credentials', 'true');",
    ),
    handler('origin', "const { origin = '*', credentials = true } = options;\n").replace(
      "res.setHeader('Access-Control-Allow-Credentials', 'true');",
      "if (!(origin === '*' || !credentials)) res.setHeader('Access-Control-Allow-Credentials', 'true');",
    ),
    `app.get('/me', (req, res) => {
  const origin = process.env.WEB_ORIGIN || '*';
  res.setHeader('Access-Control-Allow-Origin', origin);
  if (origin === '*') return res.json(publicData);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json(req.user);
});`,
    // A helper that returns the checked request origin or a real one.
    handler('allowedOrigin(req)', `const ALLOWED = new Set(['${APP}']);\nfunction allowedOrigin(req) {\n  const o = req.headers.origin;\n  return ALLOWED.has(o) ? o : '${APP}';\n}\n`, "\n  res.setHeader('Vary', 'Origin');"),
  ],
  invalid: [
    {
      code: envFallback,
      output: null,
      errors: [when(envFallback, 'when WEB_ORIGIN is unset', 'WEB_ORIGIN', 3, [{ messageId: 'removeCredentials', output: withoutCredentials(envFallback) }])],
    },
    {
      // With one allowed origin: offered, not applied (the configured origin would be dropped).
      code: envFallback,
      settings: oneOrigin,
      output: null,
      errors: [
        when(envFallback, 'when WEB_ORIGIN is unset', 'WEB_ORIGIN', 3, [
          { messageId: 'useAllowedOrigin', data: { origin: APP }, output: useApp(envFallback, 'WEB_ORIGIN', 3) },
          { messageId: 'removeCredentials', output: withoutCredentials(envFallback) },
        ]),
      ],
    },
    (() => {
      // A guard on another value does not keep the credentials from the `*` (a write under an `if` is not removed).
      const code = handler('WEB_ORIGIN', "const WEB_ORIGIN = process.env.WEB_ORIGIN ?? '*';\n").replace(
        "res.setHeader('Access-Control-Allow-Credentials', 'true');",
        "if (OTHER !== '*') res.setHeader('Access-Control-Allow-Credentials', 'true');",
      );
      return { code, output: null, errors: [when(code, 'when WEB_ORIGIN is unset', 'WEB_ORIGIN', 3, [])] };
    })(),
    {
      code: envOr,
      output: null,
      errors: [when(envOr, 'when ORIGIN is unset', "'*'", 1, [{ messageId: 'removeCredentials', output: withoutCredentials(envOr) }])],
    },
    {
      code: ternary,
      output: null,
      errors: [when(ternary, 'when `isProduction` is false', "'*'", 1, [{ messageId: 'removeCredentials', output: withoutCredentials(ternary) }])],
    },
    {
      code: letInIf,
      settings: oneOrigin,
      output: null,
      errors: [
        when(letInIf, 'when `debug` is true', 'origin', 3, [
          { messageId: 'useAllowedOrigin', data: { origin: APP }, output: useApp(letInIf, 'origin', 3) },
          { messageId: 'removeCredentials', output: withoutCredentials(letInIf) },
        ]),
      ],
    },
    {
      code: bothInBranch,
      output: null,
      errors: [when(bothInBranch, 'when `debug` is true', 'origin', 2, [{ messageId: 'removeCredentials', output: bothInBranch.replace("\n    res.setHeader('Access-Control-Allow-Credentials', 'true');", '') }])],
    },
    {
      code: letInSwitch,
      output: null,
      errors: [
        when(letInSwitch, 'when MODE matches no case', 'origin', 4, [{ messageId: 'removeCredentials', output: withoutCredentials(letInSwitch) }]),
      ],
    },
    {
      code: helperOnePath,
      output: null,
      errors: [
        when(helperOnePath, 'when OPEN is set in allowedOrigin', 'allowedOrigin()', 2, [{ messageId: 'removeCredentials', output: withoutCredentials(helperOnePath) }]),
      ],
    },
    {
      // `*` on every path the helper takes: the value at the write is replaced, the helper is left alone.
      code: helperAlways,
      settings: oneOrigin,
      output: useApp(helperAlways, 'allowedOrigin()', 2),
      errors: [{ messageId: 'wildcardWithCredentials', ...at(helperAlways, 'allowedOrigin()', 2), suggestions: [{ messageId: 'removeCredentials', output: withoutCredentials(helperAlways) }] }],
    },
  ],
});

const nullHelper = handler('sandboxOrigin()', `function sandboxOrigin() {\n  if (process.env.SANDBOX) return 'null';\n  return '${APP}';\n}\n`);

ruleTester.run('no-null-origin: values on some paths', noNullOrigin, {
  assertionOptions,
  valid: [handler('sandboxOrigin()', `function sandboxOrigin() {\n  if (process.env.SANDBOX) return 'https://sandbox.example.com';\n  return '${APP}';\n}\n`), handler("process.env.ORIGIN ?? 'https://null.example.com'")],
  invalid: [{ code: nullHelper, errors: [{ messageId: 'nullOrigin', ...at(nullHelper, "'null'"), suggestions: [] }] }],
});

const dataFallback = handler('process.env.ORIGIN ?? req.query.origin');
const dataInConst = `app.get('/me', (req, res) => {
  const origin = req.path === '/embed' ? req.query.origin : '${APP}';
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
});`;
const dataHelper = handler('originFor(req)', `function originFor(req) {\n  switch (req.query.site) {\n    case 'app':\n      return '${APP}';\n    default:\n      return req.query.origin;\n  }\n}\n`, "\n  res.setHeader('Vary', 'Origin');");
const checkedHelper = handler('originFor(req)', `const ALLOWED = new Set(['${APP}']);\nfunction originFor(req) {\n  const origin = req.query.origin;\n  if (ALLOWED.has(origin)) return origin;\n  return '${APP}';\n}\n`, "\n  res.setHeader('Vary', 'Origin');");

ruleTester.run('no-reflected-origin-with-credentials: request data on some paths', noReflected, {
  assertionOptions,
  valid: [checkedHelper, handler(`process.env.ORIGIN ?? '${APP}'`), withoutCredentials(dataFallback)],
  invalid: [
    {
      code: dataFallback,
      settings: oneOrigin,
      output: useApp(dataFallback, 'req.query.origin'),
      errors: [{ messageId: 'reflectedRequestData', data: { source: 'the query string' }, ...at(dataFallback, 'req.query.origin'), suggestions: [{ messageId: 'removeCredentials', output: withoutCredentials(dataFallback) }] }],
    },
    {
      code: dataInConst,
      output: null,
      errors: [{ messageId: 'reflectedRequestData', data: { source: 'the query string' }, ...at(dataInConst, 'req.query.origin'), suggestions: [{ messageId: 'removeCredentials', output: withoutCredentials(dataInConst) }] }],
    },
    {
      // Inside a helper: the call is reported, and replacing it is only offered.
      code: dataHelper,
      settings: oneOrigin,
      output: null,
      errors: [
        {
          messageId: 'reflectedRequestData',
          data: { source: 'the query string' },
          ...at(dataHelper, 'originFor(req)', 2),
          suggestions: [
            { messageId: 'useAllowedOrigin', data: { origin: APP }, output: useApp(dataHelper, 'originFor(req)', 2) },
            { messageId: 'removeCredentials', output: withoutCredentials(dataHelper) },
          ],
        },
      ],
    },
  ],
});

const varyHelper = `const ALLOWED = new Set(['${APP}']);
function allowedOrigin(req) {
  const origin = req.headers.origin;
  return ALLOWED.has(origin) ? origin : '${APP}';
}
app.get('/me', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', allowedOrigin(req));
  res.json(req.user);
});`;

ruleTester.run('require-vary-origin: per-request values on some paths', requireVary, {
  assertionOptions,
  valid: [
    varyHelper.replace('res.json', "res.setHeader('Vary', 'Origin');\n  res.json"),
    handler(`process.env.ORIGIN ?? '${APP}'`),
  ],
  invalid: [
    {
      code: varyHelper,
      output: varyHelper.replace('allowedOrigin(req));', "allowedOrigin(req));\n  res.setHeader('Vary', 'Origin');"),
      errors: [{ messageId: 'missingVary', ...at(varyHelper, "res.setHeader('Access-Control-Allow-Origin', allowedOrigin(req))") }],
    },
    {
      code: dataFallback,
      output: dataFallback.replace('req.query.origin);', "req.query.origin);\n  res.setHeader('Vary', 'Origin');"),
      errors: [{ messageId: 'missingVary', ...at(dataFallback, "res.setHeader('Access-Control-Allow-Origin', process.env.ORIGIN ?? req.query.origin)") }],
    },
  ],
});
