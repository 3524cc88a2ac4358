/**
 * The modules where an app sets up its HTTP clients, which the linted module
 * does not import: the app's entry modules, found by name in the linted
 * module's folder and each folder above it up to the package root (`main`,
 * `bootstrap`, `app.config`, `app.module`, `pages/_app`, `app/layout`; at the
 * root also `index`, `src/…` and the package.json `main` / `module`), and the
 * modules they import, followed a few imports deep: imports for side effect
 * (`import './api/interceptors'`), imports of modules that register
 * set-up themselves (a `setupAxios()` the entry calls), and what the modules
 * an entry imports by name (its root component) import for side effect.
 *
 * The search is bounded: a few levels of imports, a budget of modules read
 * and parsed. When it stops before a module that could hold set-up (one
 * imported for side effect, or one whose text registers set-up), or such a
 * module is missing or does not parse, the search is incomplete and the
 * set-up reads as unknown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadModuleFile, readModuleText, resolveModuleFile } from '../core/module-files.js';
import type { ValueContext } from '../core/values.js';

/** Entry modules looked for in every folder from the linted module up to the package root. */
const LEVEL_ENTRIES = ['main', 'bootstrap', 'app.config', 'app.module', 'pages/_app', 'app/layout'];
/** Entry modules looked for at the package root only. */
const ROOT_ENTRIES = ['index', 'src/index', 'src/main', 'src/bootstrap', 'src/app/app.config', 'src/app/app.module', 'src/pages/_app', 'src/app/layout', 'resources/js/app', 'resources/js/bootstrap'];
const MAX_LEVELS = 6;
/** Imports followed from an entry module. */
const MAX_IMPORT_DEPTH = 3;
/** Modules whose text the search reads (entries, and imports for side effect), modules imported by name it reads, and modules it parses. */
const TEXT_LIMIT = 32;
const NAMED_TEXT_LIMIT = 64;
const PARSE_LIMIT = 8;
/** Imports of one module considered. */
const MAX_IMPORTS = 64;
const MAX_LISTINGS = 256;

