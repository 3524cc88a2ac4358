#!/usr/bin/env node
// Fix safety on real code: the `all` config with fixes over the benchmark's body
// of code, the labelled corpus (tests/corpus) and generated CORS-heavy files.
// Fails (exit 1) on any exception, any fixed file that no longer parses, any
// file a second pass still changes, and any suggestion that does not parse.
//
//   node scripts/sweep.mjs [--files 6000] [--per-package 250] [--config all]
//                          [--no-install] [--project-only] [--json FILE] [--show 10]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BENCH_CORPUS_DIR, BENCH_PACKAGES, benchFiles, ensureInstalled } from './lib/body-of-code.mjs';
import { readLabelledCorpus } from './lib/corpus-files.mjs';
import { describeMachine, loadBuiltPlugin, loadToolchain, PROJECT_ROOT } from './lib/lint-setup.mjs';
import { createSweeper, summarizeSweep } from './lib/sweep-core.mjs';
import { syntheticCorsFiles } from './lib/synthetic.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const fileLimit = Number(opt('--files', '6000'));
const perPackage = Number(opt('--per-package', '250'));
const configName = opt('--config', 'all');
const show = Number(opt('--show', '10'));
const jsonOut = opt('--json');
const projectOnly = args.includes('--project-only');

const toolchain = await loadToolchain();
const plugin = await loadBuiltPlugin();
const machine = await describeMachine(os, toolchain.versions, plugin);
if (!projectOnly && !args.includes('--no-install')) ensureInstalled(BENCH_CORPUS_DIR, BENCH_PACKAGES);

const sweeper = createSweeper({ ...toolchain, plugin, configName });
const groups = {
  'installed packages': benchFiles({ limit: fileLimit, perPackage, projectOnly }).map((f) => ({
    name: f.file,
    read: () => fs.readFileSync(f.file, 'utf8'),
  })),
  'labelled corpus': readLabelledCorpus().map((f) => ({ name: f.file, read: () => f.text, settings: f.settings })),
  'generated CORS files': syntheticCorsFiles().map((f) => ({
    name: path.join(PROJECT_ROOT, '.tmp', 'virtual', f.name),
    read: () => f.text,
    settings: f.settings,
  })),
};

console.log(`eslint-plugin-cors sweep: config ${configName} with fixes`);
console.log(`machine: ${machine.cpu}, ${machine.cores} cores; node ${machine.node}, eslint ${machine.eslint}, ${machine.plugin}`);
const report = { machine, config: configName, groups: {} };
let failed = false;
const rel = (p) => path.relative(PROJECT_ROOT, p);
for (const [label, files] of Object.entries(groups)) {
  const start = performance.now();
  const results = files.map((f) => sweeper.sweep(f.read(), f.name, { settings: f.settings }));
  const s = summarizeSweep(results);
  const seconds = (performance.now() - start) / 1000;
  console.log(`\n== ${label} ==`);
  console.log(
    `files swept ${s.swept} (skipped ${s.skipped}: not parseable as JS/TS), files with reports ${s.filesWithReports} (${s.reports} reports), ` +
      `files with fixes ${s.filesWithFixes}, fixes applied ${s.fixesApplied}, suggestions checked ${s.suggestionsChecked}, ${seconds.toFixed(1)} s`,
  );
  console.log(
    `exceptions ${s.crashes.length}, fixed files that no longer parse ${s.reparseErrors.length}, ` +
      `not idempotent ${s.notIdempotent.length}, fixable reports left after fixing ${s.unconverged.length}, ` +
      `suggestions that do not parse ${s.badSuggestions.length}`,
  );
  const rules = Object.entries(s.rules).sort((a, b) => b[1] - a[1]);
  if (rules.length) console.log(`reports by rule: ${rules.map(([r, n]) => `${r.replace('cors/', '')} ${n}`).join(', ')}`);
  for (const [name, list] of [
    ['exception', s.crashes],
    ['no longer parses', s.reparseErrors],
    ['second pass changes', s.notIdempotent],
    ['fix left a fixable report', s.unconverged],
    ['suggestion does not parse', s.badSuggestions],
    ['fixed output has a new kind of report', s.newRuleKinds],
  ]) {
    for (const item of list.slice(0, show)) console.log(`  ${name}: ${item.startsWith('/') ? rel(item) : item}`);
    if (list.length > show) console.log(`  … ${list.length - show} more (${name})`);
  }
  if (label === 'installed packages') {
    for (const r of results.filter((x) => x.reports > 0).slice(0, show)) {
      console.log(`  reported: ${rel(r.filename)} ${Object.entries(r.rules).map(([k, v]) => `${k}×${v}`).join(' ')}`);
    }
  }
  if (s.crashes.length || s.reparseErrors.length || s.notIdempotent.length || s.unconverged.length || s.badSuggestions.length) failed = true;
  report.groups[label] = { ...s, seconds, reported: results.filter((x) => x.reports > 0).map((x) => ({ file: rel(x.filename), rules: x.rules })) };
}
if (jsonOut) fs.writeFileSync(jsonOut, `${JSON.stringify(report, null, 2)}\n`);
console.log(failed ? '\nsweep FAILED' : '\nsweep passed: no exception, every fix parses and is stable, every suggestion parses');
process.exitCode = failed ? 1 : 0;
