import rule from '../../src/rules/valid-credentials-header.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const ruleTester = createRuleTester();

/** A way of writing `Access-Control-Allow-Credentials`, with the code it leaves when the write is removed. */
interface Family {
  readonly code: (value: string) => string;
  readonly removed: string;
}

const families: Record<string, Family> = {
  'Node setHeader': {
    code: (v) => `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', ${v});
  res.end();
}`,
    removed: `function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.end();
}`,
  },
  'Node appendHeader': {
    code: (v) => `res.appendHeader('Access-Control-Allow-Credentials', ${v});
res.end();`,
    removed: `res.end();`,
  },
  'Node writeHead(status, headers)': {
    code: (v) => `res.writeHead(200, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': ${v} });`,
    removed: `res.writeHead(200, { 'Access-Control-Allow-Origin': origin });`,
  },
  'Node writeHead(status, message, headers)': {
    code: (v) => `res.writeHead(204, 'No Content', {
  'Access-Control-Allow-Credentials': ${v},
  'Access-Control-Allow-Origin': origin,
});`,
    removed: `res.writeHead(204, 'No Content', {
  'Access-Control-Allow-Origin': origin,
});`,
  },
  'Express res.set': {
    code: (v) => `app.use((req, res, next) => {
  res.set('Access-Control-Allow-Credentials', ${v});
  next();
});`,
    removed: `app.use((req, res, next) => {
  next();
});`,
  },
  'Express res.set object': {
    code: (v) => `app.use((req, res, next) => {
  res.set({ 'Access-Control-Allow-Credentials': ${v} });
  next();
});`,
    removed: `app.use((req, res, next) => {
  res.set({});
  next();
});`,
  },
  'Express res.header': {
    code: (v) => `router.get('/me', (req, res) => {
  res.header('Access-Control-Allow-Credentials', ${v}).json(req.user);
});`,
    removed: '',
  },
  'Express res.append': {
    code: (v) => `res.append('Access-Control-Allow-Credentials', ${v}); next();`,
    removed: `next();`,
  },
  'Koa ctx.set': {
    code: (v) => `app.use(async (ctx, next) => {
  ctx.set('Access-Control-Allow-Credentials', ${v});
  await next();
});`,
    removed: `app.use(async (ctx, next) => {
  await next();
});`,
  },
  'Koa ctx.set object': {
    code: (v) => `app.use(async (ctx, next) => {
  ctx.set({
    'Access-Control-Allow-Origin': ctx.get('Origin'),
    'Access-Control-Allow-Credentials': ${v},
  });
  await next();
});`,
    removed: `app.use(async (ctx, next) => {
  ctx.set({
    'Access-Control-Allow-Origin': ctx.get('Origin'),
  });
  await next();
});`,
  },
  'Koa ctx.response.set': {
    code: (v) => `async function cors(ctx) {
  ctx.response.set('Access-Control-Allow-Credentials', ${v});
}`,
    removed: `async function cors(ctx) {
}`,
  },
  'Koa ctx.append': {
    code: (v) => `async function cors(ctx) {
  ctx.append('Access-Control-Allow-Credentials', ${v});
}`,
    removed: `async function cors(ctx) {
}`,
  },
  'Fastify reply.header': {
    code: (v) => `fastify.addHook('onSend', async (request, reply) => {
  reply.header('Access-Control-Allow-Credentials', ${v});
});`,
    removed: `fastify.addHook('onSend', async (request, reply) => {
});`,
  },
  'Fastify reply.headers': {
    code: (v) => `fastify.get('/me', async (request, reply) => {
  reply.headers({ 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': ${v} });
});`,
    removed: `fastify.get('/me', async (request, reply) => {
  reply.headers({ 'Access-Control-Allow-Origin': 'https://app.example.com' });
});`,
  },
  'Hono c.header': {
    code: (v) => `app.use('*', async (c, next) => {
  c.header('Access-Control-Allow-Credentials', ${v});
  await next();
});`,
    removed: `app.use('*', async (c, next) => {
  await next();
});`,
  },
  'Fetch new Headers': {
    code: (v) => `const headers = new Headers({ 'Access-Control-Allow-Credentials': ${v} });
return new Response(body, { headers });`,
    removed: `const headers = new Headers({});
return new Response(body, { headers });`,
  },
  'Fetch headers.set': {
    code: (v) => `const headers = new Headers();
headers.set('Access-Control-Allow-Credentials', ${v});`,
    removed: `const headers = new Headers();
`,
  },
  'Fetch headers.append': {
    code: (v) => `response.headers.append('Access-Control-Allow-Credentials', ${v});
return response;`,
    removed: `return response;`,
  },
  'Fetch new Response': {
    code: (v) => `export function OPTIONS() {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': 'https://app.example.com',
      'Access-Control-Allow-Credentials': ${v},
    },
  });
}`,
    removed: `export function OPTIONS() {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': 'https://app.example.com',
    },
  });
}`,
  },
  'Response.json': {
    code: (v) => `export const GET = () => Response.json(data, { headers: { 'Access-Control-Allow-Credentials': ${v} } });`,
    removed: `export const GET = () => Response.json(data, { headers: {} });`,
  },
  'NextResponse.json': {
    code: (v) => `export async function GET() {
  return NextResponse.json(data, { headers: { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': ${v} } });
}`,
    removed: `export async function GET() {
  return NextResponse.json(data, { headers: { 'Access-Control-Allow-Origin': 'https://app.example.com' } });
}`,
  },
  'new NextResponse': {
    code: (v) => `return new NextResponse(null, { headers: { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': ${v} } });`,
    removed: `return new NextResponse(null, { headers: { 'Access-Control-Allow-Origin': 'https://app.example.com' } });`,
  },
  'NextResponse.next headers.set': {
    code: (v) => `export function middleware() {
  const res = NextResponse.next();
  res.headers.set('Access-Control-Allow-Credentials', ${v});
  return res;
}`,
    removed: `export function middleware() {
  const res = NextResponse.next();
  return res;
}`,
  },
  'h3 setResponseHeader': {
    code: (v) => `export default defineEventHandler((event) => {
  setResponseHeader(event, 'Access-Control-Allow-Credentials', ${v});
});`,
    removed: `export default defineEventHandler((event) => {
});`,
  },
  'h3 appendResponseHeader': {
    code: (v) => `import { appendResponseHeader } from 'h3';
appendResponseHeader(event, 'Access-Control-Allow-Credentials', ${v});`,
    removed: `import { appendResponseHeader } from 'h3';
`,
  },
  'h3 setResponseHeaders': {
    code: (v) => `import { setResponseHeaders } from 'h3';
setResponseHeaders(event, { 'Access-Control-Allow-Credentials': ${v}, 'Access-Control-Allow-Origin': 'https://app.example.com' });`,
    removed: `import { setResponseHeaders } from 'h3';
setResponseHeaders(event, { 'Access-Control-Allow-Origin': 'https://app.example.com' });`,
  },
  'serverless handler': {
    code: (v) => `export const handler = async () => {
  return {
    statusCode: 200,
    headers: { 'Access-Control-Allow-Credentials': ${v}, 'Content-Type': 'application/json' },
    body: '{}',
  };
};`,
    removed: `export const handler = async () => {
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  };
};`,
  },
  'next.config headers()': {
    code: (v) => `const nextConfig = {
  async headers() {
    return [{
      source: '/api/:path*',
      headers: [
        { key: 'Access-Control-Allow-Origin', value: 'https://app.example.com' },
        { key: 'Access-Control-Allow-Credentials', value: ${v} },
      ],
    }];
  },
};
export default nextConfig;`,
    removed: `const nextConfig = {
  async headers() {
    return [{
      source: '/api/:path*',
      headers: [
        { key: 'Access-Control-Allow-Origin', value: 'https://app.example.com' },
      ],
    }];
  },
};
export default nextConfig;`,
  },
};

