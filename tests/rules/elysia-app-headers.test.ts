/**
 * Elysia `app.headers({…})`: headers on every response of the app (and of the
 * apps that `use` it), which the preflight, Vary and credentials rules read
 * as they read global middleware.
 */
import preflightRule from '../../src/rules/require-preflight-credentials.js';
import varyRule from '../../src/rules/require-vary-origin.js';
import wildcardRule from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const ruleTester = createRuleTester();

const PREFLIGHT = `({ set }) => {
    set.headers['Access-Control-Allow-Origin'] = 'https://app.example.com';
    return new Response(null, { status: 204 });
  }`;
const PREFLIGHT_WRITE = `set.headers['Access-Control-Allow-Origin'] = 'https://app.example.com'`;
const PREFLIGHT_FIXED = `({ set }) => {
    set.headers['Access-Control-Allow-Origin'] = 'https://app.example.com';
    set.headers['Access-Control-Allow-Credentials'] = 'true';
    return new Response(null, { status: 204 });
  }`;

/** Preflights of an app whose `app.headers` grant credentials on every response: each form of reaching the app. */
const granted = [
  // Chained on the app that registers the preflight.
  `import { Elysia } from 'elysia';
new Elysia()
  .headers({ 'Access-Control-Allow-Credentials': 'true' })
  .options('/api/*', ${PREFLIGHT})
  .listen(3000);`,
  // The @elysiajs/cors shape: an object filled by assignments, then given to the app.
  `import { Elysia as App } from 'elysia';
export const corsPlugin = (config) => {
  const app = new App({ name: 'cors' });
  const defaultHeaders = {};
  if (config.credentials === true) defaultHeaders['access-control-allow-credentials'] = 'true';
  app.headers(defaultHeaders);
  app.options('/', ${PREFLIGHT}).options('/*', ${PREFLIGHT});
  return app;
};`,
  // A plugin function receives the app that uses it.
  `import { Elysia } from 'elysia';
const credentials = (app) => app.headers({ 'Access-Control-Allow-Credentials': 'true' });
const server = new Elysia();
server.use(credentials).options('/api/*', ${PREFLIGHT});`,
  // A plugin function typed with the app's class.
  {
    code: `import type { Elysia } from 'elysia';
export const api = (app: Elysia) => app.headers({ 'Access-Control-Allow-Credentials': 'true' }).options('/api/*', ${PREFLIGHT});`,
    filename: 'api.ts',
  },
  // A plugin app, whose headers the app that uses it sends too.
  `const { Elysia } = require('elysia');
const cors = new Elysia().headers({ 'Access-Control-Allow-Credentials': 'true' });
const app = new Elysia().use(cors);
app.options('/api/*', ${PREFLIGHT});`,
];

/** The same preflight where the credentials reach another app only, or `headers` is not an Elysia app's. */
const notGranted = [
  // Another app's headers.
  `import { Elysia } from 'elysia';
const admin = new Elysia().headers({ 'Access-Control-Allow-Credentials': 'true' });
const app = new Elysia();
app.options('/api/*', ${PREFLIGHT});`,
  // A class of the project that happens to be called Elysia.
  `import { Elysia } from './elysia';
const app = new Elysia().headers({ 'Access-Control-Allow-Credentials': 'true' });
app.options('/api/*', ${PREFLIGHT});`,
  // A function never handed an app: its parameter is anything with a `headers` method.
  `import { Elysia } from 'elysia';
const grant = (target) => target.headers({ 'Access-Control-Allow-Credentials': 'true' });
const app = new Elysia();
app.options('/api/*', ${PREFLIGHT});`,
];

ruleTester.run('require-preflight-credentials: Elysia app.headers', preflightRule, {
  assertionOptions,
  valid: granted,
  invalid: notGranted.map((code) => ({
    code,
    output: code.replace(PREFLIGHT, PREFLIGHT_FIXED),
    errors: [{ messageId: 'preflightWithoutCredentials' as const, ...at(code, PREFLIGHT_WRITE), suggestions: [] }],
  })),
});

const ECHO_ROUTE = `.get('/api/me', ({ set, request }) => {
    const origin = request.headers.get('origin');
    if (allowed.has(origin)) {
      set.headers['Access-Control-Allow-Origin'] = origin;
    }
    return me;
  });`;
const echo = `import { Elysia } from 'elysia';
const app = new Elysia()
  .headers({ Vary: 'Origin' })
  ${ECHO_ROUTE}`;
const otherAppVary = `import { Elysia } from 'elysia';
const other = new Elysia().headers({ Vary: 'Origin' });
const app = new Elysia()
  ${ECHO_ROUTE}`;

ruleTester.run('require-vary-origin: Elysia app.headers', varyRule, {
  assertionOptions,
  valid: [echo],
  invalid: [
    {
      code: otherAppVary,
      output: otherAppVary.replace(
        "= origin;\n",
        "= origin;\n      set.headers['Vary'] = 'Origin';\n",
      ),
      errors: [{ messageId: 'missingVary', ...at(otherAppVary, "set.headers['Access-Control-Allow-Origin'] = origin") }],
    },
  ],
});

const wildcardInHeaders = `import { Elysia } from 'elysia';
new Elysia().headers({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' }).listen(3000);`;
const wildcardRoute = `import { Elysia } from 'elysia';
new Elysia()
  .headers({ 'Access-Control-Allow-Credentials': 'true' })
  .get('/api/me', ({ set }) => {
    set.headers['Access-Control-Allow-Origin'] = '*';
    return me;
  });`;

ruleTester.run('no-wildcard-origin-with-credentials: Elysia app.headers', wildcardRule, {
  assertionOptions,
  valid: [
    // Credentials on another app.
    `import { Elysia } from 'elysia';
new Elysia().headers({ 'Access-Control-Allow-Credentials': 'true' });
new Elysia().get('/public', ({ set }) => {
  set.headers['Access-Control-Allow-Origin'] = '*';
  return data;
});`,
  ],
  invalid: [
    {
      code: wildcardInHeaders,
      output: null,
      errors: [
        {
          messageId: 'wildcardWithCredentials',
          ...at(wildcardInHeaders, "'*'"),
          suggestions: [{ messageId: 'removeCredentials', output: wildcardInHeaders.replace(", 'Access-Control-Allow-Credentials': 'true'", '') }],
        },
      ],
    },
    // The route's `*` meets the credentials the app adds to every response.
    {
      code: wildcardRoute,
      output: null,
      errors: [
        {
          messageId: 'wildcardWithCredentials',
          ...at(wildcardRoute, "'*'"),
          suggestions: [{ messageId: 'removeCredentials', output: wildcardRoute.replace("{ 'Access-Control-Allow-Credentials': 'true' }", '{}') }],
        },
      ],
    },
  ],
});
