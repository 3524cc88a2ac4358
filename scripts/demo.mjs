#!/usr/bin/env node
// Lints the sample app in examples/ with the built plugin and prints ESLint's usual output.
// Findings are the point of the demo, so they do not fail it; it fails when ESLint crashes
// or when examples/server/correct.js (code without CORS mistakes) gets a report.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const config = path.join('examples', 'eslint.config.js');
const correctFile = path.join('examples', 'server', 'correct.js');
const eslintBin = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const DIST_ENTRY_POINTS = ['dist/esm/index.js', 'dist/cjs/index.js', 'dist/index.cjs'];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function distIsStale() {
  const stats = DIST_ENTRY_POINTS.map((file) => fs.statSync(path.join(root, file), { throwIfNoEntry: false }));
  if (stats.some((stat) => !stat)) return true;
  return Math.min(...stats.map((stat) => stat.mtimeMs)) < newestMtime(path.join(root, 'src'));
}

function eslint(args, options = {}) {
  return spawnSync(process.execPath, [eslintBin, '--config', config, ...args], { cwd: root, encoding: 'utf8', ...options });
}

if (distIsStale()) {
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

const check = eslint(['--format', 'json', correctFile]);
if (check.status !== 0 && check.status !== 1) {
  console.error(`ESLint did not finish on ${correctFile} (exit code ${check.status ?? check.signal}):\n${check.stderr}`);
  process.exit(2);
}
const messages = JSON.parse(check.stdout).flatMap((result) => result.messages);
if (messages.length > 0) {
  console.error(`\n${correctFile} has no CORS mistakes but got ${messages.length} report(s):`);
  for (const m of messages) console.error(`  ${m.line}:${m.column}  ${m.ruleId ?? '(parse error)'}  ${m.message}`);
  process.exit(1);
}
console.log(`${run.status === 1 ? 'The findings above are the mistakes in the sample app (expected); ' : ''}${correctFile} is clean.`);
