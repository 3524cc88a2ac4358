// How scripts/consumer-test.mjs runs processes and makes the package it installs: the packed
// tarball (`npm pack`), and a git repository of the working tree for `npm i git+file://...`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distIsStale } from '../../scripts/lib/dist-state.mjs';
import { tail } from './checks.mjs';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const INSTALL_TIMEOUT = 600_000;
/** Every rule, by its file name in src/rules. */
export const RULE_NAMES = fs
  .readdirSync(path.join(root, 'src', 'rules'))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.slice(0, -3))
  .sort();

// ---------------------------------------------------------------------------------------------
// Processes

/** npm as the caller ran it (`npm run` sets npm_execpath), else `npm` from PATH. */
const npmCommand = (() => {
  const execPath = process.env.npm_execpath;
  if (execPath && /npm-cli\.[cm]?js$/.test(execPath)) return [process.execPath, execPath];
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm'];
})();

/** The environment for child processes, without what `npm run` sets for this package. */
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(package_|lifecycle_)/i.test(key)) continue;
    if (/^npm_config_(prefix|local_prefix|global|workspaces?|include_workspace_root)$/i.test(key)) continue;
    if (key === 'INIT_CWD' || key === 'ESLINT_USE_FLAT_CONFIG') continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

export function runProcess(command, args, { cwd, env = cleanEnv(), timeout = 120_000 } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd, env, timeout, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ code: -1, signal: null, stdout, stderr: `${stderr}${error.message}`, ms: Date.now() - started }));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started }));
  });
}

/** npm with the given arguments. */
export const runNpm = (args, options) => runProcess(npmCommand[0], [...npmCommand.slice(1), ...args], options);

// ---------------------------------------------------------------------------------------------
// Build and pack

export const DIST_ENTRY_POINTS = ['dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.js', 'dist/index.cjs', 'dist/index.d.cts'];

export async function pack(tmp) {
  // A missing or stale dist is rebuilt by `npm pack` through `prepare` (as on publish), or here when the
  // package has no prepare script; an up-to-date dist (`npm test` has just built it) is packed as it is.
  const stale = distIsStale(root, DIST_ENTRY_POINTS);
  if (stale && !pkg.scripts?.prepare) {
    console.log('building dist (missing or older than src) ...');
    const build = await runProcess(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, timeout: INSTALL_TIMEOUT });
    if (build.code !== 0) throw new Error(`build failed:\n${tail(build.stdout + build.stderr)}`);
  } else if (stale) {
    console.log('dist is missing or older than src: npm pack builds it (prepare) ...');
  }
  const packDir = path.join(tmp, 'pack');
  fs.mkdirSync(packDir);
  const packArgs = ['pack', '--pack-destination', packDir, '--loglevel=error', ...(stale ? [] : ['--ignore-scripts'])];
  const packed = await runNpm(packArgs, { cwd: root, timeout: INSTALL_TIMEOUT });
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${tail(packed.stdout + packed.stderr)}`);
  const tarballs = fs.readdirSync(packDir).filter((name) => name.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`npm pack produced ${tarballs.length} tarballs in ${packDir}`);
  const tarball = path.join(packDir, tarballs[0]);

  const listing = await runProcess('tar', ['-tzf', tarball]);
  if (listing.code !== 0) throw new Error(`cannot list ${tarball}:\n${tail(listing.stderr)}`);
  const files = listing.stdout.split('\n').filter(Boolean).map((name) => name.replace(/^package\//, ''));
  const problems = [];
  for (const required of ['package.json', ...DIST_ENTRY_POINTS, ...RULE_NAMES.map((name) => `dist/esm/rules/${name}.js`)]) {
    if (!files.includes(required)) problems.push(`missing ${required}`);
  }
  for (const file of files) {
    if (/^(src|tests|scripts|examples|node_modules|\.tmp|\.ci)\//.test(file) || file.endsWith('.tgz')) problems.push(`should not ship ${file}`);
  }
  if (problems.length > 0) throw new Error(`the tarball is wrong:\n${problems.join('\n')}`);
  return { tarball, fileCount: files.length, bytes: fs.statSync(tarball).size };
}


/**
 * A git repository holding the working tree as it is (tracked and untracked files that are not
 * ignored), so that `npm i git+file://...` tests the code being tested rather than the last commit.
 */
export async function gitSnapshot(tmp) {
  const listed = await runProcess('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root });
  if (listed.code !== 0) throw new Error(`git ls-files failed:\n${tail(listed.stderr)}`);
  const repo = path.join(tmp, 'repo');
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = path.join(root, file);
    const stat = fs.lstatSync(from, { throwIfNoEntry: false });
    if (!stat?.isFile() || /^(node_modules|dist|\.tmp)(\/|$)/.test(file)) continue;
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    fs.copyFileSync(from, path.join(repo, file));
  }
  const gitEnv = cleanEnv({ GIT_AUTHOR_NAME: 'consumer test', GIT_AUTHOR_EMAIL: 'consumer@test.invalid', GIT_COMMITTER_NAME: 'consumer test', GIT_COMMITTER_EMAIL: 'consumer@test.invalid' });
  for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '--no-gpg-sign', '-m', 'snapshot']]) {
    const step = await runProcess('git', args, { cwd: repo, env: gitEnv });
    if (step.code !== 0) throw new Error(`git ${args[0]} failed:\n${tail(step.stdout + step.stderr)}`);
  }
  return `git+file://${repo}`;
}

