// Checks scripts/consumer-test.mjs makes on a consumer project. Each returns a list of failures.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

export const tail = (text, lines = 15) => text.trim().split('\n').slice(-lines).join('\n');
export const indent = (text, prefix = '      ') => text.split('\n').map((line) => prefix + line).join('\n');

function messageKey(m) {
  return `${m.file}:${m.line} ${m.ruleId ?? '(no rule)'}`;
}

/** Compares reported messages with the expected `file:line rule` set. */
export function compareMessages(what, messages, expected) {
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

export function compareText(what, actual, expected) {
  if (actual === expected) return [];
  const a = (actual ?? '').split('\n');
  const e = expected.split('\n');
  const line = e.findIndex((text, i) => a[i] !== text);
  const at = line === -1 ? e.length : line;
  return [`${what}: fixed text differs at line ${at + 1}\n  expected: ${JSON.stringify(e[at] ?? '<end of file>')}\n  actual:   ${JSON.stringify(a[at] ?? '<end of file>')}`];
}

export function parseJson(what, text) {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what}: output is not JSON:\n${tail(text)}`);
  }
}

/** Every installed copy of a package under `dir/node_modules`, nested ones included, as paths relative to `dir`. */
export function installedCopies(dir, name) {
  const found = [];
  const visit = (modules, depth) => {
    if (depth > 12 || !fs.existsSync(modules)) return;
    for (const entry of fs.readdirSync(modules)) {
      const scoped = entry.startsWith('@') ? fs.readdirSync(path.join(modules, entry)).map((sub) => `${entry}/${sub}`) : [entry];
      for (const pkgName of scoped) {
        const pkgDir = path.join(modules, pkgName);
        if (pkgName === name && fs.existsSync(path.join(pkgDir, 'package.json'))) found.push(path.relative(dir, pkgDir));
        visit(path.join(pkgDir, 'node_modules'), depth + 1);
      }
    }
  };
  visit(path.join(dir, 'node_modules'), 0);
  return found.sort();
}

/** Packages the installed plugin's JavaScript loads that are neither its dependencies nor Node built-ins. */
export function undeclaredDistImports(pluginDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(pluginDir, 'package.json'), 'utf8'));
  const allowed = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const problems = [];
  let files = 0;
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.[cm]?js$/.test(entry.name)) {
        files++;
        const code = fs.readFileSync(full, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
        const specifiers = [
          ...code.matchAll(/^\s*(?:import|export)\s+(?:[\w$*{},\s]+?\s+from\s+)?['"]([^'"]+)['"]/gm),
          ...code.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
        ].map((m) => m[1]);
        for (const spec of specifiers) {
          if (spec.startsWith('.') || spec.startsWith('node:') || builtinModules.includes(spec)) continue;
          const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
          if (!allowed.has(name)) problems.push(`${path.relative(pluginDir, full)} loads ${spec}`);
        }
      }
    }
  };
  visit(path.join(pluginDir, 'dist'));
  if (files === 0) problems.push('dist/ holds no JavaScript');
  return problems;
}

/**
 * An invalid `settings.cors` through the CLI: exit code 2, the one expected line
 * on its own (nothing ESLint appends to the message), and no stack trace.
 */
export function checkSettingsError(what, result, expectedLine) {
  const output = `${result.stdout}\n${result.stderr}`;
  const failures = [];
  if (result.code !== 2) failures.push(`${what}: expected exit code 2, got ${result.code ?? result.signal}`);
  const lines = output.split('\n');
  const at = lines.findIndex((line) => line.startsWith(expectedLine));
  if (at === -1) failures.push(`${what}: no line starting with ${JSON.stringify(expectedLine)}`);
  else if ((lines[at + 1] ?? '').trim() !== '') failures.push(`${what}: the message runs on: ${JSON.stringify(lines[at + 1])}`);
  if (/^\s+at /m.test(output)) failures.push(`${what}: printed a stack trace`);
  if (/TypeError|Cannot read properties/.test(output)) failures.push(`${what}: printed a TypeError`);
  if (failures.length > 0) failures.push(`${what}: output was:\n${indent(tail(output), '  ')}`);
  return failures;
}

/**
 * SARIF from @microsoft/eslint-formatter-sarif: one result per expected report, each naming
 * its rule, and every plugin rule in the run linking to its documentation page.
 */
export function checkSarif(what, result, sarifText, expectedRuleIds, docsUrl) {
  if (result.code !== 1) return [`${what}: expected exit code 1, got ${result.code ?? result.signal}\n${indent(tail(result.stderr || result.stdout), '  ')}`];
  let sarif;
  try {
    sarif = JSON.parse(sarifText);
  } catch {
    return [`${what}: the output file is not JSON`];
  }
  const run = sarif.runs?.[0];
  const failures = [];
  const ruleIds = (run?.results ?? []).map((r) => r.ruleId).sort();
  if (ruleIds.join() !== [...expectedRuleIds].sort().join()) failures.push(`${what}: results [${ruleIds.join(', ')}], expected [${[...expectedRuleIds].sort().join(', ')}]`);
  const rules = (run?.tool?.driver?.rules ?? []).filter((rule) => rule.id.startsWith('cors/'));
  if (rules.length === 0) failures.push(`${what}: the run describes no cors/ rule`);
  for (const rule of rules) {
    const expected = docsUrl(rule.id.slice('cors/'.length));
    if (rule.helpUri !== expected) failures.push(`${what}: ${rule.id} links to ${rule.helpUri}, expected ${expected}`);
  }
  return failures;
}
