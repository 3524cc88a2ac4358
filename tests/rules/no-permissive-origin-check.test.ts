import rule from '../../src/rules/no-permissive-origin-check.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const ruleTester = createRuleTester();

const CORS = `import cors from 'cors';\n`;
const ACAC = `  res.setHeader('Access-Control-Allow-Credentials', 'true');\n`;

/** The message of each weakness. */
const REASON = {
  substring: 'substring',
  suffix: 'unboundedSuffix',
  prefix: 'prefix',
  shared: 'sharedHosting',
  publicSuffix: 'publicSuffix',
  start: 'unanchoredStart',
  end: 'unanchoredEnd',
  unanchored: 'unanchored',
  dot: 'unescapedDot',
  label: 'openDomainLabel',
  flag: 'statefulFlag',
} as const;

type Reason = (typeof REASON)[keyof typeof REASON];

/** A `cors` origin callback with credentials. */
const callback = (body: string) => `${CORS}app.use(cors({\n  credentials: true,\n  origin(origin, cb) {\n${body}\n  },\n}));`;

/** A hand-written middleware echoing `origin` under a guard, with credentials. */
const guarded = (guard: string, prelude = '') => `${prelude}app.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (${guard}) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  }\n  next();\n});`;

/** One report on `snippet` with its reason, and a suggestion to `replacement` when given. */
function weak(code: string, snippet: string, reason: Reason, replacement?: string, occurrence = 1) {
  return {
    messageId: reason,
    ...at(code, snippet, occurrence),
    suggestions:
      replacement === undefined
        ? []
        : [{ messageId: 'useSafeCheck' as const, data: { replacement }, output: replaceAt(code, snippet, replacement, occurrence) }],
  };
}

/** The same report, with the bypassing origin its message names. */
function showing(error: ReturnType<typeof weak>, example: string) {
  return { ...error, data: { example } };
}

function replaceAt(code: string, snippet: string, replacement: string, occurrence: number): string {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = code.indexOf(snippet, index + 1);
  return code.slice(0, index) + replacement + code.slice(index + snippet.length);
}

const SUBDOMAINS = '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/';

