/**
 * `@middy/http-cors`: `cors({ origins, origin, credentials })` middleware for
 * Lambda handlers. No ACAO unless configured; `'*'` (as `origin`, or in
 * `origins`) echoes the request's Origin once credentials are on. A single
 * `origin` is sent as written; `origins` are matched and echoed.
 */
import { callLibrary } from '../library.js';
import { ALLOW_HEADERS, ALLOW_METHODS, CORS_LIKE, EXPOSE_HEADERS, type LibrarySemantics } from '../types.js';

const semantics: LibrarySemantics = {
  ...CORS_LIKE,
  library: '@middy/http-cors',
  label: '@middy/http-cors',
  defaultOrigin: 'disabled',
  originTrue: 'unsupported',
  wildcardWithCredentials: 'echo',
  listWithWildcard: 'any',
  falsyDisables: false,
  credentialsTruthy: true,
  // `getOrigin(incomingOrigin, options)` computes the header itself.
  delegatorKey: 'getOrigin',
  headerLists: { headers: ALLOW_HEADERS, methods: ALLOW_METHODS, exposeHeaders: EXPOSE_HEADERS },
  originKey: 'origins',
  staticOriginKey: 'origin',
};

export const middyCors = callLibrary({
  modules: ['@middy/http-cors'],
  calls: { default: 0 },
  semantics,
  // Up to 5.x the default origin was `'*'`, so `cors({ credentials: true })` alone echoed.
  versions: [{ below: '6.0.0', semantics: { defaultOrigin: 'any' } }],
  example: `import middy from '@middy/core';\nimport cors from 'MODULE';\nexport const handler = middy(lambda).use(cors({ origin: '*', credentials: true }));`,
});
