#!/usr/bin/env node
// Field test: installs packages that set CORS headers or configure CORS
// middleware into .tmp/field (never into the project), lints the sources they
// ship with the plugin's `recommended` and `all` configs, and writes every
// report to a JSON file for review (docs/field-test.md holds the verdicts).
//
//   node scripts/field-test.mjs [--no-install] [--out .tmp/field/result.json] [--max-kb 3000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureInstalled } from './lib/body-of-code.mjs';
import { describeMachine, loadBuiltPlugin, loadToolchain, PROJECT_ROOT } from './lib/lint-setup.mjs';
import { listPackageFiles, listPackages } from './lib/source-files.mjs';
import { createSweeper } from './lib/sweep-core.mjs';

/** Servers, proxies, dev servers, mock-API tools and CORS middleware, pinned. */
export const FIELD_PACKAGES = [
  '@apollo/server@5.5.1',
  '@elysiajs/cors@1.4.2',
  '@fastify/cors@11.4.3',
  '@hapi/hapi@21.4.10',
  '@koa/cors@5.0.0',
  'apollo-server-express@3.13.0',
  'browser-sync@3.0.4',
  'cors@2.8.6',
  'cors-anywhere@0.4.4',
  'corser@2.0.1',
  'express-http-proxy@2.1.2',
  'graphql-yoga@5.24.1',
  'h3@2.0.8',
  'hono@4.13.19',
  'http-proxy-middleware@3.0.11',
  'http-server@14.1.1',
  'itty-router@5.0.24',
  'json-server@0.17.4',
  'live-server@1.2.2',
  'local-cors-proxy@1.1.0',
  'micro-cors@0.1.1',
  'miragejs@0.1.48',
  'msw@2.15.0',
  'serve@14.2.7',
  'socket.io@4.8.4',
  'verdaccio@6.8.0',
  'vite@8.3.8',
  'webpack-dev-server@5.2.7',
];

/** Dependencies of those packages that hold their CORS code, linted as well. */
const ALSO_LINT = new Set([
  'serve-handler',
  '@whatwg-node/server',
  '@verdaccio/middleware',
  '@verdaccio/server',
  '@verdaccio/api',
  'browser-sync-ui',
  'http-proxy',
  '@tinyhttp/cors',
]);

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const fieldDir = path.join(PROJECT_ROOT, '.tmp', 'field');
const out = path.resolve(opt('--out', path.join(fieldDir, 'result.json')));
const maxBytes = Number(opt('--max-kb', '3000')) * 1024;

const toolchain = await loadToolchain();
const plugin = await loadBuiltPlugin();
const machine = await describeMachine(os, toolchain.versions, plugin);

if (!args.includes('--no-install')) {
  ensureInstalled(fieldDir, FIELD_PACKAGES, { npmArgs: ['--omit=optional'] });
}

const wanted = new Set(FIELD_PACKAGES.map((spec) => spec.slice(0, spec.lastIndexOf('@'))));
const packages = [];
const seen = new Set();
for (const pkg of listPackages([path.join(fieldDir, 'node_modules')])) {
  const key = `${pkg.name}@${pkg.version}`;
  if (seen.has(key)) continue;
  if (!wanted.has(pkg.name) && !ALSO_LINT.has(pkg.name) && !/(^|[/-])cors($|[/-])/.test(pkg.name)) continue;
  seen.add(key);
  packages.push(pkg);
}

const sweepers = {
  recommended: createSweeper({ ...toolchain, plugin, configName: 'recommended' }),
  all: createSweeper({ ...toolchain, plugin, configName: 'all' }),
};
const rel = (file) => path.relative(path.join(fieldDir, 'node_modules'), file);
const result = { machine, date: new Date().toISOString().slice(0, 10), packages: [], reports: [], failures: [] };
console.log(`field test: ${packages.length} packages, ${machine.plugin}, eslint ${machine.eslint}`);
for (const pkg of packages) {
  const files = listPackageFiles(pkg.dir, { maxBytes });
  let linted = 0;
  let skipped = 0;
  const counts = { recommended: 0, all: 0 };
  for (const { file } of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const [configName, sweeper] of Object.entries(sweepers)) {
      const r = sweeper.sweep(text, file);
      if (r.skipped) {
        if (configName === 'recommended') skipped++;
        continue;
      }
      if (configName === 'recommended') linted++;
      if (r.crash || r.reparseError || r.notIdempotent || r.badSuggestions.length) {
        result.failures.push({ config: configName, file: rel(file), crash: r.crash, reparseError: r.reparseError, notIdempotent: r.notIdempotent, badSuggestions: r.badSuggestions });
      }
      for (const m of r.messages ?? []) {
        counts[configName]++;
        result.reports.push({
          config: configName,
          package: `${pkg.name}@${pkg.version}`,
          file: rel(file),
          line: m.line,
          column: m.column,
          rule: m.ruleId.replace(/^cors\//, ''),
          message: m.message,
          fixable: Boolean(m.fix),
          suggestions: (m.suggestions ?? []).length,
          source: text.split('\n')[m.line - 1]?.trim().slice(0, 160) ?? '',
        });
      }
    }
  }
  result.packages.push({ name: pkg.name, version: pkg.version, files: files.length, linted, skipped, reports: counts });
  console.log(
    `${`${pkg.name}@${pkg.version}`.padEnd(40)} ${String(linted).padStart(5)} files linted (${skipped} not parseable)  ` +
      `recommended ${counts.recommended}, all ${counts.all}`,
  );
}

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);

// Markdown tables for docs/field-test.md (the verdicts are written by hand).
const md = ['| package | files linted | reports (recommended) | reports (all) |', '| --- | ---: | ---: | ---: |'];
for (const p of result.packages) {
  if (p.linted === 0) continue;
  md.push(`| \`${p.name}@${p.version}\` | ${p.linted} | ${p.reports.recommended} | ${p.reports.all} |`);
}
md.push('', '| config | location | rule | code |', '| --- | --- | --- | --- |');
for (const r of result.reports) {
  const inRecommended = r.config === 'all' && result.reports.some((y) => y.config === 'recommended' && y.file === r.file && y.line === r.line && y.rule === r.rule);
  if (inRecommended) continue;
  const code = r.source.length > 90 ? `${r.source.slice(0, 87)}…` : r.source;
  md.push(`| ${r.config} | \`${r.file}:${r.line}:${r.column}\` | ${r.rule} | \`${code.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`);
}
fs.writeFileSync(out.replace(/\.json$/, '.md'), `${md.join('\n')}\n`);
console.log(`\nreports (recommended): ${result.reports.filter((r) => r.config === 'recommended').length}`);
for (const r of result.reports.filter((x) => x.config === 'recommended')) {
  console.log(`  ${r.file}:${r.line}:${r.column} ${r.rule}  ${r.source}`);
}
console.log(`reports (all): ${result.reports.filter((r) => r.config === 'all').length}`);
for (const r of result.reports.filter((x) => x.config === 'all' && !result.reports.some((y) => y.config === 'recommended' && y.file === x.file && y.line === x.line && y.rule === x.rule))) {
  console.log(`  ${r.file}:${r.line}:${r.column} ${r.rule}  ${r.source}`);
}
console.log(`exceptions or unsafe fixes: ${result.failures.length}`);
for (const f of result.failures) console.log(`  ${f.config} ${f.file}: ${f.crash ?? f.reparseError ?? (f.notIdempotent ? 'second pass changes the file' : f.badSuggestions.join('; '))}`);
console.log(`wrote ${path.relative(PROJECT_ROOT, out)}`);