/** package.json entries that name built output rather than the app's source. */
const BUILD_OUTPUT = /(?:^|\/)(?:node_modules|dist|build|out|\.next)\//;
const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
/** Text of a module that may hold client set-up: it is parsed and read. */
export const SETUP_TEXT = /withCredentials|interceptors|withInterceptors|HTTP_INTERCEPTORS/;
/** Text of a module that registers set-up: a module imported by name is followed when it holds this. */
const REGISTRATION_TEXT = /\binterceptors\s*\.\s*request\s*\.\s*use\b|\bdefaults\s*\.\s*withCredentials\b|\bwithInterceptors\s*\(|\bHTTP_INTERCEPTORS\b/;
const SIDE_EFFECT_IMPORT = /\bimport\s*(['"])([^'"\n]+)\1/g;
const FROM_IMPORT = /\b(?:import|export)\s+(type\s+)?[^'";]{0,500}?\bfrom\s*(['"])([^'"\n]+)\2/g;
/** `require('./x')` as a statement of its own (side effect), or as a value. */
const REQUIRE = /(^|[;{}])[ \t]*require\(\s*(['"])([^'"\n]+)\2\s*\)|\brequire\(\s*(['"])([^'"\n]+)\4\s*\)/gm;

interface ImportRef {
  readonly specifier: string;
  /** Imported for its side effect only: `import './x'`, a `require('./x')` statement. */
  readonly sideEffect: boolean;
}

/** The imports written in a module's text (type-only imports left out), at most `MAX_IMPORTS`. */
export function importsOf(text: string): ImportRef[] {
  const found: ImportRef[] = [];
  for (const m of text.matchAll(SIDE_EFFECT_IMPORT)) found.push({ specifier: m[2]!, sideEffect: true });
  for (const m of text.matchAll(FROM_IMPORT)) if (!m[1]) found.push({ specifier: m[3]!, sideEffect: false });
  for (const m of text.matchAll(REQUIRE)) found.push(m[3] !== undefined ? { specifier: m[3], sideEffect: true } : { specifier: m[5]!, sideEffect: false });
  return found.slice(0, MAX_IMPORTS);
}

interface Listing {
  readonly mtimeMs: number;
  /** Entry names of the folder, and its source files by name without extension. */
  readonly names: ReadonlySet<string>;
  readonly sources: ReadonlyMap<string, string>;
}

const listings = new Map<string, Listing>();

/** The folder's entries, cached while its modification time is unchanged. */
function listingOf(dir: string): Listing | null {
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(dir).mtimeMs;
  } catch {
    return null;
  }
  const cached = listings.get(dir);
  if (cached && cached.mtimeMs === mtimeMs) return cached;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return null;
  }
  const sources = new Map<string, string>();
  for (const name of names) {
    const ext = SOURCE_FILE.exec(name);
    const stem = ext ? name.slice(0, ext.index) : null;
    // A TypeScript source wins over its compiled JavaScript.
    if (stem !== null && (!sources.has(stem) || name.endsWith('ts') || name.endsWith('tsx'))) sources.set(stem, name);
  }
  if (listings.size >= MAX_LISTINGS) listings.delete(listings.keys().next().value!);
  const listing: Listing = { mtimeMs, names: new Set(names), sources };
  listings.set(dir, listing);
  return listing;
}

/** The source file `entry` (`main`, `pages/_app`) names under `dir`, or null. */
function entryFile(dir: string, entry: string): string | null {
  const parts = entry.split('/');
  let current = dir;
  for (const folder of parts.slice(0, -1)) {
    if (!listingOf(current)?.names.has(folder)) return null;
    current = path.join(current, folder);
  }
  const name = listingOf(current)?.sources.get(parts[parts.length - 1]!);
  return name ? path.join(current, name) : null;
}

/** The package.json `main` and `module` entries of a package root. */
function packageEntries(dir: string): string[] {
  try {
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    return [json.main, json.module]
      .filter((v): v is string => typeof v === 'string' && !BUILD_OUTPUT.test(v))
      .map((v) => resolveModuleFile(path.join(dir, 'package.json'), v.startsWith('.') ? v : `./${v}`))
      .filter((f): f is string => f !== null && SOURCE_FILE.test(f));
  } catch {
    return [];
  }
}

/** The entry modules of the app the module at `filename` belongs to, nearest first. */
export function entryModules(filename: string): string[] {
  const found: string[] = [];
  let dir = path.dirname(filename);
  for (let level = 0; level <= MAX_LEVELS; level++) {
    const listing = listingOf(dir);
    if (!listing) break;
    for (const entry of LEVEL_ENTRIES) {
      const file = entryFile(dir, entry);
      if (file && !found.includes(file)) found.push(file);
    }
    if (listing.names.has('package.json')) {
      for (const file of [...ROOT_ENTRIES.map((e) => entryFile(dir, e)), ...packageEntries(dir)]) {
        if (file && !found.includes(file)) found.push(file);
      }
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return found;
}

export interface SetupModules {
  /** The modules read, parsed. */
  readonly modules: readonly ValueContext[];
  /** A module that could hold set-up was not read: the set-up is unknown. */
  readonly incomplete: boolean;
}

interface Step {
  readonly file: string;
  readonly depth: number;
  /** How the module is reached: an entry, an import for side effect, or an import by name. */
  readonly via: 'entry' | 'side-effect' | 'named';
}

/** The JavaScript or TypeScript module of the project `specifier` names from `file`, or null. */
function sourceFile(file: string, specifier: string): string | null {
  const target = resolveModuleFile(file, specifier);
  return target && SOURCE_FILE.test(target) ? target : null;
}

/** The set-up modules of the app the linted module belongs to, within the search's bounds. */
export function findSetupModules(ctx: ValueContext): SetupModules {
  const modules: ValueContext[] = [];
  if (!ctx.filename || !ctx.parseModule || !path.isAbsolute(ctx.filename)) return { modules, incomplete: false };
  const budget = (limit: number): ValueContext => ({ ...ctx, moduleBudget: { limit, followed: new Set() } });
  // Modules imported by name are read only to see whether they register set-up: they have a budget of their own.
  const texts = { entry: budget(TEXT_LIMIT), 'side-effect': budget(TEXT_LIMIT), named: budget(NAMED_TEXT_LIMIT) };
  const parses = budget(PARSE_LIMIT);
  const queue: Step[] = entryModules(ctx.filename).map((file) => ({ file, depth: 0, via: 'entry' }));
  const seen = new Set<string>();
  let incomplete = false;
  for (let i = 0; i < queue.length && !incomplete; i++) {
    const { file, depth, via } = queue[i]!;
    if (seen.has(file)) continue;
    const own = file === ctx.filename;
    const text = own ? ctx.sourceCode.text : readModuleText(texts[via], file);
    // Past the budget, or too large to read: an imported module may hold set-up (an entry is only a name).
    if (text === null) incomplete = via !== 'entry';
    if (text === null) continue;
    const registers = REGISTRATION_TEXT.test(text);
    // A module an entry imports by name without registering set-up (the root component) is read only for what it imports for side effect.
    const sideEffectsOnly = via === 'named' && !registers;
    if (sideEffectsOnly && depth > 1) continue;
    seen.add(file);
    const couldSetUp = registers || (via === 'side-effect' && SETUP_TEXT.test(text));
    const imports = sideEffectsOnly ? importsOf(text).filter((ref) => ref.sideEffect) : importsOf(text);
    // Past the last level followed: unknown when the module could set up, or imports more for side effect.
    if (depth > MAX_IMPORT_DEPTH) {
      incomplete = couldSetUp || imports.some((ref) => ref.sideEffect && sourceFile(file, ref.specifier) !== null);
      continue;
    }
    if (!own && !sideEffectsOnly && SETUP_TEXT.test(text)) {
      const module = loadModuleFile(parses, file);
      if (module) modules.push(module);
      else if (couldSetUp) incomplete = true;
    }
    for (const ref of imports) {
      const target = sourceFile(file, ref.specifier);
      if (target) queue.push({ file: target, depth: depth + 1, via: ref.sideEffect ? 'side-effect' : 'named' });
      // A relative module imported for its side effect that is not there: whatever it would set up is unknown.
      else if (ref.sideEffect && !resolveModuleFile(file, ref.specifier) && ref.specifier.startsWith('.') && (!path.extname(ref.specifier) || SOURCE_FILE.test(ref.specifier))) incomplete = true;
    }
  }
  return { modules, incomplete };
}
