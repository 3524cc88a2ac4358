#!/usr/bin/env node
// Installs the packed plugin, as a user would, into fresh projects with ESLint 10
// (flat config, ESM), ESLint 9 (flat config, CommonJS) and ESLint 8.57 (.eslintrc),
// then lints and fixes the fixtures in tests/consumer/fixtures through the CLI and
// through the Node API, and compares the reports and fixed text with what is expected.
//
// Usage: node scripts/consumer-test.mjs [--keep]   (--keep leaves the temporary projects on disk)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const consumerDir = path.join(root, 'tests', 'consumer');
const fixturesDir = path.join(consumerDir, 'fixtures');
const expectedDir = path.join(consumerDir, 'expected');
const keep = process.argv.includes('--keep');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const INSTALL_TIMEOUT = 300_000;
const LINT_TIMEOUT = 120_000;

// ---------------------------------------------------------------------------------------------
// What the fixtures must produce with `cors.configs.recommended` and
// `settings.cors.allowedOrigins: ['https://app.example.com']`.

const SERVER_MESSAGES = [
  [6, 'cors/require-preflight-credentials'],
  [13, 'cors/valid-credentials-header'],
  [20, 'cors/require-vary-origin'],
  [27, 'cors/no-wildcard-origin-with-credentials'],
];
const EXPECTED_MESSAGES = {
  'server.js': SERVER_MESSAGES,
  'server.cjs': SERVER_MESSAGES,
  'handler.ts': [
    [10, 'cors/require-vary-origin'],
    [17, 'cors/no-wildcard-origin-with-credentials'],
  ],
  'clean.js': [],
};
const CONFIG_NAMES = ['all', 'all-legacy', 'recommended', 'recommended-legacy', 'strict', 'strict-legacy'];
const RULE_NAMES = fs
  .readdirSync(path.join(root, 'src', 'rules'))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.slice(0, -3))
  .sort();

const SETTINGS = { cors: { allowedOrigins: ['https://app.example.com'] } };

const FLAT_ESM_CONFIG = `import cors from 'eslint-plugin-cors';
import tsParser from '@typescript-eslint/parser';

export default [
  cors.configs.recommended,
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  { settings: ${JSON.stringify(SETTINGS)} },
];
`;

const FLAT_CJS_CONFIG = `'use strict';
const cors = require('eslint-plugin-cors');
const tsParser = require('@typescript-eslint/parser');

module.exports = [
  cors.configs.recommended,
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  { settings: ${JSON.stringify(SETTINGS)} },
];
`;

const LEGACY_CONFIG = `${JSON.stringify(
  {
    root: true,
    plugins: ['cors'],
    extends: ['plugin:cors/recommended-legacy'],
    parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
    settings: SETTINGS,
    overrides: [{ files: ['*.ts'], parser: '@typescript-eslint/parser' }],
  },
  null,
  2,
)}\n`;

const PROJECTS = [
  {
    id: 'eslint10-esm',
    label: 'flat config, ESM eslint.config.js',
    eslint: 'eslint@^10',
    major: 10,
    type: 'module',
    configFile: 'eslint.config.js',
    config: FLAT_ESM_CONFIG,
    fixtures: ['server.js', 'handler.ts', 'clean.js'],
    env: {},
  },
  {
    id: 'eslint9-cjs',
    label: 'flat config, CommonJS eslint.config.cjs',
    eslint: 'eslint@^9',
    major: 9,
    type: 'commonjs',
    configFile: 'eslint.config.cjs',
    config: FLAT_CJS_CONFIG,
    fixtures: ['server.cjs', 'handler.ts', 'clean.js'],
    env: {},
  },
  {
    id: 'eslint8-legacy',
    label: '.eslintrc.json, plugin:cors/recommended-legacy',
    eslint: 'eslint@~8.57.0',
    major: 8,
    minMinor: 57,
    type: 'commonjs',
    configFile: '.eslintrc.json',
    config: LEGACY_CONFIG,
    fixtures: ['server.js', 'handler.ts', 'clean.js'],
    env: { ESLINT_USE_FLAT_CONFIG: 'false' },
  },
];

// ---------------------------------------------------------------------------------------------
// Processes

/** npm as the caller ran it (`npm run` sets npm_execpath), else `npm` from PATH. */
const npmCommand = (() => {
  const execPath = process.env.npm_execpath;
  if (execPath && /npm-cli\.[cm]?js$/.test(execPath)) return [process.execPath, execPath];
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm'];
})();

