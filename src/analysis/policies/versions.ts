/**
 * The version of a package a file uses, from the nearest package.json: its
 * dependency range (lowest version it admits), else the installed package's
 * own package.json. Read files are cached per path, the cache is bounded, and
 * a missing or invalid file means "unknown" (then the latest behaviour holds).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Directories walked up from the linted file. */
const MAX_LEVELS = 12;
/** package.json files kept (parsed, or known to be missing). */
const MAX_CACHED = 500;
const MAX_FILE_SIZE = 512 * 1024;

type Manifest = { readonly version?: unknown; readonly [section: string]: unknown } | null;

const manifests = new Map<string, Manifest>();

function readManifest(file: string): Manifest {
  if (manifests.has(file)) return manifests.get(file)!;
  let manifest: Manifest = null;
  try {
    const stat = fs.statSync(file);
    if (stat.isFile() && stat.size <= MAX_FILE_SIZE) {
      const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) manifest = parsed as Manifest;
    }
  } catch {
    manifest = null;
  }
  if (manifests.size >= MAX_CACHED) manifests.delete(manifests.keys().next().value!);
  manifests.set(file, manifest);
  return manifest;
}

/** `[major, minor, patch]` of the lowest version a range or version string admits (`^4.12.10`, `~5.0`, `4.x`). */
export function parseVersion(text: unknown): readonly number[] | null {
  if (typeof text !== 'string') return null;
  const match = /(\d+)(?:\.(\d+|[x*]))?(?:\.(\d+|[x*]))?/.exec(text.split('||')[0]!);
  if (!match) return null;
  return [1, 2, 3].map((i) => (match[i] && /^\d+$/.test(match[i]!) ? Number(match[i]) : 0));
}

/** Negative, zero or positive as `a` is below, equal to or above `b`. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

const SECTIONS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/** The version of `pkg` used by the file `filename`, or null when it cannot be told. */
export function packageVersion(filename: string | undefined, pkg: string): readonly number[] | null {
  if (!filename || !path.isAbsolute(filename)) return null;
  let dir = path.dirname(filename);
  for (let level = 0; level < MAX_LEVELS; level++) {
    const manifest = readManifest(path.join(dir, 'package.json'));
    if (manifest) {
      for (const section of SECTIONS) {
        const deps = manifest[section];
        if (deps && typeof deps === 'object' && pkg in deps) {
          const range = parseVersion((deps as Record<string, unknown>)[pkg]);
          if (range) return range;
        }
      }
    }
    const installed = readManifest(path.join(dir, 'node_modules', pkg, 'package.json'));
    const version = installed ? parseVersion(installed.version) : null;
    if (version) return version;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
