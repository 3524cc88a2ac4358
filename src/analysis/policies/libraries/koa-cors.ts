/** `@koa/cors`: `'*'` with credentials echoes the request Origin; origin functions return the decision. */
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
  example: `import cors from 'MODULE';\napp.use(cors({ origin: '*', credentials: true }));`,
});
