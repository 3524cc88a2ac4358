/**
 * Location of a piece of source text, for rule-tester errors:
 * `{ messageId, ...at(code, "'*'") }` expects the report exactly on the first `'*'`.
 */
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

/** The location of the `occurrence`-th (1-based) appearance of `snippet` in `code`. */
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
