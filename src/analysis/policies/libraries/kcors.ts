/**
 * kcors 2.x, the former name of `@koa/cors`: `app.use(cors({ origin,
 * credentials }))`. A missing or falsy origin echoes the request's Origin;
 * `'*'` is sent as is, with credentials too; an origin function returns the
 * value. See docs/cors-semantics.md#kcors.
 */
import { callLibrary } from '../library.js';
import type { LibrarySemantics } from '../types.js';
import { koaCors } from './koa-cors.js';

/** The options of `@koa/cors` before 3.4.1, which kcors 2.x is (the test of kcors pins each of them). */
const semantics: LibrarySemantics = { ...koaCors.semantics, library: 'kcors', label: 'kcors', defaultOrigin: 'echo', wildcardWithCredentials: 'literal' };

export const kcors = callLibrary({
  modules: ['kcors'],
  calls: { default: 0 },
  semantics,
  example: `import cors from 'MODULE';\napp.use(cors({ credentials: true }));`,
});
