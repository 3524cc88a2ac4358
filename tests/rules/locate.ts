/**
 * Location of a piece of source text, for rule-tester errors:
 * `{ messageId, ...at(code, "'*'") }` expects the report exactly on the first `'*'`.
 */
import type { InvalidTestCase, TestCaseError } from '@typescript-eslint/rule-tester';

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

/** An expected error that names the reported text (`at`, and `occurrence` when it appears earlier too) instead of numbers. */
export type LocatedError<MessageIds extends string> = Omit<TestCaseError<MessageIds>, keyof Location> & {
  readonly at: string;
  readonly occurrence?: number;
};

export type LocatedCase<MessageIds extends string> = Omit<InvalidTestCase<MessageIds, []>, 'errors'> & {
  readonly errors: ReadonlyArray<TestCaseError<MessageIds> | LocatedError<MessageIds>>;
};

/**
 * Invalid cases whose errors may name the reported text instead of numbers:
 * `{ messageId, at: "'https://api.example.com/me'" }` expects the report
 * exactly on the first appearance of that text in the case's code.
 */
export function located<MessageIds extends string>(cases: readonly LocatedCase<MessageIds>[]): InvalidTestCase<MessageIds, []>[] {
  return cases.map((test) => ({
    ...test,
    errors: test.errors.map((error) => {
      if (!('at' in error)) return error;
      const { at: snippet, occurrence, ...expected } = error;
      return { ...expected, ...at(test.code, snippet, occurrence) };
    }),
  }));
}