/** Mis-cased `true` is fixed in place in every family. */
const miscased = Object.entries(families).map(([, family]) => {
  const code = family.code("'True'");
  return {
    code,
    output: family.code("'true'"),
    errors: [{ messageId: 'miscasedTrue' as const, data: { value: '"True"' }, ...at(code, "'True'"), suggestions: [] }],
  };
});

/** `false` is reported with a suggestion to drop the header (when the write stands alone). */
const falseValues = Object.entries(families).map(([, family]) => {
  const code = family.code("'false'");
  return {
    code,
    output: null,
    errors: [
      {
        messageId: 'falseCredentials' as const,
        ...at(code, "'false'"),
        suggestions: family.removed === '' ? [] : [{ messageId: 'removeHeader' as const, output: family.removed }],
      },
    ],
  };
});

const singleUseConstant = `const CREDENTIALS = 'TRUE';
res.setHeader('Access-Control-Allow-Credentials', CREDENTIALS);`;
const sharedConstant = `const YES = "Yes";
res.setHeader('Access-Control-Allow-Credentials', YES);
res.setHeader('X-Feature-Enabled', YES);`;
const nameConstant = `const ACAC = 'access-control-allow-credentials';
const KEYS = { credentials: ACAC } as const;
ctx.set(KEYS.credentials, \` true \`);
ctx.set({ [ACAC]: "TRUE" });`;

