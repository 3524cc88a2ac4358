/**
 * Text edits every fix is made of, in the file's own style: quotes, string
 * literals, indentation, line endings, and the merging of the edits of one fix.
 */
import type { TSESLint } from '@typescript-eslint/utils';

type Fix = TSESLint.RuleFix;

/**
 * The edits of one fix, ready for ESLint: nulls (a part that declined) make
 * the whole fix decline; an edit repeated (the same write removed twice) is
 * kept once; overlapping removals are joined. Any other overlap declines.
 */
export function mergeFixes(fixes: ReadonlyArray<Fix | null | undefined>): Fix[] | null {
  if (fixes.some((f) => !f)) return null;
  const sorted = (fixes as Fix[]).slice().sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const merged: Fix[] = [];
  for (const fix of sorted) {
    const last = merged.at(-1);
    if (!last || fix.range[0] > last.range[1] || (fix.range[0] === last.range[1] && (fix.range[0] !== fix.range[1] || last.range[0] !== last.range[1]))) {
      merged.push(fix);
    } else if (fix.range[0] === last.range[0] && fix.range[1] === last.range[1] && fix.text === last.text) {
      continue;
    } else if (fix.text === '' && last.text === '') {
      merged[merged.length - 1] = { range: [last.range[0], Math.max(last.range[1], fix.range[1])], text: '' };
    } else {
      return null;
    }
  }
  return merged.length > 0 ? merged : null;
}
