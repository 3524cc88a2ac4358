import rule from '../../src/rules/no-wildcard-headers-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const ruleTester = createRuleTester();

/** A credentialed response in one API, with a list header written as `write(name, value)`. */
interface Family {
  readonly code: (name: string, value: string) => string;
  /** The code once the list header is removed, or null when the write cannot be removed on its own. */
  readonly removed: ((name: string) => string) | null;
}

const families: Record<string, Family> = {
  'Node setHeader': {
    code: (n, v) => `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('${n}', ${v});
}`,
    removed: () => `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
}`,
  },
  'Node writeHead': {
    code: (n, v) => `res.writeHead(204, { 'Access-Control-Allow-Origin': ORIGIN, 'Access-Control-Allow-Credentials': 'true', '${n}': ${v} });`,
    removed: () => `res.writeHead(204, { 'Access-Control-Allow-Origin': ORIGIN, 'Access-Control-Allow-Credentials': 'true' });`,
  },
  'Express res.set': {
    code: (n, v) => `app.use((req, res, next) => {
  res.set('Access-Control-Allow-Credentials', 'true');
  res.set('${n}', ${v});
  next();
});`,
    removed: () => `app.use((req, res, next) => {
  res.set('Access-Control-Allow-Credentials', 'true');
  next();
});`,
  },
  'Express res.header chain': {
    code: (n, v) => `app.options('/api', (req, res) => {
  res.header('Access-Control-Allow-Credentials', 'true').header('${n}', ${v}).sendStatus(204);
});`,
    removed: null,
  },
  'Koa ctx.set object': {
    code: (n, v) => `app.use(async (ctx, next) => {
  ctx.set({
    'Access-Control-Allow-Credentials': 'true',
    '${n}': ${v},
  });
  await next();
});`,
    removed: () => `app.use(async (ctx, next) => {
  ctx.set({
    'Access-Control-Allow-Credentials': 'true',
  });
  await next();
});`,
  },
  'Fastify reply.header': {
    code: (n, v) => `fastify.options('/upload', (request, reply) => {
  reply.header('Access-Control-Allow-Credentials', 'true');
  reply.header('${n}', ${v});
  reply.send();
});`,
    removed: () => `fastify.options('/upload', (request, reply) => {
  reply.header('Access-Control-Allow-Credentials', 'true');
  reply.send();
});`,
  },
  'Hono c.header': {
    code: (n, v) => `app.use('/api/*', async (c, next) => {
  c.header('Access-Control-Allow-Credentials', 'true');
  c.header('${n}', ${v});
  await next();
});`,
    removed: () => `app.use('/api/*', async (c, next) => {
  c.header('Access-Control-Allow-Credentials', 'true');
  await next();
});`,
  },
  'Fetch headers.set': {
    code: (n, v) => `const headers = new Headers({ 'Access-Control-Allow-Credentials': 'true' });
headers.set('${n}', ${v});`,
    removed: () => `const headers = new Headers({ 'Access-Control-Allow-Credentials': 'true' });
`,
  },
  'Fetch new Response': {
    code: (n, v) => `export function OPTIONS() {
  return new Response(null, {
    headers: {
      'Access-Control-Allow-Credentials': 'true',
      '${n}': ${v},
    },
  });
}`,
    removed: () => `export function OPTIONS() {
  return new Response(null, {
    headers: {
      'Access-Control-Allow-Credentials': 'true',
    },
  });
}`,
  },
  'NextResponse.json': {
    code: (n, v) => `return NextResponse.json(data, { headers: { '${n}': ${v}, 'Access-Control-Allow-Credentials': 'true' } });`,
    removed: () => `return NextResponse.json(data, { headers: { 'Access-Control-Allow-Credentials': 'true' } });`,
  },
  'h3 setResponseHeader': {
    code: (n, v) => `export default defineEventHandler((event) => {
  appendResponseHeader(event, 'Access-Control-Allow-Credentials', 'true');
  setResponseHeader(event, '${n}', ${v});
});`,
    removed: () => `export default defineEventHandler((event) => {
  appendResponseHeader(event, 'Access-Control-Allow-Credentials', 'true');
});`,
  },
  'serverless handler': {
    code: (n, v) => `export const handler = async () => ({ statusCode: 204, headers: { 'Access-Control-Allow-Credentials': true, '${n}': ${v} } });`,
    removed: () => `export const handler = async () => ({ statusCode: 204, headers: { 'Access-Control-Allow-Credentials': true } });`,
  },
  'next.config headers()': {
    code: (n, v) => `export default {
  async headers() {
    return [{
      source: '/api/:path*',
      headers: [
        { key: 'Access-Control-Allow-Credentials', value: 'true' },
        { key: '${n}', value: ${v} },
      ],
    }];
  },
};`,
    removed: () => `export default {
  async headers() {
    return [{
      source: '/api/:path*',
      headers: [
        { key: 'Access-Control-Allow-Credentials', value: 'true' },
      ],
    }];
  },
};`,
  },
};

const LIST_HEADERS = ['Access-Control-Allow-Headers', 'Access-Control-Allow-Methods', 'Access-Control-Expose-Headers'];

/** `*` alone: the suggestion removes the write. */
const wildcardOnly = Object.values(families).flatMap((family) =>
  LIST_HEADERS.map((name) => {
    const code = family.code(name, "'*'");
    return {
      code,
      output: null,
      errors: [
        {
          messageId: 'wildcardListWithCredentials' as const,
          data: { header: name },
          ...at(code, "'*'"),
          suggestions: family.removed ? [{ messageId: 'removeWildcard' as const, output: family.removed(name) }] : [],
        },
      ],
    };
  }),
);

