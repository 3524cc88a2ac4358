#!/usr/bin/env node
// Field test: installs the CORS libraries, configuration sources and clients
// the plugin models, plus starter templates and example apps, into .tmp/field
// (never into the project), lints the sources they ship with the plugin's
// `recommended` and `all` configs, and writes every report to a JSON file for
// review (docs/field-test.md holds the verdicts).
//
//   node scripts/field-test.mjs [--no-install] [--out .tmp/field/result.json] [--max-kb 3000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_PACKAGES } from './lib/bench-bodies.mjs';
import { ensureInstalled } from './lib/body-of-code.mjs';
import { createDeploymentLinter, listDeploymentFiles } from './lib/deployment-files.mjs';
import { describeMachine, loadBuiltPlugin, loadToolchain, PROJECT_ROOT } from './lib/lint-setup.mjs';
import { listPackageFiles, listPackages } from './lib/source-files.mjs';
import { createSweeper } from './lib/sweep-core.mjs';

/**
 * What the field test installs, pinned, in the groups docs/field-test.md
 * reports: the CORS libraries, configuration sources and clients the plugin
 * models, and applications. `folder@npm:name@version` installs an older
 * release beside the current one.
 */
export const FIELD_GROUPS = [
  {
    id: 'servers',
    title: 'CORS middleware and server frameworks',
    packages: [
      '@apollo/server@5.5.1',
      'apollo-server-4@npm:@apollo/server@4.13.0',
      '@elysiajs/cors@1.4.2',
      '@fastify/cors@11.4.3',
      '@hapi/hapi@21.4.10',
      '@koa/cors@5.0.0',
      '@middy/http-cors@7.9.2',
      '@nestjs/common@12.5.1',
      '@nestjs/core@12.5.1',
      '@nestjs/platform-express@12.5.1',
      '@nestjs/platform-socket.io@12.1.1',
      '@nestjs/websockets@12.1.1',
      '@trpc/server@11.25.2',
      '@whatwg-node/server@0.13.0',
      'whatwg-node-server-0-11@npm:@whatwg-node/server@0.11.0',
      'apollo-server-express@3.13.0',
      'cors@2.8.6',
      'corser@2.0.1',
      'graphql-yoga@5.24.1',
      'h3@2.0.8',
      'h3-1@npm:h3@1.15.11',
      'hono@4.13.19',
      'hono-4-12@npm:hono@4.12.24',
      'itty-router@5.0.24',
      'itty-router-4@npm:itty-router@4.2.2',
      'micro-cors@0.1.1',
      'socket.io@4.8.4',
    ],
  },
  {
    id: 'configs',
    title: 'Dev servers, proxies, mock APIs and deployment configuration',
    packages: [
      'aws-cdk-lib@2.276.0',
      'browser-sync@3.0.4',
      'cors-anywhere@0.4.4',
      'express-http-proxy@2.1.2',
      'http-proxy-middleware@3.0.11',
      'http-server@14.1.1',
      'json-server@0.17.4',
      'live-server@1.2.2',
      'local-cors-proxy@1.1.0',
      'miragejs@0.1.48',
      'msw@2.15.0',
      'nitro@3.0.0',
      'nitropack@2.13.6',
      'serve@14.2.7',
      'serverless@3.40.0',
      'verdaccio@6.8.0',
      'vite@8.3.8',
      'webpack-dev-server@5.2.7',
      'webpack-dev-server-6@npm:webpack-dev-server@6.1.0',
    ],
  },
  {
    id: 'clients',
    title: 'HTTP, GraphQL and socket clients',
    packages: [
      '@angular/common@22.2.6',
      '@apollo/client@4.3.8',
      '@reduxjs/toolkit@2.15.0',
      '@tanstack/query-core@5.108.4',
      '@urql/core@6.0.3',
      'axios@1.21.1',
      'graphql-request@7.4.0',
      'jquery@4.0.0',
      'ky@2.1.0',
      'nuxt@4.5.2',
      'ofetch@1.5.1',
      'socket.io-client@4.8.4',
      'superagent@10.4.2',
      'swr@2.5.1',
      'urql@5.0.4',
    ],
  },
  { id: 'apps', title: 'Starter templates and example apps', packages: APP_PACKAGES },
];

export const FIELD_PACKAGES = FIELD_GROUPS.flatMap((group) => group.packages);

/** Dependencies of those packages that hold their CORS code, linted as well, with their group. */
const ALSO_LINT = new Map([
  ['serve-handler', 'configs'],
  ['@verdaccio/middleware', 'configs'],
  ['@verdaccio/server', 'configs'],
  ['@verdaccio/api', 'configs'],
  ['browser-sync-ui', 'configs'],
  ['http-proxy', 'configs'],
  ['@tinyhttp/cors', 'servers'],
]);

