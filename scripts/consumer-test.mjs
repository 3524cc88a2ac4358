#!/usr/bin/env node
// Installs the plugin, as users would, into fresh projects: the packed tarball with ESLint 10
// (flat config, ESM), ESLint 9 (flat config, CommonJS) and ESLint 8.57 (.eslintrc); a JavaScript
// project with no TypeScript; a project on TypeScript 7; and an install from a git URL, which
// builds dist/ through `prepare`. In each it lints and fixes the fixtures in
// tests/consumer/fixtures through the CLI and the Node API and compares reports and fixed text
// with what is expected; where a project says so, it also checks that an invalid settings.cors
// stops the CLI with one line, type-checks an eslint.config.ts, and checks which TypeScript
// copies are installed. tests/consumer/projects.mjs describes the projects.
//
// Needs nothing but the npm registry. Usage: node scripts/consumer-test.mjs [--keep] [--only id,id]
// (--keep leaves the temporary projects on disk; --only runs the named projects).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkSarif,
  checkSettingsError,
  compareMessages,
  compareText,
  indent,
  installedCopies,
  parseJson,
  tail,
  undeclaredDistImports,
} from '../tests/consumer/checks.mjs';
import { CONFIG_NAMES, EXPECTED_MESSAGES, projects } from '../tests/consumer/projects.mjs';
import { RULE_NAMES, cleanEnv, gitSnapshot, pack, runNpm, runProcess } from '../tests/consumer/sources.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const consumerDir = path.join(root, 'tests', 'consumer');
const fixturesDir = path.join(consumerDir, 'fixtures');
const expectedDir = path.join(consumerDir, 'expected');
const keep = process.argv.includes('--keep');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg === -1 ? null : new Set((process.argv[onlyArg + 1] ?? '').split(','));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const PROJECTS = projects(pkg).filter((project) => !only || only.has(project.id));

const INSTALL_TIMEOUT = 600_000;
const LINT_TIMEOUT = 120_000;

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
const run = (command, args, options) => runProcess(command, args, { timeout: LINT_TIMEOUT, ...options });
const npm = (args, options) => runNpm(args, { timeout: LINT_TIMEOUT, ...options });

// ---------------------------------------------------------------------------------------------
// Checks

function expectedMessages(project, dir) {
  return project.fixtures.flatMap((name) => EXPECTED_MESSAGES[name].map(([line, ruleId]) => `${dir}/${name}:${line} ${ruleId}`)).sort();
}

function expectedFixed(name) {
  const expected = path.join(expectedDir, name);
  return fs.readFileSync(fs.existsSync(expected) ? expected : path.join(fixturesDir, name), 'utf8');
}

