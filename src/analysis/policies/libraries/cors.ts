/** The `cors` package (Express, Connect and anything taking its middleware). */
import { CALL, corsLibrary, onCall } from '../library.js';
import { CORS_LIKE, type LibrarySemantics } from '../types.js';

export const corsSemantics: LibrarySemantics = { ...CORS_LIKE, library: 'cors', label: 'cors' };

export const corsPackage = corsLibrary({
  modules: ['cors'],
  // `cors(options)`, or `cors(delegate)` building the options per request.
  exports: { default: { [CALL]: onCall((collector, call) => collector.argumentOrDelegate(corsSemantics, call, 0)) } },
  semantics: corsSemantics,
  example: `import cors from 'MODULE';\napp.use(cors({ origin: true, credentials: true }));`,
});
