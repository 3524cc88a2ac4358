/**
 * corser: `corser.create({ origins, supportsCredentials })`. No origins means
 * any origin (`*`), which `supportsCredentials: true` turns into an echo of
 * the request's Origin. Listed origins are matched exactly and echoed.
 */
import { callLibrary } from '../library.js';
import { ALLOW_HEADERS, ALLOW_METHODS, CORS_LIKE, EXPOSE_HEADERS, type LibrarySemantics } from '../types.js';

const semantics: LibrarySemantics = {
  ...CORS_LIKE,
  library: 'corser',
  label: 'corser',
  originTrue: 'unsupported',
  wildcardWithCredentials: 'echo',
  falsyDisables: false,
  credentialsTruthy: true,
  headerLists: { methods: ALLOW_METHODS, requestHeaders: ALLOW_HEADERS, responseHeaders: EXPOSE_HEADERS },
  originKey: 'origins',
  credentialsKey: 'supportsCredentials',
};

export const corser = callLibrary({
  modules: ['corser'],
  calls: { 'default.create': 0 },
  semantics,
  example: `import corser from 'MODULE';\napp.use(corser.create({ supportsCredentials: true }));`,
});
