/**
 * Shared pieces of the CORS-middleware rule tests: settings with 0, 1 and 2
 * allowed origins; `at` (from ./locate.ts) gives the exact location of a snippet.
 */
import { corsSettings } from '../rule-tester.js';

export const ONE_ORIGIN = corsSettings({ allowedOrigins: ['https://app.example.com'] });
export const TWO_ORIGINS = corsSettings({ allowedOrigins: ['https://app.example.com', 'https://admin.example.com'] });

export { at, type Location } from './locate.js';
