/**
 * Shared pieces of the CORS-middleware rule tests: settings with 0, 1 and 2
 * allowed origins, and the exact location of a snippet in test code.
 */
import { corsSettings } from '../rule-tester.js';

export const ONE_ORIGIN = corsSettings({ allowedOrigins: ['https://app.example.com'] });
export const TWO_ORIGINS = corsSettings({ allowedOrigins: ['https://app.example.com', 'https://admin.example.com'] });

export interface Location {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

function position(code: string, index: number): { line: number; column: number } {
  const before = code.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

/** Where the `occurrence`-th (1-based) `snippet` is in `code`: the exact range a report must cover. */
export function at(code: string, snippet: string, occurrence = 1): Location {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = code.indexOf(snippet, index + 1);
    if (index === -1) throw new Error(`${JSON.stringify(snippet)} occurs fewer than ${occurrence} times in the test code`);
  }
  const start = position(code, index);
  const end = position(code, index + snippet.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