/** `*` among names: the suggestion keeps the names. */
const wildcardInList = Object.values(families).map((family) => {
  const code = family.code('Access-Control-Allow-Headers', "'Content-Type, *, X-Requested-With'");
  return {
    code,
    output: null,
    errors: [
      {
        messageId: 'wildcardListWithCredentials' as const,
        data: { header: 'Access-Control-Allow-Headers' },
        ...at(code, "'Content-Type, *, X-Requested-With'"),
        suggestions: [
          {
            messageId: 'removeWildcard' as const,
            output: family.code('Access-Control-Allow-Headers', "'Content-Type, X-Requested-With'"),
          },
        ],
      },
    ],
  };
});

const sharedConstant = `const ANY = "*";
function handler(req, res) {
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Expose-Headers', ANY);
}
function publicHandler(req, res) {
  res.setHeader('Access-Control-Expose-Headers', ANY);
}`;
const constants = `const HEADERS = ['Authorization', '*'] as const;
const METHODS = \`GET,*\`;
function handler(req, res) {
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('access-control-allow-headers', HEADERS);
  res.setHeader('ACCESS-CONTROL-ALLOW-METHODS', METHODS);
}`;
const inherited = `app.use((req, res, next) => {
  res.set('Access-Control-Allow-Credentials', 'true');
  next();
});
app.options('/upload', (req, res) => {
  res.set('Access-Control-Allow-Headers', '*');
  res.sendStatus(204);
});`;

ruleTester.run('no-wildcard-headers-with-credentials', rule, {
  assertionOptions,
  valid: [
    // Explicit names with credentials.
    ...Object.values(families).map((family) => family.code('Access-Control-Allow-Headers', "'Content-Type, Authorization'")),
    ...Object.values(families).map((family) => family.code('Access-Control-Allow-Methods', "'GET, POST, PUT'")),
    // `*` without credentials is a real wildcard.
    `res.setHeader('Access-Control-Allow-Origin', '*'); res.setHeader('Access-Control-Allow-Headers', '*'); res.setHeader('Access-Control-Allow-Methods', '*');`,
    `export function OPTIONS() { return new Response(null, { headers: { 'Access-Control-Allow-Headers': '*', 'Access-Control-Expose-Headers': '*' } }); }`,
    // Credentials on another route or branch.
    `app.get('/public', (req, res) => { res.set('Access-Control-Allow-Headers', '*'); });
app.get('/me', (req, res) => { res.set('Access-Control-Allow-Credentials', 'true'); });`,
    `function handler(req, res) {
  if (req.cookies.session) {
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
  } else {
    res.setHeader('Access-Control-Allow-Headers', '*');
  }
}`,
    // Credentials that are not granted.
    `res.setHeader('Access-Control-Allow-Credentials', 'false'); res.setHeader('Access-Control-Allow-Headers', '*');`,
    // Not response headers, or not list headers.
    `fetch(url, { credentials: 'include', headers: { 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Credentials': 'true' } });`,
    `res.setHeader('Access-Control-Allow-Credentials', 'true'); res.setHeader('Access-Control-Request-Headers', '*'); res.setHeader('Accept', '*/*');`,
    `res.setHeader('Access-Control-Allow-Credentials', 'true'); res.setHeader('Access-Control-Allow-Headers', 'X-Star*');`,
    `const m = new Map(); m.set('Access-Control-Allow-Credentials', 'true'); m.set('Access-Control-Allow-Headers', '*');`,
    // Values not known statically.
    `res.setHeader('Access-Control-Allow-Credentials', 'true'); res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers']);`,
    `res.setHeader('Access-Control-Allow-Credentials', 'true'); res.setHeader('Access-Control-Allow-Methods', [verb, '*'].join());`,
    `res.setHeader('Access-Control-Allow-Credentials', 'true'); res.setHeader('Access-Control-Allow-Headers');`,
  ],
  invalid: [
    ...wildcardOnly,
    ...wildcardInList,
    // A shared constant: the report and the suggestion are at the credentialed use only.
    {
      code: sharedConstant,
      output: null,
      errors: [
        {
          messageId: 'wildcardListWithCredentials',
          data: { header: 'Access-Control-Expose-Headers' },
          ...at(sharedConstant, 'ANY', 2),
          suggestions: [
            {
              messageId: 'removeWildcard',
              output: sharedConstant.replace("  res.setHeader('Access-Control-Expose-Headers', ANY);\n}\nfunction", '}\nfunction'),
            },
          ],
        },
      ],
    },
    // Arrays and templates through constants; names in any case.
    {
      code: constants,
      output: null,
      errors: [
        {
          messageId: 'wildcardListWithCredentials',
          data: { header: 'Access-Control-Allow-Headers' },
          ...at(constants, 'HEADERS', 2),
          suggestions: [],
        },
        {
          messageId: 'wildcardListWithCredentials',
          data: { header: 'Access-Control-Allow-Methods' },
          ...at(constants, 'METHODS', 3),
          suggestions: [{ messageId: 'removeWildcard', output: constants.replace('`GET,*`', "'GET'") }],
        },
      ],
    },
    // Credentials from global middleware reach the preflight route.
    {
      code: inherited,
      output: null,
      errors: [
        {
          messageId: 'wildcardListWithCredentials',
          data: { header: 'Access-Control-Allow-Headers' },
          ...at(inherited, "'*'"),
          suggestions: [{ messageId: 'removeWildcard', output: inherited.replace("  res.set('Access-Control-Allow-Headers', '*');\n", '') }],
        },
      ],
    },
  ],
});
