/** `hono/cors`: a string, a list or a function returning the origin to send. */
import { CALL, optionsArgument, type CorsLibrary } from '../library.js';
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

export const honoCors: CorsLibrary = {
  id: 'hono/cors',
  modules: ['hono/cors'],
  exports: { cors: { [CALL]: optionsArgument(semantics, 0) } },
  semantics,
  example: `import { cors } from 'MODULE';\napp.use('*', cors({ origin: '*', credentials: true }));`,
};