/** The environment for child processes, without what `npm run` sets for this package. */
function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(package_|lifecycle_)/i.test(key)) continue;
    if (/^npm_config_(prefix|local_prefix|global|workspaces?|include_workspace_root)$/i.test(key)) continue;
    if (key === 'INIT_CWD' || key === 'ESLINT_USE_FLAT_CONFIG') continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

function run(command, args, { cwd, env = cleanEnv(), timeout = LINT_TIMEOUT } = {}) {
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

const npm = (args, options) => run(npmCommand[0], [...npmCommand.slice(1), ...args], options);
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
const tail = (text, lines = 15) => text.trim().split('\n').slice(-lines).join('\n');
const indent = (text, prefix = '      ') => text.split('\n').map((line) => prefix + line).join('\n');

// ---------------------------------------------------------------------------------------------
// Build and pack

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const DIST_ENTRY_POINTS = ['dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.js', 'dist/index.cjs', 'dist/index.d.cts'];

function distIsStale() {
  const stats = DIST_ENTRY_POINTS.map((file) => fs.statSync(path.join(root, file), { throwIfNoEntry: false }));
  if (stats.some((stat) => !stat)) return true;
  const sourceTime = Math.max(newestMtime(path.join(root, 'src')), ...['package.json', 'tsconfig.json', 'tsconfig.build.json', 'tsconfig.cjs.json'].map((f) => fs.statSync(path.join(root, f)).mtimeMs));
  return Math.min(...stats.map((stat) => stat.mtimeMs)) < sourceTime;
}

async function pack(tmp) {
  // A missing or stale dist is rebuilt by `npm pack` through `prepack` (as on publish), or here when the
  // package has no prepack script; an up-to-date dist (`npm test` has just built it) is packed as it is.
  const stale = distIsStale();
  if (stale && !pkg.scripts?.prepack) {
    console.log('building dist (missing or older than src) ...');
    const build = await run(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, timeout: INSTALL_TIMEOUT });
    if (build.code !== 0) throw new Error(`build failed:\n${tail(build.stdout + build.stderr)}`);
  } else if (stale) {
    console.log('dist is missing or older than src: npm pack builds it (prepack) ...');
  }
  const packDir = path.join(tmp, 'pack');
  fs.mkdirSync(packDir);
  const packArgs = ['pack', '--pack-destination', packDir, '--loglevel=error', ...(stale ? [] : ['--ignore-scripts'])];
  const packed = await npm(packArgs, { cwd: root, timeout: INSTALL_TIMEOUT });
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${tail(packed.stdout + packed.stderr)}`);
  const tarballs = fs.readdirSync(packDir).filter((name) => name.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`npm pack produced ${tarballs.length} tarballs in ${packDir}`);
  const tarball = path.join(packDir, tarballs[0]);

  const listing = await run('tar', ['-tzf', tarball]);
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

// ---------------------------------------------------------------------------------------------
// Checks

function messageKey(m) {
  return `${m.file}:${m.line} ${m.ruleId ?? '(no rule)'}`;
}

function expectedMessages(project, dir) {
  return project.fixtures.flatMap((name) => EXPECTED_MESSAGES[name].map(([line, ruleId]) => `${dir}/${name}:${line} ${ruleId}`)).sort();
}

function expectedFixed(name) {
  const expected = path.join(expectedDir, name);
  return fs.readFileSync(fs.existsSync(expected) ? expected : path.join(fixturesDir, name), 'utf8');
}

/** Compares reported messages with the expected `file:line rule` set; returns failure lines. */
function compareMessages(what, messages, expected) {
  const failures = [];
  for (const m of messages) {
    if (m.fatal || !m.ruleId) failures.push(`${what}: ${m.file}:${m.line} fatal: ${m.message}`);
    else if (m.severity !== 2) failures.push(`${what}: ${messageKey(m)} has severity ${m.severity}, expected 2 (error)`);
  }
  const actual = messages.map(messageKey).sort();
  const missing = expected.filter((key) => !actual.includes(key));
  const unexpected = actual.filter((key) => !expected.includes(key));
  for (const key of missing) failures.push(`${what}: missing report ${key}`);
  for (const key of unexpected) failures.push(`${what}: unexpected report ${key}`);
  if (actual.length !== new Set(actual).size) failures.push(`${what}: duplicate reports: ${actual.join(', ')}`);
  return failures;
}

function compareText(what, actual, expected) {
  if (actual === expected) return [];
  const a = (actual ?? '').split('\n');
  const e = expected.split('\n');
  const line = e.findIndex((text, i) => a[i] !== text);
  const at = line === -1 ? e.length : line;
  return [`${what}: fixed text differs at line ${at + 1}\n  expected: ${JSON.stringify(e[at] ?? '<end of file>')}\n  actual:   ${JSON.stringify(a[at] ?? '<end of file>')}`];
}

function parseJson(what, text) {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what}: output is not JSON:\n${tail(text)}`);
  }
}