ruleTester.run('no-permissive-origin-check', rule, {
  assertionOptions,
  valid: [
    // Without credentials a loose check exposes nothing private.
    `${CORS}app.use(cors({ origin: /example\\.com$/ }));`,
    `${CORS}app.use(cors({ origin: /example\\.com$/, credentials: false }));`,
    `${CORS}app.use(cors({ origin: (origin, cb) => cb(null, origin.includes('example.com')) }));`,
    `app.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (origin.endsWith('example.com')) res.setHeader('Access-Control-Allow-Origin', origin);\n  next();\n});`,
    // Credentials unknown: not judged.
    `${CORS}app.use(cors({ origin: /example\\.com$/, credentials: process.env.CREDENTIALS === 'yes' }));`,
    // Safe patterns.
    `${CORS}app.use(cors({ origin: /^https:\\/\\/app\\.example\\.com$/, credentials: true }));`,
    `${CORS}app.use(cors({ origin: ${SUBDOMAINS}, credentials: true }));`,
    `${CORS}app.use(cors({ origin: [/^https:\\/\\/app\\.example\\.com$/i, 'https://admin.example.com'], credentials: true }));`,
    // Dot-bounded: exactly the subdomains of example.com, like hostname.endsWith('.example.com').
    `${CORS}app.use(cors({ origin: /\\.example\\.com$/, credentials: true }));`,
    `${CORS}app.use(cors({ origin: /^https:\\/\\/myapp\\.vercel\\.app$/, credentials: true }));`,
    `${CORS}app.use(cors({ origin: /\\x2eexample\\x2ecom$/, credentials: true }));`,
    `${CORS}app.use(cors({ origin: /^https:\\/\\/app[.]example[.]com(?=$)/, credentials: true }));`,
    `${CORS}app.use(cors({ origin: [/^https:\\/\\/[[a-z]--[x]]+\\.example\\.com$/v], credentials: true }));`,
    `import fastifyCors from '@fastify/cors';\nfastify.register(fastifyCors, { origin: [/^https:\\/\\/app\\.example\\.com$/], credentials: true });`,
    // Safe callbacks.
    callback(`    cb(null, ['https://app.example.com', 'https://admin.example.com'].includes(origin));`),
    callback(`    cb(null, !origin || origin === 'https://app.example.com');`),
    // A host read inside try is the origin's host.
    callback(`    let host;\n    try {\n      host = new URL(origin).hostname;\n    } catch {\n      return cb(null, false);\n    }\n    cb(null, host === 'example.com' || host.endsWith('.example.com'));`),
    // Helpers whose answers compare full origins, however the answer reaches the check.
    callback(`    const ok = isAllowed(origin);\n    if (ok) return cb(null, true);\n    cb(null, false);`).replace(CORS, `${CORS}const ALLOWED = new Set(['https://app.example.com']);\nfunction isAllowed(o) {\n  if (!o) return false;\n  return ALLOWED.has(o);\n}\n`),
    `const LIST = ['https://app.example.com'];\nfunction origins(origin, cb) {\n  cb(null, LIST.includes(origin));\n}\napp.use((req, res, next) => {\n  origins(req.headers.origin, (err, ok) => {\n    if (err || !ok) return next(err);\n    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n${ACAC}    next();\n  });\n});`,
    `class Cors {\n  isAllowed(o) {\n    return ['https://app.example.com'].includes(o);\n  }\n  handle(req, res) {\n    const origin = req.headers.origin;\n    if (this.isAllowed(origin)) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  }\n}`,
    // RegExps built from known parts are judged like literals; an unknown part leaves them unjudged.
    callback(`    cb(null, new RegExp('^https://' + escapeStringRegexp(DOMAIN) + '$').test(origin));`).replace(CORS, `${CORS}import escapeStringRegexp from 'escape-string-regexp';\nconst DOMAIN = 'app.example.com';\n`),
    callback(`    cb(null, new RegExp(\`^(\${ORIGINS.map(RegExp.escape).join('|')})$\`).test(origin));`),
    callback(`    cb(null, new RegExp('^https://' + process.env.APP_HOST + '$').test(origin));`),
    callback(`    cb(null, new RegExp(escape(domain) + '$').test(origin));`),
    // Requests without an Origin header are not cross-origin: letting them through is not a bypass.
    callback(`    if (typeof origin === 'undefined') return cb(null, true);\n    cb(null, ['https://app.example.com'].includes(origin));`),
    callback(`    if ('undefined' === typeof origin || origin === 'https://app.example.com') return cb(null, true);\n    cb(new Error('Not allowed'));`),
    callback(`    const { hostname } = new URL(origin);\n    cb(null, hostname === 'example.com' || hostname.endsWith('.example.com'));`),
    callback(`    cb(null, new URL(origin).hostname.endsWith('.example.com'));`),
    callback(`    cb(null, origin.startsWith('http://localhost:'));`),
    callback(`    cb(null, /^https:\\/\\/app\\.example\\.com$/g.test(origin));`),
    callback(`    cb(null, origin.match(/^https:\\/\\/app\\.example\\.com$/g) !== null);`),
    `${CORS}const allowed = [/^https:\\/\\/app\\.example\\.com$/, /^https:\\/\\/admin\\.example\\.com$/];\napp.use(cors({ credentials: true, origin: (origin, cb) => cb(null, allowed.some((re) => re.test(origin))) }));`,
    // Shapes the analysis cannot read: silent, never a crash.
    `${CORS}app.use(cors({ origin: new RegExp(process.env.ORIGIN_PATTERN), credentials: true }));`,
    `${CORS}app.use(cors({ origin: new RegExp(pattern), credentials: true }));`,
    `${CORS}app.use(cors({ origin: RegExp(...parts), credentials: true }));`,
    callback(`    cb(null, new RegExp(pattern).test(origin));`),
    callback(`    cb(null, origin.endsWith(suffix));`),
    `${CORS}app.use(cors({ credentials: true, origin: (...args) => args[1](null, args[0].includes('example.com')) }));`,
    `${CORS}app.use(cors({ credentials: true, origin: (origin, cb) => check(origin, cb) }));`,
    `${CORS}app.use(cors({ credentials: true, origin: async (origin, cb) => { cb(null, await isAllowed(origin)); } }));`,
    `${CORS}app.use(cors({ credentials: true, origin: (origin, cb) => cb(...result) }));`,
    // Odd code.
    `${CORS}app.use(cors({ origin: new RegExp('('), credentials: true }));`,
    `${CORS}app.use(cors({ origin: RegExp, credentials: true }));`,
    `${CORS}app.use(cors({ origin: [, /^https:\\/\\/a\\.example\\.com$/], credentials: true }));`,
    `${CORS}const check = (origin, cb) => check(origin, cb);\napp.use(cors({ origin: check, credentials: true }));`,
    `${CORS}function loop(o) { return loop(o); }\napp.use(cors({ origin: (origin, cb) => cb(null, loop(origin)), credentials: true }));`,
    `${CORS}app.use(cors({ credentials: true, origin(origin, cb) { cb(); } }));`,
    `${CORS}app.use(cors({ credentials: true, origin: function () { return arguments[1](null, true); } }));`,
    `${CORS}const a = b;\nconst b = a;\napp.use(cors({ origin: (origin, cb) => cb(null, a.test(origin)), credentials: true }));`,
    `${CORS}app.use(cors({ credentials: true, origin: (origin, cb) => { for (const x of origin) if (x.includes('a')) return cb(null, true); cb(null, false); } }));`,
    // Weak checks that decide nothing about credentials: another response, no credentials.
    `app.get('/public', (req, res) => {\n  const origin = req.headers.origin;\n  if (origin.includes('example.com')) res.setHeader('Access-Control-Allow-Origin', origin);\n  res.send('ok');\n});\napp.get('/private', (req, res) => {\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n  res.send('ok');\n});`,
    // Hand-written, safe.
    guarded(`allowed.includes(origin)`, `const allowed = ['https://app.example.com'];\n`),
    guarded(`origin === 'https://app.example.com'`),
    guarded(`/^https:\\/\\/app\\.example\\.com$/.test(origin)`),
    guarded(`origin && origin.endsWith('.example.com')`),
  ],
  invalid: [
    // RegExps in options.
    (() => {
      const code = `${CORS}app.use(cors({ origin: /example\\.com$/, credentials: true }));`;
      return { code, errors: [weak(code, '/example\\.com$/', REASON.start, SUBDOMAINS)] };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ origin: /example\\.com/, credentials: true }));`;
      return { code, errors: [weak(code, '/example\\.com/', REASON.unanchored, SUBDOMAINS)] };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ origin: /^https:\\/\\/app.example.com$/, credentials: true }));`;
      return { code, errors: [weak(code, '/^https:\\/\\/app.example.com$/', REASON.dot, '/^https:\\/\\/app\\.example\\.com$/')] };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ origin: /^https:\\/\\/app\\.example\\.com/i, credentials: true }));`;
      return { code, errors: [weak(code, '/^https:\\/\\/app\\.example\\.com/i', REASON.end, '/^https:\\/\\/app\\.example\\.com$/i')] };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ origin: /\\.example\\.com/, credentials: true }));`;
      return { code, errors: [weak(code, '/\\.example\\.com/', REASON.end, '/^https:\\/\\/(?:[a-z0-9-]+\\.)+example\\.com$/')] };
    })(),
    // The rewrite compiles with the pattern's own flags: in v mode the class escapes its `-`.
    (() => {
      const code = `${CORS}app.use(cors({ origin: /example\\.com/v, credentials: true }));`;
      return { code, errors: [weak(code, '/example\\.com/v', REASON.unanchored, '/^https:\\/\\/(?:[a-z0-9\\-]+\\.)*example\\.com$/v')] };
    })(),
    // Escapes read as the characters they mean: \x2e is a dot.
    (() => {
      const code = `${CORS}app.use(cors({ origin: /^https:\\/\\/[a-z]+\\x2evercel\\x2eapp$/, credentials: true }));`;
      return { code, errors: [weak(code, '/^https:\\/\\/[a-z]+\\x2evercel\\x2eapp$/', REASON.shared)] };
    })(),
    // Messages name an origin built from the user's own check and confirmed against it.
    (() => {
      const code = `${CORS}app.use(cors({ origin: /^https:\\/\\/example.com$/, credentials: true }));`;
      return { code, errors: [showing(weak(code, '/^https:\\/\\/example.com$/', REASON.dot, '/^https:\\/\\/example\\.com$/'), 'https://examplexcom')] };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ origin: /^https:\\/\\/api\\.shop\\.io/, credentials: true }));`;
      return { code, errors: [showing(weak(code, '/^https:\\/\\/api\\.shop\\.io/', REASON.end, '/^https:\\/\\/api\\.shop\\.io$/'), 'https://api.shop.io.evil.net')] };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ origin: /^https:\\/\\/[a-z]*shop\\.io$/, credentials: true }));`;
      return { code, errors: [showing(weak(code, '/^https:\\/\\/[a-z]*shop\\.io$/', REASON.label), 'https://evilshop.io')] };
    })(),
    (() => {
      const code = callback(`    cb(null, origin.endsWith('shop.io'));`);
      return { code, errors: [showing(weak(code, "'shop.io'", REASON.suffix, "'.shop.io'"), 'https://evilshop.io')] };
    })(),
    (() => {
      const code = callback(`    cb(null, origin.startsWith('https://api.shop.io'));`);
      return { code, errors: [showing(weak(code, "origin.startsWith('https://api.shop.io')", REASON.prefix), 'https://api.shop.io.evil.net')] };
    })(),
    (() => {
      const code = callback(`    cb(null, 'https://a.shop.io https://b.shop.io'.includes(origin));`);
      return { code, errors: [showing(weak(code, "'https://a.shop.io https://b.shop.io'", REASON.substring), 'https://a.shop.i')] };
    })(),
    (() => {
      const code = callback(`    let host = '';\n    try {\n      host = new URL(origin).hostname;\n    } catch {}\n    cb(null, host === 'example.com' || host.endsWith('example.com'));`);
      return { code, errors: [weak(code, "'example.com'", REASON.suffix, "'.example.com'", 2)] };
    })(),
    // Helpers with several statements, answers kept in a variable, answers passed to a callback, methods.
    (() => {
      const code = callback(`    const ok = isAllowed(origin);\n    if (ok) return cb(null, true);\n    cb(null, false);`).replace(CORS, `${CORS}function isAllowed(o) {\n  if (!o) return false;\n  return ('.' + o).endsWith("example.com");\n}\n`);
      return { code, errors: [weak(code, '"example.com"', REASON.suffix, '".example.com"')] };
    })(),
    (() => {
      const code = `function origins(origin, cb) {\n  if (!origin) return cb(null, false);\n  cb(null, origin.endsWith('example.com'));\n}\napp.use((req, res, next) => {\n  origins(req.headers.origin, (err, ok) => {\n    if (err || !ok) return next(err);\n    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n${ACAC}    next();\n  });\n});`;
      return { code, errors: [weak(code, "'example.com'", REASON.suffix, "'.example.com'")] };
    })(),
    (() => {
      const code = `class Cors {\n  isAllowed(o) {\n    return o.includes('example.com');\n  }\n  handle(req, res) {\n    const origin = req.headers.origin;\n    if (this.isAllowed(origin)) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  }\n}`;
      return { code, errors: [weak(code, "o.includes('example.com')", REASON.substring)] };
    })(),
    // RegExps built at run time from constants.
    (() => {
      const code = `${CORS}const list = ['localhost', 'example.com'];\napp.use(cors({ credentials: true, origin: (origin, cb) => cb(null, new RegExp(list.join('|')).test(origin)) }));`;
      return { code, errors: [showing(weak(code, "new RegExp(list.join('|'))", REASON.unanchored), 'https://localhost.evil.net')] };
    })(),
    (() => {
      const code = `${CORS}const domain = 'example.com';\nconst escape = (s) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');\napp.use(cors({ credentials: true, origin: (origin, cb) => cb(null, new RegExp(escape(domain) + '(:3033)?$').test(origin)) }));`;
      return { code, errors: [showing(weak(code, "new RegExp(escape(domain) + '(:3033)?$')", REASON.start), 'https://evilexample.com')] };
    })(),
    (() => {
      const code = `${CORS}const host = 'app.example.com';\napp.use(cors({ credentials: true, origin: (origin, cb) => cb(null, new RegExp('^https://' + host + '$').test(origin)) }));`;
      return { code, errors: [showing(weak(code, "new RegExp('^https://' + host + '$')", REASON.dot), 'https://appxexample.com')] };
    })(),
    // Nothing confirmed (a value from the environment, a pattern too costly to try): the message describes instead.
    (() => {
      const code = callback(`    cb(null, process.env.ORIGINS.includes(origin));`);
      return { code, errors: [showing(weak(code, 'process.env.ORIGINS', REASON.substring), 'any origin that contains the text')] };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ origin: /^https:\\/\\/(a+)+\\.shop\\.io/, credentials: true }));`;
      return { code, errors: [showing(weak(code, '/^https:\\/\\/(a+)+\\.shop\\.io/', REASON.end), 'longer origins that start with a match')] };
    })(),
    // g/y: the cors package keeps the RegExp, so lastIndex carries over between requests.
    (() => {
      const code = `${CORS}app.use(cors({\n  origin: [\n    /^https:\\/\\/app\\.example\\.com$/g,\n    'https://admin.example.com',\n    /example\\.com$/,\n  ],\n  credentials: true,\n}));`;
      return {
        code,
        errors: [weak(code, '/^https:\\/\\/app\\.example\\.com$/g', REASON.flag, '/^https:\\/\\/app\\.example\\.com$/'), weak(code, '/example\\.com$/', REASON.start, SUBDOMAINS)],
      };
    })(),
    // Through a constant: the literal is reported and rewritten.
    (() => {
      const code = `${CORS}const ORIGIN_PATTERN = /example\\.com$/;\nconst options = { origin: ORIGIN_PATTERN, credentials: true };\napp.use(cors(options));`;
      return { code, errors: [weak(code, '/example\\.com$/', REASON.start, SUBDOMAINS)] };
    })(),
    (() => {
      const code = `import fastifyCors from '@fastify/cors';\nfastify.register(fastifyCors, { origin: /example\\.com/, credentials: true });`;
      return { code, errors: [weak(code, '/example\\.com/', REASON.unanchored, SUBDOMAINS)] };
    })(),
    // No rewrite where the intent is unclear.
    (() => {
      const code = `${CORS}app.use(cors({ origin: new RegExp('^https://app.example.com$'), credentials: true }));`;
      return { code, errors: [weak(code, "new RegExp('^https://app.example.com$')", REASON.dot)] };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ origin: /^https:\\/\\/.*\\.vercel\\.app$/, credentials: true }));`;
      return { code, errors: [weak(code, '/^https:\\/\\/.*\\.vercel\\.app$/', REASON.shared)] };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ origin: /vercel\\.app$/, credentials: true }));`;
      return { code, errors: [weak(code, '/vercel\\.app$/', REASON.shared)] };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ origin: /^https:\\/\\/.*example\\.com$/, credentials: true }));`;
      return { code, errors: [weak(code, '/^https:\\/\\/.*example\\.com$/', REASON.label)] };
    })(),
    // Checks in origin callbacks.
    (() => {
      const code = callback(`    cb(null, origin.includes('example.com'));`);
      return { code, errors: [weak(code, "origin.includes('example.com')", REASON.substring)] };
    })(),
    (() => {
      const code = callback(`    if (origin.indexOf('example.com') !== -1) cb(null, true);\n    else cb(new Error('Not allowed'));`);
      return { code, errors: [weak(code, "origin.indexOf('example.com')", REASON.substring)] };
    })(),
    (() => {
      const code = callback(`    cb(null, !origin || origin.startsWith('https://example.com'));`);
      return { code, errors: [weak(code, "origin.startsWith('https://example.com')", REASON.prefix)] };
    })(),
    (() => {
      const code = callback(`    cb(null, origin.endsWith('example.com'));`);
      return { code, errors: [weak(code, "'example.com'", REASON.suffix, "'.example.com'")] };
    })(),
    (() => {
      const code = callback(`    cb(null, origin.endsWith("example.com"));`);
      return { code, errors: [weak(code, '"example.com"', REASON.suffix, '".example.com"')] };
    })(),
    (() => {
      const code = callback(`    cb(null, new URL(origin).hostname.endsWith('example.com'));`);
      return { code, errors: [weak(code, "'example.com'", REASON.suffix, "'.example.com'")] };
    })(),
    (() => {
      const code = callback(`    const { hostname } = new URL(origin);\n    cb(null, hostname === 'example.com' || hostname.endsWith('example.com'));`);
      return { code, errors: [weak(code, "'example.com'", REASON.suffix, "'.example.com'", 2)] };
    })(),
    (() => {
      const code = callback(`    cb(null, origin.endsWith('.vercel.app'));`);
      return { code, errors: [weak(code, "'.vercel.app'", REASON.shared)] };
    })(),
    (() => {
      const code = callback(`    cb(null, new URL(origin).hostname.endsWith('.netlify.app'));`);
      return { code, errors: [weak(code, "'.netlify.app'", REASON.shared)] };
    })(),
    (() => {
      const code = callback(`    cb(null, origin.endsWith('.com'));`);
      return { code, errors: [weak(code, "'.com'", REASON.publicSuffix)] };
    })(),
    (() => {
      const code = callback(`    if (/^https:\\/\\/app.example.com$/.test(origin)) return cb(null, true);\n    cb(new Error('Not allowed'));`);
      return { code, errors: [weak(code, '/^https:\\/\\/app.example.com$/', REASON.dot, '/^https:\\/\\/app\\.example\\.com$/')] };
    })(),
    // A module-level RegExp with g keeps lastIndex between requests; an inline one does not (valid above).
    (() => {
      const code = `${CORS}const ALLOWED = /^https:\\/\\/app\\.example\\.com$/g;\napp.use(cors({ credentials: true, origin: (origin, cb) => cb(null, ALLOWED.test(origin)) }));`;
      return { code, errors: [weak(code, '/^https:\\/\\/app\\.example\\.com$/g', REASON.flag, '/^https:\\/\\/app\\.example\\.com$/')] };
    })(),
    // Each element of a list the callback checks against.
    (() => {
      const code = `${CORS}const domains = ['example.com', '.example.org'];\napp.use(cors({ credentials: true, origin: (origin, cb) => cb(null, domains.some((d) => origin.endsWith(d))) }));`;
      return { code, errors: [weak(code, "'example.com'", REASON.suffix, "'.example.com'")] };
    })(),
    (() => {
      const code = `${CORS}const patterns = [/^https:\\/\\/app\\.example\\.com$/, /example\\.org$/];\napp.use(cors({\n  credentials: true,\n  origin(origin, cb) {\n    for (const pattern of patterns) {\n      if (pattern.test(origin)) return cb(null, true);\n    }\n    cb(null, false);\n  },\n}));`;
      return { code, errors: [weak(code, '/example\\.org$/', REASON.start, '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.org$/')] };
    })(),
    // A comma-separated string is not a list.
    (() => {
      const code = callback(`    cb(null, process.env.ALLOWED_ORIGINS.includes(origin));`);
      return { code, errors: [weak(code, 'process.env.ALLOWED_ORIGINS', REASON.substring)] };
    })(),
    (() => {
      const code = callback(`    cb(null, 'https://app.example.com,https://admin.example.com'.indexOf(origin) !== -1);`);
      return { code, errors: [weak(code, "'https://app.example.com,https://admin.example.com'", REASON.substring)] };
    })(),
    // Callback variants: an alias of cb, an async callback, a function declared elsewhere.
    (() => {
      const code = callback(`    const done = cb;\n    done(null, origin.includes('example.com'));`);
      return { code, errors: [weak(code, "origin.includes('example.com')", REASON.substring)] };
    })(),
    (() => {
      const code = `${CORS}app.use(cors({ credentials: true, origin: async (origin, cb) => { const ok = origin.endsWith('example.com'); cb(null, ok); } }));`;
      return { code, errors: [weak(code, "'example.com'", REASON.suffix, "'.example.com'")] };
    })(),
    (() => {
      const code = `${CORS}function checkOrigin(origin, callback) {\n  if (origin.includes('example.com')) return callback(null, origin);\n  callback(new Error('Not allowed'));\n}\napp.use(cors({ origin: checkOrigin, credentials: true }));`;
      return { code, errors: [weak(code, "origin.includes('example.com')", REASON.substring)] };
    })(),
    // A helper function of the module.
    (() => {
      const code = `${CORS}const isAllowedOrigin = (value) => value.endsWith('example.com');\napp.use(cors({ credentials: true, origin: (origin, cb) => cb(null, isAllowedOrigin(origin)) }));`;
      return { code, errors: [weak(code, "'example.com'", REASON.suffix, "'.example.com'")] };
    })(),
    (() => {
      const code = guarded(`isTrusted(origin)`, `function isTrusted(o) {\n  return /^https:\\/\\/app.example.com$/.test(o);\n}\n`);
      return { code, errors: [weak(code, '/^https:\\/\\/app.example.com$/', REASON.dot, '/^https:\\/\\/app\\.example\\.com$/')] };
    })(),
    // Other libraries' callbacks.
    (() => {
      const code = `import koaCors from '@koa/cors';\napp.use(koaCors({ credentials: true, origin: (ctx) => (ctx.get('Origin').endsWith('example.com') ? ctx.get('Origin') : '') }));`;
      return { code, errors: [weak(code, "'example.com'", REASON.suffix, "'.example.com'")] };
    })(),
    (() => {
      const code = `import { cors } from 'hono/cors';\napp.use('*', cors({ credentials: true, origin: (origin) => (origin.includes('example.com') ? origin : null) }));`;
      return { code, errors: [weak(code, "origin.includes('example.com')", REASON.substring)] };
    })(),
    // Hand-written guards of a reflected origin.
    (() => {
      const code = guarded(`origin && origin.endsWith('example.com')`);
      return { code, errors: [weak(code, "'example.com'", REASON.suffix, "'.example.com'")] };
    })(),
    (() => {
      const code = guarded(`/example\\.com/.test(origin)`);
      return { code, errors: [weak(code, '/example\\.com/', REASON.unanchored, SUBDOMAINS)] };
    })(),
    (() => {
      const code = `app.use((req, res, next) => {\n  const origin = req.get('origin');\n  if (!origin.startsWith('https://app.example.com')) return next();\n  res.set('Access-Control-Allow-Origin', origin);\n  res.set('Access-Control-Allow-Credentials', 'true');\n  next();\n});`;
      return { code, errors: [weak(code, "origin.startsWith('https://app.example.com')", REASON.prefix)] };
    })(),
    (() => {
      const code = `app.use((req, res, next) => {\n  const origin = req.headers.origin;\n  res.setHeader('Access-Control-Allow-Origin', origin.includes('example.com') ? origin : '');\n${ACAC}  next();\n});`;
      return { code, errors: [weak(code, "origin.includes('example.com')", REASON.substring)] };
    })(),
    // The same weak RegExp used twice is reported once.
    (() => {
      const code = `const ALLOWED = /example\\.com$/;\napp.get('/a', (req, res) => {\n  if (ALLOWED.test(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n  res.send('a');\n});\napp.get('/b', (req, res) => {\n  if (ALLOWED.test(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n  res.send('b');\n});`;
      return { code, errors: [weak(code, '/example\\.com$/', REASON.start, SUBDOMAINS)] };
    })(),
  ],
});
