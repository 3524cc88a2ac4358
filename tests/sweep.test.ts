/**
 * Fix safety on real code (a slice of `npm run sweep`): every rule with fixes
 * over 1,000 files of the project's own node_modules (a deterministic
 * selection, so CI after `npm ci` sweeps the same files), the labelled corpus
 * and generated CORS-heavy files. No exception, every fixed file parses, a
 * second pass changes nothing, every suggestion parses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchFiles } from '../scripts/lib/body-of-code.mjs';
import { readLabelledCorpus } from '../scripts/lib/corpus-files.mjs';
import { loadToolchain, PROJECT_ROOT } from '../scripts/lib/lint-setup.mjs';
import { spread } from '../scripts/lib/source-files.mjs';
import { createSweeper, summarizeSweep, type SweepSummary } from '../scripts/lib/sweep-core.mjs';
import { syntheticCorsFiles } from '../scripts/lib/synthetic.mjs';
import plugin from '../src/index.js';

const toolchain = await loadToolchain();
const sweeper = createSweeper({ ...toolchain, plugin: plugin as never, configName: 'all' });

function expectSafe(summary: SweepSummary): void {
  expect(summary.crashes).toEqual([]);
  expect(summary.reparseErrors).toEqual([]);
  expect(summary.notIdempotent).toEqual([]);
  expect(summary.unconverged).toEqual([]);
  expect(summary.badSuggestions).toEqual([]);
}

describe('sweep with every rule and fixes', () => {
  it('lints files under node_modules (not skipped by the default ignores)', () => {
    const file = path.join(PROJECT_ROOT, 'node_modules', 'example-server', 'index.js');
    const text = `res.setHeader('Access-Control-Allow-Origin', '*');\nres.setHeader('Access-Control-Allow-Credentials', 'True');\n`;
    const result = sweeper.sweep(text, file);
    expect(result.reports).toBe(2);
    expect(result.fixesApplied).toBe(1);
  });

  it('1,000 files of node_modules: no exception, fixes parse and are stable', () => {
    const files = benchFiles({ limit: 1000, perPackage: 40, projectOnly: true });
    expect(files.length).toBe(1000);
    const results = files.map((f) => sweeper.sweep(fs.readFileSync(f.file, 'utf8'), f.file));
    const summary = summarizeSweep(results);
    console.log(
      `node_modules slice: ${summary.swept} swept, ${summary.skipped} skipped, ${summary.reports} reports in ${summary.filesWithReports} files, ${summary.fixesApplied} fixes`,
    );
    expectSafe(summary);
    // Almost everything parses: the slice really is linted.
    expect(summary.swept).toBeGreaterThan(950);
  });

  it('the labelled corpus: fixes parse and are stable', () => {
    const results = readLabelledCorpus().map((f) => sweeper.sweep(f.text, f.file, { settings: f.settings }));
    const summary = summarizeSweep(results);
    expectSafe(summary);
    expect(summary.fixesApplied).toBeGreaterThan(10);
  });

  it('generated CORS-heavy files: fixes and suggestions are exercised, parse and are stable', () => {
    const files = spread(syntheticCorsFiles(), 300);
    const results = files.map((f) => sweeper.sweep(f.text, path.join(PROJECT_ROOT, '.tmp', 'virtual', f.name), { settings: f.settings }));
    const summary = summarizeSweep(results);
    console.log(
      `generated: ${summary.swept} swept, ${summary.reports} reports, ${summary.filesWithFixes} files fixed (${summary.fixesApplied} fixes), ${summary.suggestionsChecked} suggestions checked`,
    );
    expectSafe(summary);
    expect(summary.filesWithFixes).toBeGreaterThan(100);
    expect(summary.suggestionsChecked).toBeGreaterThan(100);
  });
});