function writeProject(project, dir) {
  fs.mkdirSync(dir);
  const manifest = { name: `consumer-${project.id}`, version: '0.0.0', private: true, type: project.type };
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [file, text] of Object.entries(project.files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  if (project.badSettings) fs.writeFileSync(path.join(dir, project.badSettings.file), project.badSettings.text);
  for (const sub of ['src', 'cli-fix', 'api-fix']) {
    fs.mkdirSync(path.join(dir, sub));
    for (const name of project.fixtures) fs.copyFileSync(path.join(fixturesDir, name), path.join(dir, sub, name));
  }
  fs.copyFileSync(path.join(consumerDir, 'api-check.mjs'), path.join(dir, 'api-check.mjs'));
}

/** CLI: a JSON report with exactly the expected messages, then --fix writing every fix. */
async function cliChecks(project, dir, eslintBin, env) {
  const failures = [];
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
  const cliFix = await run(process.execPath, [eslintBin, '--fix', 'cli-fix'], { cwd: dir, env });
  if (cliFix.code !== 0) {
    failures.push(`CLI --fix: expected exit code 0 (everything fixed), got ${cliFix.code ?? cliFix.signal}\n${indent(tail(cliFix.stdout + cliFix.stderr), '  ')}`);
  }
  for (const name of project.fixtures) {
    failures.push(...compareText(`CLI --fix ${name}`, fs.readFileSync(path.join(dir, 'cli-fix', name), 'utf8'), expectedFixed(name)));
  }
  return failures;
}

/** Node API: the plugin through import and require, lintFiles, lintText with fix, lintFiles with fix + ESLint.outputFixes. */
async function apiChecks(project, dir, env) {
  const failures = [];
  const textFile = `src/${project.fixtures[0]}`;
  const api = await run(process.execPath, ['api-check.mjs', JSON.stringify({ lintDir: 'src', fixDir: 'api-fix', textFile })], { cwd: dir, env });
  if (api.code !== 0) return [`Node API: script failed (exit ${api.code ?? api.signal})\n${indent(tail(api.stderr || api.stdout), '  ')}`];
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
  return failures;
}

/** What a project asks for beyond linting: settings errors, types, installed TypeScript copies, dist imports. */
async function extraChecks(project, dir, eslintBin, env) {
  const failures = [];
  if (project.badSettings) {
    const { args, line } = project.badSettings;
    const runs = [['CLI with invalid settings.cors', [...args, 'src']]];
    if (project.major >= 9) runs.push(['CLI with invalid settings.cors, --concurrency 2', [...args, '--concurrency', '2', 'src']]);
    for (const [what, cliArgs] of runs) {
      failures.push(...checkSettingsError(what, await run(process.execPath, [eslintBin, ...cliArgs], { cwd: dir, env }), line));
    }
  }
  if (project.typeCheck) {
    const utils = installedCopies(dir, '@typescript-eslint/utils');
    if (utils.length > 0) failures.push(`type check: @typescript-eslint/utils is installed (${utils.join(', ')}), so it cannot show the types do without it`);
    const tsc = await run(path.join(dir, 'node_modules', '.bin', 'tsc'), ['-p', 'typecheck/tsconfig.json'], { cwd: dir, env });
    if (tsc.code !== 0) failures.push(`type check of eslint.config.ts failed (exit ${tsc.code ?? tsc.signal}):\n${indent(tail(tsc.stdout + tsc.stderr, 30), '  ')}`);
  }
  const typescripts = installedCopies(dir, 'typescript');
  if (project.noTypeScript && typescripts.length > 0) failures.push(`typescript is installed: ${typescripts.join(', ')}`);
  if (project.oneTypeScript) {
    if (typescripts.join() !== 'node_modules/typescript') failures.push(`expected one TypeScript at node_modules/typescript, found: ${typescripts.join(', ') || 'none'}`);
    const version = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', 'typescript', 'package.json'), 'utf8')).version;
    if (Number(version.split('.')[0]) !== project.oneTypeScript) failures.push(`installed typescript ${version}, expected major ${project.oneTypeScript}`);
  }
  if (project.sarif) {
    const sarif = await run(process.execPath, [eslintBin, '--format', '@microsoft/eslint-formatter-sarif', '--output-file', 'results.sarif', 'src'], { cwd: dir, env });
    const text = fs.existsSync(path.join(dir, 'results.sarif')) ? fs.readFileSync(path.join(dir, 'results.sarif'), 'utf8') : '';
    const ruleIds = project.fixtures.flatMap((name) => EXPECTED_MESSAGES[name].map(([, ruleId]) => ruleId));
    const docsUrl = (name) => `${pkg.homepage.replace(/#readme$/, '')}/blob/main/docs/rules/${name}.md`;
    failures.push(...checkSarif('SARIF output', sarif, text, ruleIds, docsUrl));
  }
  if (project.scanDist) failures.push(...undeclaredDistImports(path.join(dir, 'node_modules', pkg.name)).map((p) => `dist: ${p}`));
  return failures;
}

async function testProject(project, tmp, source, log) {
  const dir = path.join(tmp, project.id);
  const timings = {};
  writeProject(project, dir);
  const plugin = project.install === 'git' ? source.git : source.tarball;
  const deps = [project.eslint, ...project.deps];
  log(`installing ${deps.join(' ')} and ${project.install === 'git' ? `git+file (a clone of the working tree)` : 'the tarball'}`);
  const install = await npm(['install', '--no-audit', '--no-fund', '--loglevel=error', plugin, ...deps], { cwd: dir, timeout: INSTALL_TIMEOUT });
  timings.install = install.ms;
  if (install.code !== 0) {
    return { failures: [`npm install failed (exit ${install.code ?? install.signal}):\n${indent(tail(install.stdout + install.stderr), '  ')}`], timings, version: '?' };
  }
  const failures = [];
  for (const entry of ['dist/index.cjs', 'dist/esm/index.js', 'dist/esm/index.d.ts']) {
    if (!fs.existsSync(path.join(dir, 'node_modules', pkg.name, entry))) failures.push(`the installed plugin has no ${entry}`);
  }
  const eslintPkg = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', 'eslint', 'package.json'), 'utf8'));
  const [major, minor] = eslintPkg.version.split('.').map(Number);
  if (major !== project.major || (project.minMinor !== undefined && minor < project.minMinor)) {
    failures.push(`installed eslint ${eslintPkg.version} does not match ${project.eslint}`);
  }
  const eslintBin = path.join(dir, 'node_modules', 'eslint', typeof eslintPkg.bin === 'string' ? eslintPkg.bin : eslintPkg.bin.eslint);
  const env = cleanEnv(project.env);
  const started = Date.now();
  failures.push(...(await cliChecks(project, dir, eslintBin, env)));
  failures.push(...(await apiChecks(project, dir, env)));
  failures.push(...(await extraChecks(project, dir, eslintBin, env)));
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
    const source = {};
    try {
      const packed = await pack(tmp);
      source.tarball = packed.tarball;
      console.log(`packed ${path.basename(packed.tarball)} (${packed.fileCount} files, ${(packed.bytes / 1024).toFixed(1)} kB)`);
      if (PROJECTS.some((project) => project.install === 'git')) source.git = await gitSnapshot(tmp);
    } catch (error) {
      console.log(`FAIL  preparing the package: ${error.message}`);
      failed = PROJECTS.length;
      return;
    }
    // The git install (npm clones, installs devDependencies and builds) is the slowest: start it first.
    const order = PROJECTS.map((project, i) => i).sort((a, b) => Number(PROJECTS[b].install === 'git') - Number(PROJECTS[a].install === 'git'));
    const outcomes = new Array(PROJECTS.length);
    await pool(order, 2, async (i) => {
      const project = PROJECTS[i];
      const log = (text) => console.log(`[${project.id}] ${text}`);
      try {
        outcomes[i] = await testProject(project, tmp, source, log);
      } catch (error) {
        outcomes[i] = { failures: [`crashed: ${error.stack ?? error}`], timings: {}, version: '?' };
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
