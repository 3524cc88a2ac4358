/**
 * nextjs-cors: `await NextCors(req, res, options)` in a Next.js API route runs
 * the `cors` package with those options (or an options delegate), so they mean
 * what they mean there. See docs/cors-semantics.md#nextjs-cors.
 */
import { CALL, corsLibrary, onCall } from '../library.js';
import type { LibrarySemantics } from '../types.js';
import { corsSemantics } from './cors.js';

const semantics: LibrarySemantics = { ...corsSemantics, library: 'nextjs-cors', label: 'nextjs-cors' };

export const nextjsCors = corsLibrary({
  modules: ['nextjs-cors'],
  // `NextCors(req, res, options)`: the third argument is handed to `cors(options)`.
  exports: { default: { [CALL]: onCall((collector, call) => collector.argumentOrDelegate(semantics, call, 2)) } },
  semantics,
  example: `import NextCors from 'MODULE';\nexport default async function handler(req, res) {\n  await NextCors(req, res, { origin: true, credentials: true });\n  res.json({ ok: true });\n}`,
});
