import rule from '../../src/rules/no-reflected-origin-with-credentials.js';
import { assertionOptions, corsSettings, createRuleTester } from '../rule-tester.js';
import { at, type Location } from './locate.js';

// Hand-written Access-Control-Allow-Origin taken from the request Origin on a response that allows credentials.
const ruleTester = createRuleTester();
const ONE_ORIGIN = corsSettings({ allowedOrigins: ['https://app.example.com'] });
const TWO_ORIGINS = corsSettings({ allowedOrigins: ['https://app.example.com', 'https://admin.example.com'] });

const ACAC = `  res.setHeader('Access-Control-Allow-Credentials', 'true');\n`;

/** An Express middleware body between `app.use((req, res, next) => {` and `next(); });`. */
const middleware = (body: string) => `app.use((req, res, next) => {\n${body}  next();\n});`;

/**
 * Where `echoed` stands in `code`; `origin);` means the `origin` before `);`
 * (the argument of the header write, not an earlier mention).
 */
function echoAt(code: string, echoed: string, occurrence = 1): Location {
  const location = at(code, echoed, occurrence);
  return echoed.endsWith(');') || echoed.endsWith(',') ? { ...location, endColumn: location.endColumn - (echoed.endsWith(');') ? 2 : 1) } : location;
}

/** The report on the echoed expression, with the "remove the credentials header" suggestion. */
function reflected(code: string, echoed: string, withoutCredentials: string, occurrence = 1) {
  return {
    messageId: 'reflectedHeader' as const,
    ...echoAt(code, echoed, occurrence),
    suggestions: [{ messageId: 'removeCredentials' as const, output: withoutCredentials }],
  };
}

/** `code` with the text at `location` replaced. */
function replaceAt(code: string, location: Location, text: string): string {
  const lines = code.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return code.slice(0, offset(location.line, location.column)) + text + code.slice(offset(location.endLine, location.endColumn));
}

/** `code` without the line holding `line` (the credentials write, usually). */
const without = (code: string, line: string) => code.replace(`${line}\n`, '');


/** `if (origin === …) … else if …` over `branches` pinned origins, then an `else` that echoes the Origin. */
const chainEndingInEcho = (branches: number) => {
  const tests = Array.from({ length: branches }, (_, i) => `if (origin === 'https://a${i}.example.com') res.setHeader('Access-Control-Allow-Origin', 'https://a${i}.example.com');`);
  return `  const origin = req.headers.origin;\n  ${tests.join('\n  else ')}\n  else res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`;
};

