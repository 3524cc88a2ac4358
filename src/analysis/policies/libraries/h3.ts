/** h3 (and Nitro/Nuxt, which auto-import its helpers): `handleCors(event, options)` and its relatives. */
import { corsLibrary, optionsCalls } from '../library.js';
import { ALLOW_HEADERS, ALLOW_METHODS, CORS_LIKE, EXPOSE_HEADERS, reflecting, type LibrarySemantics } from '../types.js';

const semantics: LibrarySemantics = {
  ...CORS_LIKE,
  library: 'h3',
  label: 'h3 CORS',
  originTrue: 'unsupported',
  listWithWildcard: 'literal',
  falsyDisables: false,
  callbackStyle: 'return',
  credentialsTruthy: true,
  // h3 2: with credentials, `'*'` in allowHeaders and methods reflects the request, in exposeHeaders it is left out.
  headerLists: { allowHeaders: reflecting(ALLOW_HEADERS), methods: reflecting(ALLOW_METHODS), exposeHeaders: reflecting(EXPOSE_HEADERS) },
};

// The options are argument 1, after the event.
const helpers = optionsCalls(semantics, { handleCors: 1, appendCorsHeaders: 1, appendCorsPreflightHeaders: 1 });

export const h3 = corsLibrary({
  modules: ['h3', 'nitropack/runtime', '#imports'],
  exports: helpers,
  globals: helpers,
  semantics,
  // h3 1: `'*'` in allowHeaders reflects the request's headers, in methods and exposeHeaders it is sent as is.
  package: 'h3',
  versions: [
    {
      below: '2.0.0',
      semantics: {
        headerLists: { allowHeaders: reflecting(ALLOW_HEADERS), methods: ALLOW_METHODS, exposeHeaders: EXPOSE_HEADERS },
      },
    },
  ],
  example: `import { handleCors } from 'MODULE';\nexport default defineEventHandler((event) => { handleCors(event, { origin: '*', credentials: true }); });`,
});
