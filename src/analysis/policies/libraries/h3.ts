/** h3 (and Nitro/Nuxt, which auto-import its helpers): `handleCors(event, options)` and its relatives. */
import { CALL, optionsArgument, type CorsLibrary, type ExportTrace } from '../library.js';
import { CORS_LIKE, type LibrarySemantics } from '../types.js';

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
  headerLists: {
    allowHeaders: { header: 'Access-Control-Allow-Headers', wildcard: 'reflect' },
    methods: { header: 'Access-Control-Allow-Methods', wildcard: 'reflect' },
    exposeHeaders: { header: 'Access-Control-Expose-Headers', wildcard: 'reflect' },
  },
};

const options = optionsArgument(semantics, 1);
const helpers: ExportTrace = {
  handleCors: { [CALL]: options },
  appendCorsHeaders: { [CALL]: options },
  appendCorsPreflightHeaders: { [CALL]: options },
};

export const h3: CorsLibrary = {
  id: 'h3',
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
        headerLists: {
          allowHeaders: { header: 'Access-Control-Allow-Headers', wildcard: 'reflect' },
          methods: { header: 'Access-Control-Allow-Methods', wildcard: 'literal' },
          exposeHeaders: { header: 'Access-Control-Expose-Headers', wildcard: 'literal' },
        },
      },
    },
  ],
  example: `import { handleCors } from 'MODULE';\nexport default defineEventHandler((event) => { handleCors(event, { origin: '*', credentials: true }); });`,
};