async function testProject(project, tmp, tarball, log) {
  const dir = path.join(tmp, project.id);
  const failures = [];
  const timings = {};
  fs.mkdirSync(dir);
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: `consumer-${project.id}`, version: '0.0.0', private: true, type: project.type }, null, 2)}\n`,
  );
  fs.writeFileSync(path.join(dir, project.configFile), project.config);
  for (const sub of ['src', 'cli-fix', 'api-fix']) {
    fs.mkdirSync(path.join(dir, sub));
    for (const name of project.fixtures) fs.copyFileSync(path.join(fixturesDir, name), path.join(dir, sub, name));
  }
  fs.copyFileSync(path.join(consumerDir, 'api-check.mjs'), path.join(dir, 'api-check.mjs'));

  const deps = [
    tarball,
    project.eslint,
    `@typescript-eslint/parser@${pkg.devDependencies['@typescript-eslint/parser']}`,
    `typescript@${pkg.devDependencies.typescript}`,
  ];
  log(`installing ${deps.slice(1).join(' ')} and the tarball`);
  const install = await npm(['install', '--no-audit', '--no-fund', '--loglevel=error', ...deps], { cwd: dir, timeout: INSTALL_TIMEOUT });
  timings.install = install.ms;
  if (install.code !== 0) {
    failures.push(`npm install failed (exit ${install.code ?? install.signal}):\n${indent(tail(install.stdout + install.stderr), '  ')}`);
    return { failures, timings, version: '?' };
  }

  const eslintPkg = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', 'eslint', 'package.json'), 'utf8'));
  const [major, minor] = eslintPkg.version.split('.').map(Number);
  if (major !== project.major || (project.minMinor !== undefined && minor < project.minMinor)) {
    failures.push(`installed eslint ${eslintPkg.version} does not match ${project.eslint}`);
  }
  const eslintBin = path.join(dir, 'node_modules', 'eslint', typeof eslintPkg.bin === 'string' ? eslintPkg.bin : eslintPkg.bin.eslint);
  const env = cleanEnv(project.env);
  const started = Date.now();

  // CLI: report.
  const cli = await run(process.execPath, [eslintBin, '--format', 'json', 'src'], { cwd: dir, env });
  if (cli.code !== 1) {
    failures.push(`CLI lint: expected exit code 1 (problems found), got ${cli.code ?? cli.signal}\n${indent(tail(cli.stderr || cli.stdout), '  ')}`);
  }
  if (cli.code === 0 || cli.code === 1) {
    try {
      const results = parseJson('CLI lint', cli.stdout);
      const messages = results.flatMap((r) =>
        r.messages.map((m) => ({ ...m, file: path.relative(dir, r.filePath).split(path.sep).join('/') })),
      );
      failures.push(...compareMessages('CLI lint', messages, expectedMessages(project, 'src')));
      const linted = results.map((r) => path.basename(r.filePath)).sort();
      const wanted = [...project.fixtures].sort();
      if (linted.join() !== wanted.join()) failures.push(`CLI lint: linted ${linted.join(', ')}, expected ${wanted.join(', ')}`);
    } catch (error) {
      failures.push(error.message);
    }
  }

  // CLI: --fix writes every fix, leaving nothing to report.
  const cliFix = await run(process.execPath, [eslintBin, '--fix', 'cli-fix'], { cwd: dir, env });
  if (cliFix.code !== 0) {
    failures.push(`CLI --fix: expected exit code 0 (everything fixed), got ${cliFix.code ?? cliFix.signal}\n${indent(tail(cliFix.stdout + cliFix.stderr), '  ')}`);
  }
  for (const name of project.fixtures) {
    failures.push(...compareText(`CLI --fix ${name}`, fs.readFileSync(path.join(dir, 'cli-fix', name), 'utf8'), expectedFixed(name)));
  }

  // Node API: lintFiles, lintText with fix, lintFiles with fix + ESLint.outputFixes.
  const textFile = `src/${project.fixtures[0]}`;
  const api = await run(process.execPath, ['api-check.mjs', JSON.stringify({ lintDir: 'src', fixDir: 'api-fix', textFile })], { cwd: dir, env });
  if (api.code !== 0) {
    failures.push(`Node API: script failed (exit ${api.code ?? api.signal})\n${indent(tail(api.stderr || api.stdout), '  ')}`);
  } else {
    try {
      const result = parseJson('Node API', api.stdout);
      for (const [kind, plugin] of Object.entries(result.plugin)) {
        const what = `Node API: plugin loaded with ${kind === 'esm' ? 'import' : 'require'}`;
        if (plugin.name !== pkg.name) failures.push(`${what}: meta.name is ${plugin.name}, expected ${pkg.name}`);
        if (plugin.version !== pkg.version) failures.push(`${what}: meta.version is ${plugin.version}, expected ${pkg.version}`);
        if (plugin.rules.join() !== RULE_NAMES.join()) failures.push(`${what}: rules are [${plugin.rules.join(', ')}], expected [${RULE_NAMES.join(', ')}]`);
        const missingConfigs = CONFIG_NAMES.filter((name) => !plugin.configs.includes(name));
        if (missingConfigs.length > 0) failures.push(`${what}: configs missing ${missingConfigs.join(', ')}`);
      }
      failures.push(...compareMessages('Node API lintFiles', result.lint, expectedMessages(project, 'src')));
      failures.push(...compareText(`Node API lintText(fix) ${textFile}`, result.text.output, expectedFixed(project.fixtures[0])));
      failures.push(...compareMessages(`Node API lintText(fix) ${textFile} after fixing`, result.text.remaining ?? [], []));
      for (const name of project.fixtures) {
        failures.push(...compareText(`Node API outputFixes ${name}`, result.fix.files[name], expectedFixed(name)));
      }
      failures.push(...compareMessages('Node API lintFiles(fix) after fixing', result.fix.remaining, []));
    } catch (error) {
      failures.push(error.message);
    }
  }
  timings.checks = Date.now() - started;
  return { failures, timings, version: eslintPkg.version };
}

// ---------------------------------------------------------------------------------------------

async function pool(items, size, worker) {
  const results = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await worker(items[index]);
    }
  });
  await Promise.all(lanes);
  return results;
}

async function main() {
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eslint-plugin-cors-consumer-'));
  const cleanup = () => {
    if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  let passed = 0;
  let failed = 0;
  try {
    let packed;
    try {
      packed = await pack(tmp);
      console.log(`packed ${path.basename(packed.tarball)} (${packed.fileCount} files, ${(packed.bytes / 1024).toFixed(1)} kB)`);
    } catch (error) {
      console.log(`FAIL  npm pack: ${error.message}`);
      failed = PROJECTS.length;
      return;
    }
    const outcomes = await pool(PROJECTS, 2, async (project) => {
      const log = (text) => console.log(`[${project.id}] ${text}`);
      try {
        return await testProject(project, tmp, packed.tarball, log);
      } catch (error) {
        return { failures: [`crashed: ${error.stack ?? error}`], timings: {}, version: '?' };
      }
    });
    PROJECTS.forEach((project, i) => {
      const { failures, timings, version } = outcomes[i];
      const time = [timings.install && `install ${seconds(timings.install)}`, timings.checks && `checks ${seconds(timings.checks)}`].filter(Boolean).join(', ');
      const head = `ESLint ${version} (${project.eslint}), ${project.label}${time ? ` [${time}]` : ''}`;
      if (failures.length === 0) {
        passed++;
        console.log(`PASS  ${head}`);
      } else {
        failed++;
        console.log(`FAIL  ${head}`);
        for (const failure of failures) console.log(indent(`- ${failure}`));
      }
    });
  } finally {
    cleanup();
    if (keep) console.log(`kept the temporary projects in ${tmp}`);
    console.log(`total ${seconds(Date.now() - started)}`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed > 0 ? 1 : 0;
  }
}

await main();
