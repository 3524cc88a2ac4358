// The body of real code shared by the benchmark and the sweep: sources of the
// project's own node_modules plus a fixed list of well-known packages installed
// into .tmp/bench-corpus (never into the project).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './lint-setup.mjs';
import { collectSourceFiles } from './source-files.mjs';

/** Mid-size packages of many kinds (servers, utilities, data, TypeScript sources), pinned. */
export const BENCH_PACKAGES = [
  '@apollo/server@5.5.1',
  '@babel/core@7.29.13',
  '@babel/traverse@7.29.15',
  '@koa/router@15.7.0',
  '@reduxjs/toolkit@2.15.0',
  '@tanstack/query-core@5.108.4',
  '@trpc/server@11.25.2',
  'ajv@8.20.0',
  'axios@1.21.1',
  'commander@14.0.3',
  'date-fns@4.4.0',
  'drizzle-orm@0.45.4',
  'express@5.3.0',
  'fastify@5.12.8',
  'fp-ts@2.16.11',
  'graphql@16.15.0',
  'h3@2.0.8',
  'hono@4.13.19',
  'immer@11.2.10',
  'jquery@4.0.0',
  'koa@3.3.0',
  'lodash@4.18.1',
  'luxon@3.7.2',
  'moment@2.31.0',
  'mongoose@9.12.1',
  'ramda@0.32.0',
  'redux@5.0.1',
  'rxjs@7.8.2',
  'socket.io@4.8.4',
  'webpack@5.113.0',
  'yargs@18.2.0',
  'zod@4.6.7',
];

export const BENCH_CORPUS_DIR = path.join(PROJECT_ROOT, '.tmp', 'bench-corpus');

/** The folder a spec installs into: `name@1.2.3` → `name`; an alias `folder@npm:name@1.2.3` → `folder`. */
function specName(spec) {
  const alias = spec.indexOf('@npm:');
  if (alias > 0) return spec.slice(0, alias);
  const at = spec.lastIndexOf('@');
  return at > 0 ? spec.slice(0, at) : spec;
}

function specVersion(spec) {
  const at = spec.lastIndexOf('@');
  return at > 0 ? spec.slice(at + 1) : null;
}

function installedVersion(dir, name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/**
 * Installs `specs` (name@version) into `dir` with npm, unless every one is
 * already there at that version. Lifecycle scripts are not run.
 */
export function ensureInstalled(dir, specs, { log = console.error, npmArgs = [] } = {}) {
  const missing = specs.filter((spec) => {
    const version = specVersion(spec);
    const installed = installedVersion(dir, specName(spec));
    return installed === null || (version !== null && /^\d/.test(version) && installed !== version);
  });
  if (missing.length === 0) return false;
  fs.mkdirSync(dir, { recursive: true });
  const pkgFile = path.join(dir, 'package.json');
  if (!fs.existsSync(pkgFile)) fs.writeFileSync(pkgFile, `${JSON.stringify({ name: path.basename(dir), private: true }, null, 2)}\n`);
  log(`installing ${missing.length} package(s) into ${path.relative(PROJECT_ROOT, dir)} …`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', ...npmArgs, ...specs], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return true;
}

/**
 * The benchmark and sweep files: the project's node_modules and, when
 * installed, .tmp/bench-corpus/node_modules, at most `perPackage` files per
 * package and `limit` files in all (deterministic).
 */
export function benchFiles({ limit = 6000, perPackage = 250, projectOnly = false } = {}) {
  const roots = [path.join(PROJECT_ROOT, 'node_modules')];
  if (!projectOnly) roots.push(path.join(BENCH_CORPUS_DIR, 'node_modules'));
  return collectSourceFiles(roots, { limit, perPackage });
}