/** Packages too large to lint whole: only these folders (their CORS code) are linted. */
const LINT_ONLY = new Map([['aws-cdk-lib', ['aws-apigateway', 'aws-apigatewayv2', 'aws-lambda', 'aws-s3', 'aws-cloudfront']]]);

/** The package name a spec installs: `name@1.2.3` → `name`; `folder@npm:name@1.2.3` → `name`. */
const packageName = (spec) => {
  const target = spec.includes('@npm:') ? spec.slice(spec.indexOf('@npm:') + 5) : spec;
  return target.slice(0, target.lastIndexOf('@'));
};

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
  // Peer dependencies are not needed to lint a package's own sources, and some of these disagree.
  ensureInstalled(fieldDir, FIELD_PACKAGES, { npmArgs: ['--omit=optional', '--legacy-peer-deps'] });
}

const groupOf = new Map([...ALSO_LINT]);
for (const group of FIELD_GROUPS) for (const spec of group.packages) groupOf.set(packageName(spec), group.id);
// One copy of each name@version, the least nested one (`h3-1/`, not `@nuxt/devtools/node_modules/h3/`).
const depth = (pkg) => pkg.dir.split(`${path.sep}node_modules${path.sep}`).length;
const found = listPackages([path.join(fieldDir, 'node_modules')]);
const chosen = new Map();
for (const pkg of [...found].sort((a, b) => depth(a) - depth(b))) {
  const key = `${pkg.name}@${pkg.version}`;
  const group = groupOf.get(pkg.name) ?? (/(^|[/-])cors($|[/-])/.test(pkg.name) ? 'servers' : null);
  if (group && !chosen.has(key)) chosen.set(key, { ...pkg, group });
}
const packages = found.filter((pkg) => chosen.get(`${pkg.name}@${pkg.version}`)?.dir === pkg.dir).map((pkg) => chosen.get(`${pkg.name}@${pkg.version}`));