const echoCases: Array<[string, string, string]> = [
  // [description, middleware body, echoed expression]
  ['req.headers.origin', `  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n${ACAC}`, 'req.headers.origin'],
  ["req.headers['origin']", `  res.setHeader('Access-Control-Allow-Origin', req.headers['origin']);\n${ACAC}`, "req.headers['origin']"],
  ["req.get('origin')", `  res.set('Access-Control-Allow-Origin', req.get('origin'));\n${ACAC}`, "req.get('origin')"],
  ["req.header('Origin')", `  res.header('Access-Control-Allow-Origin', req.header('Origin'));\n${ACAC}`, "req.header('Origin')"],
  ['a variable', `  const origin = req.headers.origin;\n  res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`, 'origin);'],
  ['destructuring', `  const { origin } = req.headers;\n  res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`, 'origin);'],
  ['nested destructuring', `  const { headers: { origin: requestOrigin } } = req;\n  res.setHeader('Access-Control-Allow-Origin', requestOrigin);\n${ACAC}`, 'requestOrigin);'],
  ['a constant header name', `  const ACAO = 'Access-Control-Allow-Origin';\n  res.setHeader(ACAO, req.headers.origin);\n${ACAC}`, 'req.headers.origin'],
  ['a fallback', `  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');\n${ACAC}`, "req.headers.origin || '*'"],
  ['a TypeScript cast', `  res.setHeader('Access-Control-Allow-Origin', req.headers.origin as string);\n${ACAC}`, 'req.headers.origin as string'],
  // Truthiness is not a check.
  ['if (origin)', `  const origin = req.headers.origin;\n  if (origin) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n  }\n${ACAC}`, 'origin);'],
  ['origin !== undefined', `  const origin = req.headers.origin;\n  if (origin !== undefined) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`, 'origin);'],
  ["typeof origin === 'string'", `  const origin = req.headers.origin;\n  if (typeof origin === 'string') res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`, 'origin);'],
  // Tests of other origins on the way do not guard the echo.
  ['an else-if chain ending in an echo', chainEndingInEcho(10), 'origin);'],
  ['early return without origin', `  const origin = req.headers.origin;\n  if (!origin) return next();\n  res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`, 'origin);'],
  ['a scheme-only prefix', `  const origin = req.headers.origin;\n  if (!origin.startsWith('https://')) return next();\n  res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`, 'origin);'],
  // Checks turned the wrong way round.
  ['a denylist', `  const origin = req.headers.origin;\n  if (origin !== 'https://evil.example') res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`, 'origin);'],
  ['return when found', `  const origin = req.headers.origin;\n  if (allowed.indexOf(origin) !== -1) return next();\n  res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`, 'origin);'],
  ['the else branch', `  const origin = req.headers.origin;\n  if (allowed.includes(origin)) {\n    res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');\n  } else {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n  }\n${ACAC}`, 'origin);'],
  ['not in the list', `  const origin = req.headers.origin;\n  if (allowed.indexOf(origin) === -1) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`, 'origin);'],
  ['a negated includes', `  const origin = req.headers.origin;\n  if (!allowed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`, 'origin);'],
  // A variable assigned the origin without a check.
  ['a named presence test', `  const origin = req.headers.origin;\n  const isSecure = origin.startsWith('https://');\n  if (isSecure) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`, 'origin);'],
  ['a helper that accepts anything', `  const origin = req.headers.origin;\n  const accept = (value) => Boolean(value);\n  if (accept(origin)) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`, 'origin);'],
  ['a reassigned variable', `  let allow = '*';\n  if (req.headers.origin) allow = req.headers.origin;\n  res.setHeader('Access-Control-Allow-Origin', allow);\n${ACAC}`, 'allow);'],
];

