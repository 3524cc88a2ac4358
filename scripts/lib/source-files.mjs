// Finds the JavaScript and TypeScript sources of installed packages: the body of
// real code the benchmark, the sweep and the field test lint.
import fs from 'node:fs';
import path from 'node:path';

export const SOURCE_EXTENSIONS = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;
const DECLARATION = /\.d\.[cm]?ts$|\.d\.[^.]+\.ts$/;
const MINIFIED = /[.-]min\.[cm]?js$/;
const SKIPPED_DIRS = new Set(['.git', '.bin', '.cache']);

/** Default upper size of one file: larger files are minified or generated bundles. */
export const MAX_FILE_BYTES = 500 * 1024;

/**
 * Packages under one or more `node_modules` folders, nested ones included,
 * each as `{ name, version, dir }`, sorted by name, then version, then folder.
 */
export function listPackages(nodeModulesDirs) {
  const packages = [];
  const visitModules = (modulesDir) => {
    let entries;
    try {
      entries = fs.readdirSync(modulesDir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const dir = path.join(modulesDir, entry.name);
      if (entry.name.startsWith('@')) {
        visitModules(dir);
        continue;
      }
      const pkg = readPackageJson(dir);
      if (!pkg) continue;
      packages.push({ name: pkg.name ?? entry.name, version: pkg.version ?? '0.0.0', dir });
      visitModules(path.join(dir, 'node_modules'));
    }
  };
  for (const dir of nodeModulesDirs) visitModules(dir);
  return packages.sort((a, b) => cmp(a.name, b.name) || cmp(a.version, b.version) || cmp(a.dir, b.dir));
}

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function readPackageJson(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  } catch {
    return null;
  }
}

/** Calls `onFile(path, name)` for every file of one package, not entering its nested dependencies or tool folders. */
export function visitPackageFiles(pkgDir, onFile) {
  const visit = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !SKIPPED_DIRS.has(entry.name)) visit(full);
      } else if (entry.isFile()) {
        onFile(full, entry.name);
      }
    }
  };
  visit(pkgDir);
}

/**
 * Source files of one package (not of its nested dependencies), sorted by path.
 * Skips declaration files, `*.min.js` and files above `maxBytes`.
 */
export function listPackageFiles(pkgDir, { maxBytes = MAX_FILE_BYTES } = {}) {
  const files = [];
  visitPackageFiles(pkgDir, (full, name) => {
    if (!SOURCE_EXTENSIONS.test(name) || DECLARATION.test(name) || MINIFIED.test(name)) return;
    let size;
    try {
      size = fs.statSync(full).size;
    } catch {
      return;
    }
    if (size > 0 && size <= maxBytes) files.push({ file: full, size });
  });
  return files.sort((a, b) => cmp(a.file, b.file));
}

/** `count` items spread evenly over `items` (all of them when there are fewer): a deterministic sample. */
export function spread(items, count) {
  if (items.length <= count) return items.slice();
  const picked = [];
  for (let i = 0; i < count; i++) picked.push(items[Math.floor((i * items.length) / count)]);
  return picked;
}

/**
 * The sources of every package found under `nodeModulesDirs`, one copy per
 * `name@version`, at most `perPackage` files per package (spread over the
 * package), then at most `limit` files overall (spread over the list).
 * The result is deterministic for a given set of installed packages.
 */
export function collectSourceFiles(nodeModulesDirs, { perPackage = 250, limit = Infinity, maxBytes = MAX_FILE_BYTES, include } = {}) {
  const seen = new Set();
  const all = [];
  for (const pkg of listPackages(nodeModulesDirs)) {
    const key = `${pkg.name}@${pkg.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (include && !include(pkg)) continue;
    for (const entry of spread(listPackageFiles(pkg.dir, { maxBytes }), perPackage)) {
      all.push({ ...entry, pkg: key });
    }
  }
  return Number.isFinite(limit) ? spread(all, limit) : all;
}
