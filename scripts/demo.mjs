#!/usr/bin/env node
// Lints the sample app in examples/ with the built plugin, prints ESLint's usual output and
// the changes `eslint --fix` would make.
// Findings are the point of the demo, so they do not fail it; it fails when ESLint crashes
// or when examples/server/correct.js (code without CORS mistakes) gets a report.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distIsStale } from './lib/dist-state.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const config = path.join('examples', 'eslint.config.js');
const correctFile = path.join('examples', 'server', 'correct.js');
const eslintBin = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const DIST_ENTRY_POINTS = ['dist/esm/index.js', 'dist/cjs/index.js', 'dist/index.cjs'];

function eslint(args, options = {}) {
  return spawnSync(process.execPath, [eslintBin, '--config', config, ...args], { cwd: root, encoding: 'utf8', ...options });
}

if (distIsStale(root, DIST_ENTRY_POINTS)) {
  console.log('Building the plugin (dist is missing or older than src) ...');
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed; see the output above.');
    process.exit(build.status ?? 1);
  }
}

console.log(`Linting examples/ with ${config} (cors.configs.recommended) ...`);
const run = eslint(['examples'], { stdio: 'inherit' });
if (run.status !== 0 && run.status !== 1) {
  console.error(`ESLint did not finish (exit code ${run.status ?? run.signal}).`);
  process.exit(2);
}

// The same lint as JSON with --fix-dry-run: shows what `eslint --fix` would change, writing nothing.
const dryRun = eslint(['--fix-dry-run', '--format', 'json', 'examples'], { maxBuffer: 64 * 1024 * 1024 });
if (dryRun.status !== 0 && dryRun.status !== 1) {
  console.error(`ESLint --fix-dry-run did not finish (exit code ${dryRun.status ?? dryRun.signal}):\n${dryRun.stderr}`);
  process.exit(2);
}
const results = JSON.parse(dryRun.stdout);
const relative = (file) => path.relative(root, file).split(path.sep).join('/');

const fixed = results.filter((result) => typeof result.output === 'string');
if (fixed.length > 0) {
  console.log('Autofixes (what `eslint --fix` would change; nothing is written):');
  for (const result of fixed) {
    console.log(`\n--- ${relative(result.filePath)}`);
    console.log(diffLines(fs.readFileSync(result.filePath, 'utf8'), result.output));
  }
  console.log('');
}

const correct = results.find((result) => relative(result.filePath) === correctFile.split(path.sep).join('/'));
if (!correct) {
  console.error(`${correctFile} was not linted.`);
  process.exit(1);
}
if (correct.messages.length > 0) {
  console.error(`${correctFile} has no CORS mistakes but got ${correct.messages.length} report(s):`);
  for (const m of correct.messages) console.error(`  ${m.line}:${m.column}  ${m.ruleId ?? '(parse error)'}  ${m.message}`);
  process.exit(1);
}
console.log(`${run.status === 1 ? 'The findings above are the mistakes in the sample app (expected); ' : ''}${correctFile} is clean.`);

/** Changed lines of `after` against `before`, with one line of context, as `@@ line N @@` hunks. */
function diffLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  // Longest common subsequence table, filled from the end.
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ kind: ' ', text: a[i++], line: j++ + 1 });
    else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ kind: '-', text: a[i++], line: j + 1 });
    else ops.push({ kind: '+', text: b[j], line: ++j });
  }
  const keep = ops.map((op, k) => op.kind !== ' ' || ops[k - 1]?.kind === '+' || ops[k - 1]?.kind === '-' || ops[k + 1]?.kind === '+' || ops[k + 1]?.kind === '-');
  const lines = [];
  ops.forEach((op, k) => {
    if (!keep[k]) return;
    if (!keep[k - 1]) lines.push(`@@ line ${op.line} @@`);
    lines.push(`${op.kind}${op.text}`);
  });
  return lines.join('\n');
}
