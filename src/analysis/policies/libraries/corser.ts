/**
 * corser: `corser.create({ origins, supportsCredentials })`. No origins means
 * any origin (`*`), which `supportsCredentials: true` turns into an echo of
 * the request's Origin. Listed origins are matched exactly and echoed.
 */
import { CALL, optionsArgument, type CorsLibrary } from '../library.js';
import { CORS_LIKE, type LibrarySemantics } from '../types.js';

const semantics: LibrarySemantics = {
  ...CORS_LIKE,
  library: 'corser',
  label: 'corser',
  originTrue: 'unsupported',
  wildcardWithCredentials: 'echo',
  falsyDisables: false,
  credentialsTruthy: true,
  headerLists: {
    methods: { header: 'Access-Control-Allow-Methods', wildcard: 'literal' },
    requestHeaders: { header: 'Access-Control-Allow-Headers', wildcard: 'literal' },
    responseHeaders: { header: 'Access-Control-Expose-Headers', wildcard: 'literal' },
  },
  originKey: 'origins',
  credentialsKey: 'supportsCredentials',
};

export const corser: CorsLibrary = {
  id: 'corser',
  modules: ['corser'],
  exports: { default: { create: { [CALL]: optionsArgument(semantics, 0) } } },
  semantics,
  example: `import corser from 'MODULE';\napp.use(corser.create({ supportsCredentials: true }));`,
};
