/**
 * `@koa/cors`: `'*'` with credentials echoes the request Origin; origin
 * functions return the decision. Before 5.0.0 a missing origin echoed too.
 * See docs/cors-semantics.md#koacors.
 */
import { callLibrary } from '../library.js';
import { CORS_LIKE, LITERAL_ALLOW_LISTS, type LibrarySemantics } from '../types.js';

const semantics: LibrarySemantics = {
  ...CORS_LIKE,
  library: '@koa/cors',
  label: '@koa/cors',
  originTrue: 'unsupported',
  wildcardWithCredentials: 'echo',
  listWithWildcard: 'literal',
  falsyDisables: false,
  callbackStyle: 'return',
  credentialsTruthy: true,
  acceptsList: false,
  headerLists: LITERAL_ALLOW_LISTS,
};

export const koaCors = callLibrary({
  modules: ['@koa/cors'],
  calls: { default: 0 },
  semantics,
  versions: [
    // Before 5.0.0 a missing (or falsy) origin meant the request's Origin.
    { below: '5.0.0', semantics: { defaultOrigin: 'echo' } },
    // Before 3.4.1 `'*'` was sent as is, with credentials too.
    { below: '3.4.1', semantics: { wildcardWithCredentials: 'literal' } },
  ],
  example: `import cors from 'MODULE';\napp.use(cors({ origin: '*', credentials: true }));`,
});
