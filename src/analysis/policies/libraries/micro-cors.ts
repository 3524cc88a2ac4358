/**
 * micro-cors: `microCors({ origin, allowCredentials })(handler)`. The origin is
 * one static value (default `*`), written as is; credentials are on unless
 * `allowCredentials` is false, so `microCors()` sends `*` with credentials.
 */
import { callLibrary } from '../library.js';
import { CORS_LIKE, LITERAL_ALLOW_LISTS, type LibrarySemantics } from '../types.js';

const semantics: LibrarySemantics = {
  ...CORS_LIKE,
  library: 'micro-cors',
  label: 'micro-cors',
  originTrue: 'unsupported',
  listWithWildcard: 'literal',
  falsyDisables: false,
  staticOrigin: true,
  defaultCredentials: 'on',
  credentialsTruthy: true,
  acceptsList: false,
  headerLists: LITERAL_ALLOW_LISTS,
  credentialsKey: 'allowCredentials',
};

export const microCors = callLibrary({
  modules: ['micro-cors'],
  calls: { default: 0 },
  semantics,
  example: `import microCors from 'MODULE';\nconst cors = microCors();\nexport default cors(handler);`,
});
