/**
 * itty-router's CORS helpers, both exported by `itty-router`:
 * - v5 `cors(options)`: `'*'` (the default) with credentials becomes the
 *   request's Origin; lists, RegExps and `origin: true` echo; a function returns
 *   the header value itself.
 * - v4 `createCors({ origins })`: `['*']` (the default) echoes every origin.
 *   Credentials come only from `headers: { 'Access-Control-Allow-Credentials': 'true' }`.
 */
import { callLibrary } from '../library.js';
import { CORS_LIKE, LITERAL_ALLOW_LISTS, type LibrarySemantics } from '../types.js';

const v5: LibrarySemantics = {
  ...CORS_LIKE,
  library: 'itty-router',
  label: 'itty-router cors',
  wildcardWithCredentials: 'echo',
  falsyDisables: false,
  callbackStyle: 'return',
  credentialsTruthy: true,
  headerLists: LITERAL_ALLOW_LISTS,
};

const v4: LibrarySemantics = {
  ...CORS_LIKE,
  library: 'itty-router createCors',
  label: 'itty-router createCors',
  anyOriginEchoes: true,
  listWithWildcard: 'any',
  falsyDisables: false,
  callbackStyle: 'return',
  headerLists: {},
  credentialsHeaderOption: 'headers',
  originKey: 'origins',
};

export const ittyRouter = callLibrary({
  modules: ['itty-router'],
  calls: { cors: 0 },
  semantics: v5,
  example: `import { AutoRouter, cors } from 'MODULE';\nconst { preflight, corsify } = cors({ credentials: true });\nexport const router = AutoRouter({ before: [preflight], finally: [corsify] });`,
});

export const ittyRouterV4 = callLibrary({
  modules: ['itty-router'],
  calls: { createCors: 0 },
  semantics: v4,
  example: `import { createCors } from 'MODULE';\nconst { preflight, corsify } = createCors({ headers: { 'Access-Control-Allow-Credentials': 'true' } });`,
});