const sweepers = {
  recommended: createSweeper({ ...toolchain, plugin, configName: 'recommended' }),
  all: createSweeper({ ...toolchain, plugin, configName: 'all' }),
};
const rel = (file) => path.relative(path.join(fieldDir, 'node_modules'), file);
const filesOf = (pkg) => {
  const only = LINT_ONLY.get(pkg.name);
  const files = listPackageFiles(pkg.dir, { maxBytes });
  return only ? files.filter(({ file }) => only.some((dir) => file.startsWith(path.join(pkg.dir, dir) + path.sep))) : files;
};
const deploymentLinters = await (async () => {
  const recommended = await createDeploymentLinter({ ...toolchain, plugin, configName: 'recommended' });
  const all = await createDeploymentLinter({ ...toolchain, plugin, configName: 'all' });
  return recommended && all ? { recommended, all } : null;
})();
const addReport = (configName, pkg, file, text, m) =>
  result.reports.push({
    config: configName,
    group: pkg.group,
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
const result = { machine, date: new Date().toISOString().slice(0, 10), packages: [], reports: [], failures: [] };
console.log(`field test: ${packages.length} packages, ${machine.plugin}, eslint ${machine.eslint}`);
for (const pkg of packages) {
  const files = filesOf(pkg);
  let linted = 0;
  let skipped = 0;
  let bytes = 0;
  const counts = { recommended: 0, all: 0 };
  const ms = { recommended: 0, all: 0 };
  for (const { file } of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const [configName, sweeper] of Object.entries(sweepers)) {
      const t0 = performance.now();
      const r = sweeper.sweep(text, file);
      ms[configName] += performance.now() - t0;
      if (r.skipped) {
        if (configName === 'recommended') skipped++;
        continue;
      }
      if (configName === 'recommended') {
        linted++;
        bytes += text.length;
      }
      if (r.crash || r.reparseError || r.notIdempotent || r.badSuggestions.length) {
        result.failures.push({ config: configName, file: rel(file), crash: r.crash, reparseError: r.reparseError, notIdempotent: r.notIdempotent, badSuggestions: r.badSuggestions });
      }
      for (const m of r.messages ?? []) {
        counts[configName]++;
        addReport(configName, pkg, file, text, m);
      }
    }
  }
  // Deployment files: reports and parse or rule failures (they have no fixes to check beyond the rules' own tests).
  const deploymentFiles = deploymentLinters ? listDeploymentFiles(pkg.dir) : [];
  for (const file of deploymentFiles) {
    const text = fs.readFileSync(file, 'utf8');
    for (const [configName, linter] of Object.entries(deploymentLinters)) {
      const r = linter.lint(text, file);
      if (r.crash || r.fatal) result.failures.push({ config: configName, file: rel(file), crash: r.crash ?? `parse error ${r.fatal}` });
      for (const m of r.messages) {
        counts[configName]++;
        addReport(configName, pkg, file, text, m);
      }
    }
  }
  const entry = {
    ...{ name: pkg.name, version: pkg.version, group: pkg.group, files: files.length, linted, skipped, bytes, deploymentFiles: deploymentFiles.length },
    ...{ reports: counts, ms: { recommended: Math.round(ms.recommended), all: Math.round(ms.all) } },
  };
  result.packages.push(entry);
  console.log(
    `${`${pkg.name}@${pkg.version}`.padEnd(44)} ${String(linted).padStart(5)} files linted (${skipped} not parseable` +
      `${deploymentFiles.length ? `, ${deploymentFiles.length} deployment files` : ''})  ` +
      `recommended ${counts.recommended}, all ${counts.all}  ${(entry.ms.recommended / 1000).toFixed(1)} s`,
  );
}

const onlyInAll = (r) => r.config === 'all' && !result.reports.some((y) => y.config === 'recommended' && y.file === r.file && y.line === r.line && y.column === r.column && y.rule === r.rule);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
fs.writeFileSync(out.replace(/\.json$/, '.md'), `${summaryMarkdown(result).join('\n')}\n`);
console.log(`\nreports (recommended): ${result.reports.filter((r) => r.config === 'recommended').length}`);
for (const r of result.reports.filter((x) => x.config === 'recommended')) console.log(`  ${r.file}:${r.line}:${r.column} ${r.rule}  ${r.source}`);
console.log(`reports (all): ${result.reports.filter((r) => r.config === 'all').length}`);
for (const r of result.reports.filter(onlyInAll)) console.log(`  ${r.file}:${r.line}:${r.column} ${r.rule}  ${r.source}`);
console.log(`exceptions or unsafe fixes: ${result.failures.length}`);
for (const f of result.failures) console.log(`  ${f.config} ${f.file}: ${f.crash ?? f.reparseError ?? (f.notIdempotent ? 'second pass changes the file' : f.badSuggestions.join('; '))}`);
console.log(`wrote ${path.relative(PROJECT_ROOT, out)}`);

/** The figures and tables of docs/field-test.md (the verdicts are written by hand). */
function summaryMarkdown({ packages: pkgs, reports }) {
  const sum = (list, f) => list.reduce((n, x) => n + f(x), 0);
  const md = [
    `${pkgs.filter((p) => p.linted > 0).length} packages, ${sum(pkgs, (p) => p.linted)} files linted ` +
      `and ${sum(pkgs, (p) => p.deploymentFiles)} deployment files ` +
      `(${(sum(pkgs, (p) => p.bytes) / 1e6).toFixed(1)} MB), lint with fix checks: recommended ` +
      `${(sum(pkgs, (p) => p.ms.recommended) / 1000).toFixed(1)} s, all ${(sum(pkgs, (p) => p.ms.all) / 1000).toFixed(1)} s`,
    '',
    '| rule | recommended | all |',
    '| --- | ---: | ---: |',
  ];
  const rules = [...new Set(reports.map((r) => r.rule))].sort();
  for (const rule of rules) {
    const n = (config) => reports.filter((r) => r.rule === rule && r.config === config).length;
    md.push(`| ${rule} | ${n('recommended')} | ${n('all')} |`);
  }
  for (const group of FIELD_GROUPS) {
    md.push('', `### ${group.title}`, '', '| package | files linted | reports (recommended) | reports (all) |', '| --- | ---: | ---: | ---: |');
    for (const p of pkgs.filter((x) => x.group === group.id && (x.linted > 0 || x.deploymentFiles > 0))) {
      const deployment = p.deploymentFiles ? ` (+${p.deploymentFiles} deployment)` : '';
      md.push(`| \`${p.name}@${p.version}\` | ${p.linted}${deployment} | ${p.reports.recommended} | ${p.reports.all} |`);
    }
  }
  md.push('', '| config | location | rule | code |', '| --- | --- | --- | --- |');
  for (const r of reports.filter((x) => x.config === 'recommended' || onlyInAll(x))) {
    const code = r.source.length > 90 ? `${r.source.slice(0, 87)}…` : r.source;
    md.push(`| ${r.config} | \`${r.file}:${r.line}:${r.column}\` | ${r.rule} | \`${code.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`);
  }
  return md;
}