ruleTester.run('no-reflected-origin-with-credentials (hand-written headers)', rule, {
  assertionOptions,
  valid: [
    // A path of more than 64 conditions is not judged (unknown, so quiet): a chain costs time in proportion to its length.
    middleware(chainEndingInEcho(70)),
    // A deployment switch makes the echo a development setting: not judged.
    `export function h(req, res) {\n  if (process.env.NODE_ENV !== 'production') {\n    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n    res.setHeader('Access-Control-Allow-Credentials', 'true');\n  }\n}`,
    // Echo without credentials: the strict any-origin rule's business.
    middleware(`  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n`),
    middleware(`  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'false');\n`),
    `app.use(async (ctx, next) => {\n  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));\n  await next();\n});`,
    // Allowlisted reflection.
    `const allowed = ['https://app.example.com', 'https://admin.example.com'];\n${middleware(`  const origin = req.headers.origin;\n  if (allowed.includes(origin)) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  }\n`)}`,
    `const allowed = new Set(['https://app.example.com']);\n${middleware(`  const origin = req.headers.origin;\n  if (origin && allowed.has(origin)) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n  }\n${ACAC}`)}`,
    `const allowed = ['https://app.example.com'];\n${middleware(`  const origin = req.headers.origin;\n  if (!origin || !allowed.includes(origin)) return next();\n  res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`)}`,
    `const allowed = ['https://app.example.com'];\n${middleware(`  const origin = req.headers.origin;\n  if (allowed.indexOf(origin) === -1) {\n    return res.status(403).end();\n  }\n  res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`)}`,
    `const allowed = ['https://app.example.com'];\n${middleware(`  const o = req.headers.origin;\n  res.setHeader('Access-Control-Allow-Origin', allowed.includes(o) ? o : allowed[0]);\n${ACAC}`)}`,
    `const allowed = ['https://app.example.com'];\n${middleware(`  const o = req.get('origin');\n  res.set('Access-Control-Allow-Origin', allowed.indexOf(o) > -1 ? o : '');\n${ACAC}`)}`,
    middleware(`  const origin = req.headers.origin;\n  if (origin === 'https://app.example.com' || origin === 'https://admin.example.com') {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  }\n`),
    middleware(`  const origin = req.headers.origin;\n  if (/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/.test(origin)) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  }\n`),
    middleware(`  const origin = req.headers.origin;\n  const { hostname } = new URL(origin);\n  if (hostname === 'example.com' || hostname.endsWith('.example.com')) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  }\n`),
    `const allowed = ['https://app.example.com'];\n${middleware(`  const origin = req.headers.origin;\n  for (const candidate of allowed) {\n    if (candidate === origin) res.setHeader('Access-Control-Allow-Origin', origin);\n  }\n${ACAC}`)}`,
    `const allowed = ['https://app.example.com'];\n${middleware(`  const origin = req.headers.origin;\n  if (allowed.some((a) => a === origin)) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`)}`,
    `const allowed = ['https://app.example.com'];\n${middleware(`  const origin = req.headers.origin;\n  switch (origin) {\n    case 'https://app.example.com':\n    case 'https://admin.example.com':\n      res.setHeader('Access-Control-Allow-Origin', origin);\n      break;\n    default:\n      break;\n  }\n${ACAC}`)}`,
    `const allowed = ['https://app.example.com'];\n${middleware(`  let allow = '';\n  if (allowed.includes(req.headers.origin)) allow = req.headers.origin;\n  res.setHeader('Access-Control-Allow-Origin', allow);\n${ACAC}`)}`,
    `const allowed = ['https://app.example.com'];\nfunction setCors(res, origin) {\n  if (!allowed.includes(origin)) return;\n  res.setHeader('Access-Control-Allow-Origin', origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n}\napp.get('/a', (req, res) => {\n  setCors(res, req.headers.origin);\n  res.send('a');\n});`,
    `const allowed = ['https://app.example.com'];\nexport const handler = async (event) => {\n  const origin = event.headers.origin;\n  if (!allowed.includes(origin)) return { statusCode: 403, body: '' };\n  return { statusCode: 200, headers: { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' }, body: '' };\n};`,
    // Named conditions and helper functions.
    `const allowed = ['https://app.example.com'];\nfunction isAllowedOrigin(value) {\n  return allowed.includes(value);\n}\n${middleware(`  const origin = req.headers.origin;\n  if (isAllowedOrigin(origin)) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`)}`,
    `const allowed = ['https://app.example.com'];\n${middleware(`  const origin = req.headers.origin;\n  const trusted = !origin || allowed.includes(origin);\n  if (!trusted) return next();\n  res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`)}`,
    // Weak checks are no-permissive-origin-check's findings.
    middleware(`  const origin = req.headers.origin;\n  if (origin && origin.endsWith('example.com')) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}  }\n`),
    middleware(`  const origin = req.headers.origin;\n  if (origin.includes('example.com')) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`),
    // Guards the analysis cannot judge: silent.
    middleware(`  const origin = req.headers.origin;\n  if (isAllowedOrigin(origin)) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`),
    middleware(`  const origin = req.headers.origin;\n  if (process.env.NODE_ENV !== 'production') res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`),
    middleware(`  const origin = req.headers.origin;\n  if (new RegExp(pattern).test(origin)) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`),
    // Route-specific headers in other handlers never meet.
    `app.get('/a', (req, res) => {\n  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  res.send('a');\n});\napp.get('/b', (req, res) => {\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n  res.send('b');\n});`,
    // Exclusive branches: the echo never goes out with credentials.
    middleware(`  if (req.path.startsWith('/public')) {\n    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  } else {\n    res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');\n${ACAC}  }\n`),
    // The check at the call site of a helper counts.
    `const allowed = ['https://app.example.com'];\nfunction setCors(res, origin) {\n  res.setHeader('Access-Control-Allow-Origin', origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n}\napp.get('/a', (req, res) => {\n  const origin = req.headers.origin;\n  if (allowed.includes(origin)) setCors(res, origin);\n  res.send('a');\n});`,
    // The server's own origin, not the request's Origin header.
    `app.use(async (ctx, next) => {\n  ctx.set('Access-Control-Allow-Origin', ctx.origin);\n  ctx.set('Access-Control-Allow-Credentials', 'true');\n  await next();\n});`,
    `app.use(async (ctx, next) => {\n  ctx.set('Access-Control-Allow-Origin', ctx.request.origin);\n  ctx.set('Access-Control-Allow-Credentials', 'true');\n  await next();\n});`,
    `export async function GET(request: Request) {\n  const { origin } = new URL(request.url);\n  return new Response('ok', { headers: { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' } });\n}`,
    middleware(`  res.setHeader('Access-Control-Allow-Origin', window.location.origin);\n${ACAC}`),
    // Odd code never crashes.
    middleware(`  res.setHeader('Access-Control-Allow-Origin', ...args);\n${ACAC}`),
    middleware(`  res.setHeader(...headers);\n${ACAC}`),
    middleware(`  let o;\n  o = o;\n  res.setHeader('Access-Control-Allow-Origin', o);\n${ACAC}`),
    middleware(`  const origin = req.headers.origin;\n  switch (true) {\n    default:\n  }\n  if (new RegExp(origin).test(origin)) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`),
    // Request data checked against an allowlist, or used for something else.
    `const allowed = ['https://app.example.com'];\n${middleware(`  const site = req.query.origin;\n  if (allowed.includes(site)) res.setHeader('Access-Control-Allow-Origin', site);\n${ACAC}`)}`,
    middleware(`  const page = Number(req.query.page);\n  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');\n  res.setHeader('X-Page', String(req.query.page));\n${ACAC}`),
    middleware(`  res.setHeader('Access-Control-Allow-Origin', \`https://\${req.headers.host}\`);\n${ACAC}`),
    middleware(`  res.setHeader('Access-Control-Allow-Origin', req.headers['x-forwarded-host']);\n${ACAC}`),
    // Not the request origin.
    middleware(`  res.setHeader('Access-Control-Allow-Origin', config.origin);\n${ACAC}`),
    middleware(`  res.setHeader('Access-Control-Allow-Origin', process.env.FRONTEND_ORIGIN);\n${ACAC}`),
    middleware(`  res.setHeader('Access-Control-Allow-Origin', settings.get('origin'));\n${ACAC}`),
    middleware(`  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');\n${ACAC}`),
    // Starts as the origin and is then replaced: the value that reaches the header is not evident.
    `const allowed = ['https://app.example.com'];\n${middleware(`  let origin = req.headers.origin;\n  if (!allowed.includes(origin)) origin = allowed[0];\n  res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`)}`,
  ],
  invalid: [
    ...echoCases.map(([, body, echoed]) => {
      const code = `const allowed = ['https://app.example.com'];\n${middleware(body)}`;
      return { code, output: null, errors: [reflected(code, echoed, without(code, ACAC.trimEnd()))] };
    }),
    // The same code with one configured origin: the echoed expression becomes that origin.
    ...echoCases.map(([, body, echoed]) => {
      const code = `const allowed = ['https://app.example.com'];\n${middleware(body)}`;
      return {
        code,
        settings: ONE_ORIGIN,
        output: replaceAt(code, echoAt(code, echoed), "'https://app.example.com'"),
        errors: [reflected(code, echoed, without(code, ACAC.trimEnd()))],
      };
    }),
    // Conditions that do not look at the origin restrict nothing: a feature flag, the request method, the path.
    ...[
      'if (options.allowCrossOrigin) {',
      "if (req.method === 'OPTIONS') {",
      "if (req.path.startsWith('/api')) {",
    ].map((guard) => {
      const code = `export const make = (options) => (req, res, next) => {\n  ${guard}\n    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n    res.setHeader('Access-Control-Allow-Credentials', 'true');\n  }\n  next();\n};`;
      return { code, output: null, errors: [reflected(code, 'req.headers.origin', without(code, "    res.setHeader('Access-Control-Allow-Credentials', 'true');"))] };
    }),
    // Every framework's way of reading the origin.
    (() => {
      const code = `app.use(async (ctx, next) => {\n  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));\n  ctx.set('Access-Control-Allow-Credentials', 'true');\n  await next();\n});`;
      return { code, output: null, errors: [reflected(code, "ctx.get('Origin')", without(code, "  ctx.set('Access-Control-Allow-Credentials', 'true');"))] };
    })(),
    (() => {
      const code = `app.use(async (ctx, next) => {\n  ctx.set({\n    'Access-Control-Allow-Origin': ctx.request.header.origin,\n    'Access-Control-Allow-Credentials': 'true',\n  });\n  await next();\n});`;
      return { code, output: null, errors: [reflected(code, 'ctx.request.header.origin', without(code, "    'Access-Control-Allow-Credentials': 'true',"))] };
    })(),
    (() => {
      const code = `export async function GET(request: Request) {\n  const origin = request.headers.get('origin') ?? '';\n  return new Response('ok', {\n    headers: {\n      'Access-Control-Allow-Origin': origin,\n      'Access-Control-Allow-Credentials': 'true',\n    },\n  });\n}`;
      return { code, output: null, errors: [reflected(code, 'origin,', without(code, "      'Access-Control-Allow-Credentials': 'true',"))] };
    })(),
    (() => {
      const code = `app.get('/', (c) => {\n  c.header('Access-Control-Allow-Origin', c.req.header('origin'));\n  c.header('Access-Control-Allow-Credentials', 'true');\n  return c.text('ok');\n});`;
      return { code, output: null, errors: [reflected(code, "c.req.header('origin')", without(code, "  c.header('Access-Control-Allow-Credentials', 'true');"))] };
    })(),
    (() => {
      const code = `export default defineEventHandler((event) => {\n  setResponseHeader(event, 'Access-Control-Allow-Origin', getRequestHeader(event, 'origin'));\n  setResponseHeader(event, 'Access-Control-Allow-Credentials', 'true');\n  return 'ok';\n});`;
      return { code, output: null, errors: [reflected(code, "getRequestHeader(event, 'origin')", without(code, "  setResponseHeader(event, 'Access-Control-Allow-Credentials', 'true');"))] };
    })(),
    (() => {
      const code = `fastify.get('/', async (request, reply) => {\n  reply.header('Access-Control-Allow-Origin', request.headers.origin);\n  reply.header('Access-Control-Allow-Credentials', 'true');\n  return 'ok';\n});`;
      return { code, output: null, errors: [reflected(code, 'request.headers.origin', without(code, "  reply.header('Access-Control-Allow-Credentials', 'true');"))] };
    })(),
    (() => {
      const code = `export const handler = async (event) => ({\n  statusCode: 200,\n  headers: {\n    'Access-Control-Allow-Origin': event.headers.origin,\n    'Access-Control-Allow-Credentials': true,\n  },\n  body: '',\n});`;
      return { code, output: null, errors: [reflected(code, 'event.headers.origin', without(code, "    'Access-Control-Allow-Credentials': true,"))] };
    })(),
    (() => {
      const code = `http.createServer((req, res) => {\n  res.writeHead(200, {\n    'Content-Type': 'application/json',\n    'Access-Control-Allow-Origin': req.headers.origin,\n    'Access-Control-Allow-Credentials': 'true',\n  });\n  res.end('{}');\n});`;
      return { code, output: null, errors: [reflected(code, 'req.headers.origin', without(code, "    'Access-Control-Allow-Credentials': 'true',"))] };
    })(),
    (() => {
      const code = `app.use(async (ctx, next) => {\n  const { origin } = ctx.headers;\n  ctx.response.set('Access-Control-Allow-Origin', origin);\n  ctx.response.set('Access-Control-Allow-Credentials', 'true');\n  await next();\n});`;
      return { code, output: null, errors: [reflected(code, 'origin);', without(code, "  ctx.response.set('Access-Control-Allow-Credentials', 'true');"))] };
    })(),
    // Through a helper that receives the origin.
    (() => {
      const code = `function setCors(res, origin) {\n  res.setHeader('Access-Control-Allow-Origin', origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n}\napp.get('/a', (req, res) => {\n  setCors(res, req.headers.origin);\n  res.send('a');\n});`;
      return { code, output: null, errors: [reflected(code, 'origin);', without(code, "  res.setHeader('Access-Control-Allow-Credentials', 'true');"))] };
    })(),
    // The only configured origin replaces the echo (autofix); its quote style follows the write.
    (() => {
      const code = middleware(`  res.setHeader("Access-Control-Allow-Origin", req.headers.origin);\n  res.setHeader("Access-Control-Allow-Credentials", "true");\n`);
      return {
        code,
        settings: ONE_ORIGIN,
        output: code.replace('req.headers.origin', '"https://app.example.com"'),
        errors: [reflected(code, 'req.headers.origin', without(code, '  res.setHeader("Access-Control-Allow-Credentials", "true");'))],
      };
    })(),
    (() => {
      const code = middleware(`  const origin = req.headers.origin;\n  if (origin) res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`);
      return {
        code,
        settings: ONE_ORIGIN,
        output: code.replace("'Access-Control-Allow-Origin', origin", "'Access-Control-Allow-Origin', 'https://app.example.com'"),
        errors: [reflected(code, 'origin);', without(code, ACAC.trimEnd()))],
      };
    })(),
    // Several configured origins: one suggestion each, and never another form of echoing.
    (() => {
      const code = middleware(`  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n${ACAC}`);
      return {
        code,
        settings: TWO_ORIGINS,
        output: null,
        errors: [
          {
            messageId: 'reflectedHeader' as const,
            ...at(code, 'req.headers.origin'),
            suggestions: [
              { messageId: 'useAllowedOrigin' as const, data: { origin: 'https://app.example.com' }, output: code.replace('req.headers.origin', "'https://app.example.com'") },
              { messageId: 'useAllowedOrigin' as const, data: { origin: 'https://admin.example.com' }, output: code.replace('req.headers.origin', "'https://admin.example.com'") },
              { messageId: 'removeCredentials' as const, output: without(code, ACAC.trimEnd()) },
            ],
          },
        ],
      };
    })(),
    // The Origin re-spelled is still the Origin.
    ...[`\`\${req.headers.origin}\``, 'String(req.headers.origin)', 'req.headers.origin.trim()', 'req.get("origin").toLowerCase()'].map((echoed) => {
      const code = middleware(`  res.setHeader('Access-Control-Allow-Origin', ${echoed});\n${ACAC}`);
      return { code, output: null, errors: [reflected(code, echoed, without(code, ACAC.trimEnd()))] };
    }),
    // Other request data: the requesting page chooses it.
    ...(
      [
        ['req.query.origin', 'the query string'],
        ["url.parse(req.url, true).query.origin", 'the query string'],
        ["new URL(req.url, 'http://localhost').searchParams.get('origin')", 'the query string'],
        ['req.body.origin', 'the request body'],
        ['req.params.site', 'a route parameter'],
        ['req.cookies.origin', 'a cookie'],
        ['req.headers.referer', 'a request header'],
        ['new URL(req.headers.referer).origin', 'a request header'],
        ["req.get('x-origin')", 'a request header'],
      ] as Array<[string, string]>
    ).map(([echoed, source]) => {
      const code = middleware(`  res.setHeader('Access-Control-Allow-Origin', ${echoed});\n${ACAC}`);
      return {
        code,
        output: null,
        errors: [{ ...reflected(code, echoed, without(code, ACAC.trimEnd())), messageId: 'reflectedRequestData' as const, data: { source } }],
      };
    }),
    (() => {
      const code = middleware(`  const { origin } = req.query;\n  res.setHeader('Access-Control-Allow-Origin', origin);\n${ACAC}`);
      return { code, output: null, errors: [{ ...reflected(code, 'origin);', without(code, ACAC.trimEnd())), messageId: 'reflectedRequestData' as const, data: { source: 'the query string' } }] };
    })(),
    // The credentials header cannot be removed on its own (part of a larger expression): no such suggestion.
    (() => {
      const code = middleware(`  res.setHeader('Access-Control-Allow-Origin', req.headers.origin) && res.setHeader('Access-Control-Allow-Credentials', 'true');\n`);
      return { code, output: null, errors: [{ messageId: 'reflectedHeader' as const, ...at(code, 'req.headers.origin'), suggestions: [] }] };
    })(),
    // Credentials granted in the branches of an if without braces: no clean removal, so no such suggestion.
    (() => {
      const code = middleware(`  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  if (req.method === 'GET') res.setHeader('Access-Control-Allow-Credentials', 'true');\n  else res.set('Access-Control-Allow-Credentials', 'true');\n`);
      return { code, output: null, errors: [{ messageId: 'reflectedHeader' as const, ...at(code, 'req.headers.origin'), suggestions: [] }] };
    })(),
    // Two credential writes reach the echo: both go.
    (() => {
      const code = middleware(`  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n${ACAC}  res.set('Access-Control-Allow-Credentials', 'true');\n`);
      return { code, output: null, errors: [reflected(code, 'req.headers.origin', without(without(code, ACAC.trimEnd()), "  res.set('Access-Control-Allow-Credentials', 'true');"))] };
    })(),
  ],
});