ruleTester.run('valid-credentials-header', rule, {
  assertionOptions,
  valid: [
    ...Object.values(families).map((family) => family.code("'true'")),
    `res.setHeader('Access-Control-Allow-Credentials', true);`,
    `res.writeHead(200, { 'Access-Control-Allow-Credentials': true } as const);`,
    `const CREDENTIALS = 'true' as const; res.setHeader('Access-Control-Allow-Credentials', CREDENTIALS);`,
    `res.set('Access-Control-Allow-Credentials', \`\${'true'}\`);`,
    // Values not known statically are left alone.
    `res.setHeader('Access-Control-Allow-Credentials', String(allowCredentials));`,
    `res.setHeader('Access-Control-Allow-Credentials', process.env.CORS_CREDENTIALS);`,
    `res.setHeader('Access-Control-Allow-Credentials', flag ? 'true' : undefined);`,
    // Request headers and look-alikes.
    `fetch(url, { headers: { 'Access-Control-Allow-Credentials': 'True' } });`,
    `const settings = new Map(); settings.set('Access-Control-Allow-Credentials', 'True');`,
    `res.setHeader('X-Allow-Credentials', 'True'); res.setHeader('Access-Control-Allow-Credential', 'True');`,
    // A table describing the headers is not a response.
    `export const HEADER_DOCS = {
  'Access-Control-Allow-Origin': 'Which origin may read the response',
  'Access-Control-Allow-Credentials': 'Whether cookies may be sent',
};`,
    // Assertions about a response are not writes.
    `expect(response.headers).toMatchObject({ 'access-control-allow-credentials': 'True' });`,
    `assert.deepStrictEqual(res.headers, { 'access-control-allow-credentials': 'false' });`,
    `expect(res.headers).toEqual(expect.objectContaining({ 'Access-Control-Allow-Credentials': '1' }));`,
    `config.headers.push({ name: 'Access-Control-Allow-Credentials', value: 'True' });`,
    // Odd code.
    `res.setHeader('Access-Control-Allow-Credentials'); res.set({ ...unknown }); res.set(name, 'True');`,
    `res.writeHead(200, 'OK'); res.writeHead(); new Headers([['Access-Control-Allow-Credentials', 'true']]);`,
  ],
  invalid: [
    ...miscased,
    ...falseValues,
    // Whitespace, other quotes and templates keep their style.
    {
      code: `res.setHeader('Access-Control-Allow-Credentials', " true");`,
      output: `res.setHeader('Access-Control-Allow-Credentials', "true");`,
      errors: [{ messageId: 'miscasedTrue', data: { value: '" true"' }, line: 1, column: 51, endLine: 1, endColumn: 58, suggestions: [] }],
    },
    {
      code: 'c.header(`Access-Control-Allow-Credentials`, `TRUE`);',
      output: "c.header(`Access-Control-Allow-Credentials`, 'true');",
      errors: [{ messageId: 'miscasedTrue', data: { value: '"TRUE"' }, line: 1, column: 46, endLine: 1, endColumn: 52, suggestions: [] }],
    },
    {
      code: `res.setHeader('ACCESS-CONTROL-ALLOW-CREDENTIALS', 'True' as const);`,
      output: `res.setHeader('ACCESS-CONTROL-ALLOW-CREDENTIALS', 'true' as const);`,
      errors: [{ messageId: 'miscasedTrue', data: { value: '"True"' }, line: 1, column: 51, endLine: 1, endColumn: 57, suggestions: [] }],
    },
    // A constant used only here is fixed where it is declared; the report is where it is used.
    {
      code: singleUseConstant,
      output: `const CREDENTIALS = 'true';
res.setHeader('Access-Control-Allow-Credentials', CREDENTIALS);`,
      errors: [{ messageId: 'miscasedTrue', data: { value: '"TRUE"' }, ...at(singleUseConstant, 'CREDENTIALS', 2), suggestions: [] }],
    },
    // A shared constant keeps its value elsewhere: only this write changes.
    {
      code: sharedConstant,
      output: null,
      errors: [
        {
          messageId: 'invalidCredentials',
          data: { value: '"Yes"' },
          ...at(sharedConstant, 'YES', 2),
          suggestions: [
            {
              messageId: 'useTrue',
              output: `const YES = "Yes";
res.setHeader('Access-Control-Allow-Credentials', "true");
res.setHeader('X-Feature-Enabled', YES);`,
            },
            {
              messageId: 'removeHeader',
              output: `const YES = "Yes";
res.setHeader('X-Feature-Enabled', YES);`,
            },
          ],
        },
      ],
    },
    // Header names through constants, objects of constants and computed keys.
    {
      code: nameConstant,
      output: `const ACAC = 'access-control-allow-credentials';
const KEYS = { credentials: ACAC } as const;
ctx.set(KEYS.credentials, "true");
ctx.set({ [ACAC]: "true" });`,
      errors: [
        { messageId: 'miscasedTrue', data: { value: '" true "' }, ...at(nameConstant, '` true `'), suggestions: [] },
        { messageId: 'miscasedTrue', data: { value: '"TRUE"' }, ...at(nameConstant, '"TRUE"'), suggestions: [] },
      ],
    },
    // Values browsers reject outright.
    {
      code: `res.setHeader('Access-Control-Allow-Credentials', '1');`,
      output: null,
      errors: [
        {
          messageId: 'invalidCredentials',
          data: { value: '"1"' },
          line: 1,
          column: 51,
          endLine: 1,
          endColumn: 54,
          suggestions: [
            { messageId: 'useTrue', output: `res.setHeader('Access-Control-Allow-Credentials', 'true');` },
            { messageId: 'removeHeader', output: `` },
          ],
        },
      ],
    },
    {
      code: `res.set({ 'Access-Control-Allow-Credentials': 1, Vary: 'Origin' });`,
      output: null,
      errors: [
        {
          messageId: 'invalidCredentials',
          data: { value: '"1"' },
          line: 1,
          column: 47,
          endLine: 1,
          endColumn: 48,
          suggestions: [
            { messageId: 'useTrue', output: `res.set({ 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' });` },
            { messageId: 'removeHeader', output: `res.set({ Vary: 'Origin' });` },
          ],
        },
      ],
    },
    {
      code: `return { statusCode: 200, headers: { 'Access-Control-Allow-Credentials': false } };`,
      output: null,
      errors: [
        {
          messageId: 'falseCredentials',
          line: 1,
          column: 74,
          endLine: 1,
          endColumn: 79,
          suggestions: [{ messageId: 'removeHeader', output: `return { statusCode: 200, headers: {} };` }],
        },
      ],
    },
    // The same value written twice is reported at each write.
    {
      code: `res.setHeader('Access-Control-Allow-Credentials', 'True');
preflight.setHeader('Access-Control-Allow-Credentials', 'True');`,
      output: `res.setHeader('Access-Control-Allow-Credentials', 'true');
preflight.setHeader('Access-Control-Allow-Credentials', 'true');`,
      errors: [
        { messageId: 'miscasedTrue', data: { value: '"True"' }, line: 1, column: 51, endLine: 1, endColumn: 57, suggestions: [] },
        { messageId: 'miscasedTrue', data: { value: '"True"' }, line: 2, column: 57, endLine: 2, endColumn: 63, suggestions: [] },
      ],
    },
  ],
});
