/**
 * The labelled corpus (tests/corpus), scored with the plugin's source: every
 * expected finding is reported by its rule, nothing else is reported, and every
 * expected autofix verifies. Files in tests/corpus/pending count once the rules
 * they name exist. Differences already known are listed, with a reason, in
 * tests/corpus/known-gaps.json; a listed gap that no longer occurs fails too, so
 * the list only ever shrinks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_RULES, CORPUS_DIR, readLabelledCorpus } from '../scripts/lib/corpus-files.mjs';
import { createCorpusScorer, formatScores, summarizeScores, type Discrepancy, type FileScore } from '../scripts/lib/corpus-score.mjs';
import { loadToolchain } from '../scripts/lib/lint-setup.mjs';
import plugin from '../src/index.js';

interface KnownGap {
  kind: Discrepancy['kind'];
  file: string;
  line: number;
  rule: string;
  reason: string;
}

const toolchain = await loadToolchain();
const scorer = createCorpusScorer({ ...toolchain, plugin: plugin as never });
const entries = readLabelledCorpus();
const knownGaps: KnownGap[] = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'known-gaps.json'), 'utf8')).gaps;
const gapKey = (g: { kind: string; file: string; line: number; rule: string }) => `${g.kind} ${g.file}:${g.line} ${g.rule}`;
const scores: FileScore[] = [];

describe('labelled corpus', () => {
  for (const entry of entries) {
    it(entry.rel, (ctx) => {
      const score = scorer.scoreFile(entry);
      scores.push(score);
      if (score.skipped) {
        expect(entry.pending, `${entry.rel} is outside pending/ but ${score.skipped}`).toBe(true);
        ctx.skip();
        return;
      }
      const known = knownGaps.filter((g) => g.file === entry.rel);
      const found = new Set(score.discrepancies!.map(gapKey));
      const unexpected = score.discrepancies!.filter((d) => !known.some((g) => gapKey(g) === gapKey(d)));
      const stale = known.filter((g) => !found.has(gapKey(g)));
      expect(unexpected.map((d) => `${gapKey(d)}: ${d.detail}`)).toEqual([]);
      expect(stale.map((g) => `${gapKey(g)} is listed in known-gaps.json but no longer occurs`)).toEqual([]);
    });
  }

  it('has at least 40 files, with look-alikes that must stay quiet', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    const clean = entries.filter((e) => e.groups.size === 0);
    expect(clean.length).toBeGreaterThanOrEqual(10);
  });

  it('covers every rule of the plugin that has a category', () => {
    const covered = new Set(entries.flatMap((e) => [...e.groups.values()].map((g) => CATEGORY_RULES[g.category ?? ''])));
    const rules = Object.keys(plugin.rules);
    const withCategory = new Set(Object.values(CATEGORY_RULES));
    expect(rules.filter((r) => withCategory.has(r) && !covered.has(r))).toEqual([]);
  });

  it('every known gap names a corpus file and a reason', () => {
    for (const gap of knownGaps) {
      expect(entries.some((e) => e.rel === gap.file), gap.file).toBe(true);
      expect(gap.reason.length).toBeGreaterThan(10);
    }
  });

  it('prints the score', () => {
    const missing = entries.filter((e) => !scores.some((s) => s.rel === e.rel));
    for (const entry of missing) scores.push(scorer.scoreFile(entry));
    const summary = summarizeScores(scores);
    console.log(formatScores(summary));
    expect(summary.files + summary.skipped).toBe(entries.length);
  });
});
