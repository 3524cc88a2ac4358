/** `hono/cors`: a string, a list or a function returning the origin to send. */
import { callLibrary } from '../library.js';
import { CORS_LIKE, LITERAL_ALLOW_LISTS, type LibrarySemantics } from '../types.js';

const semantics: LibrarySemantics = {
  ...CORS_LIKE,
  library: 'hono/cors',
  label: 'hono/cors',
  originTrue: 'unsupported',
  listWithWildcard: 'literal',
  falsyDisables: false,
  callbackStyle: 'return',
  credentialsTruthy: true,
  headerLists: LITERAL_ALLOW_LISTS,
};

export const honoCors = callLibrary({
  modules: ['hono/cors'],
  calls: { cors: 0 },
  semantics,
  package: 'hono',
  // 4.12.9 to 4.12.24 turned `'*'` into the request's Origin when credentials were on.
  versions: [{ from: '4.12.9', below: '4.12.25', semantics: { wildcardWithCredentials: 'echo' } }],
  example: `import { cors } from 'MODULE';\napp.use('*', cors({ origin: '*', credentials: true }));`,
});
