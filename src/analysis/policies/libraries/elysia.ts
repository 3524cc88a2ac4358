/**
 * `@elysiajs/cors`: `app.use(cors(options))`. Both the origin and the
 * credentials are on by default, so `cors()` echoes every origin with
 * credentials. A string is compared with the Origin (with or without its
 * scheme; before 1.3.1, one without a scheme was a substring test) and
 * echoed; a function gets the Request and echoes on `true`.
 */
import { callLibrary } from '../library.js';
import { ALLOW_HEADERS, ALLOW_METHODS, CORS_LIKE, EXPOSE_HEADERS, type LibrarySemantics } from '../types.js';

const semantics: LibrarySemantics = {
  ...CORS_LIKE,
  library: '@elysiajs/cors',
  label: '@elysiajs/cors',
  defaultOrigin: 'echo',
  listWithWildcard: 'any',
  callbackStyle: 'return',
  defaultCredentials: 'on',
  // The defaults (`true`) reflect the request's headers and method; a `'*'` string is sent as is.
  headerLists: { allowedHeaders: ALLOW_HEADERS, methods: ALLOW_METHODS, exposeHeaders: EXPOSE_HEADERS },
};

export const elysiaCors = callLibrary({
  modules: ['@elysiajs/cors'],
  calls: { cors: 0, default: 0 },
  semantics,
  versions: [
    // 1.0.0 to 1.0.2 defaulted to `'*'` (sent with credentials) instead of the echo.
    { from: '1.0.0', below: '1.0.3', semantics: { defaultOrigin: 'any' } },
    // Before 1.3.1 a string without a scheme was a substring test of the Origin.
    { below: '1.3.1', semantics: { schemelessSubstring: true } },
  ],
  example: `import { Elysia } from 'elysia';\nimport { cors } from 'MODULE';\nnew Elysia().use(cors()).listen(3000);`,
});
