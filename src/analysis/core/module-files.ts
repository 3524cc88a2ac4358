/**
 * Finding and reading the file a relative import names: extensions, `index`
 * files, `.js` specifiers written for `.ts` sources, and `paths` of the nearest
 * tsconfig.json. Parsed modules are kept across files, keyed by absolute path
 * and checked against the file's modification time and size once in each lint
 * that reads them (`beginLint`), so an edit is seen at the next lint; which
 * file a specifier names is remembered for a few seconds
 * (`RESOLUTION_LIFETIME_MS`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { registerForeignContext, type ValueContext } from './context.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Files larger than this are not read (generated bundles, data). */
const MAX_FILE_SIZE = 256 * 1024;
/** Most parsed modules kept. */
const MAX_CACHED = 200;
/** Directories walked up looking for a tsconfig.json. */
const MAX_TSCONFIG_LEVELS = 8;

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** The order a JavaScript module's imports are tried in: as Node finds them, JavaScript first (most of these lookups are of JavaScript packages' own files). */
const JS_FIRST = ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts'];
const JS_IMPORTER = /\.(?:[cm]?js|jsx)$/;
const TS_FOR_JS: Readonly<Record<string, readonly string[]>> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

interface CachedModule {
  readonly mtimeMs: number;
  readonly size: number;
  readonly text: string;
  /** The lint (`beginLint`) in which the file was last checked against the disk. */
  checkedIn: number;
  /** Parsed on first use by a reader whose text test passes; null when unparsable. */
  sourceCode?: SourceCode | null;
  /** Results of the text tests asked so far. */
  readonly tests: Map<RegExp, boolean>;
}

const modules = new Map<string, CachedModule>();

/** Lints begun: a module read during one lint is checked against the disk once in it, however often it is read. */
let lints = 0;

/** A new file is being linted: modules read from now on are checked against the disk again. */
export function beginLint(): void {
  lints++;
}

function statFile(file: string): fs.Stats | null {
  try {
    // Most lookups try names that do not exist: no exception is built for them.
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/**
 * The file a path names, trying extensions, the TypeScript source of a `.js`
 * name, and `index` files. A file that exists under another extension
 * (`./logo.svg`, `./app.css`, `./data.json`) is no module to read.
 */
function resolveFile(base: string, order: readonly string[]): string | null {
  const ext = path.extname(base);
  if (ext && !EXTENSIONS.includes(ext) && statFile(base)) return null;
  const candidates: string[] = [];
  const jsFirst = order === JS_FIRST;
  // From JavaScript, `./x.js` is that file when it exists; from TypeScript, the source it is compiled from.
  if (jsFirst && EXTENSIONS.includes(ext)) candidates.push(base);
  for (const tsExt of TS_FOR_JS[ext] ?? []) candidates.push(base.slice(0, -ext.length) + tsExt);
  if (!jsFirst && EXTENSIONS.includes(ext)) candidates.push(base);
  for (const e of order) candidates.push(base + e);
  for (const e of order) candidates.push(path.join(base, `index${e}`));
  return candidates.find((c) => statFile(c) !== null) ?? null;
}

interface PathsConfig {
  readonly baseDir: string;
  readonly paths: readonly (readonly [string, readonly string[]])[];
}

const tsconfigByDir = new Map<string, PathsConfig | null>();

/** tsconfig.json allows comments and trailing commas. */
function parseJsonc(text: string): unknown {
  const stripped = text.replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_, str: string | undefined) => str ?? '').replace(/,(\s*[}\]])/g, '$1');
  return JSON.parse(stripped);
}

function readPathsConfig(file: string): PathsConfig | null {
  try {
    const json = parseJsonc(fs.readFileSync(file, 'utf8')) as { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } };
    const options = json.compilerOptions;
    if (!options?.paths) return null;
    const baseDir = path.resolve(path.dirname(file), options.baseUrl ?? '.');
    const paths = Object.entries(options.paths).filter((e): e is [string, string[]] => Array.isArray(e[1])).slice(0, 50);
    return { baseDir, paths };
  } catch {
    return null;
  }
}

/** The `paths` of the nearest tsconfig.json above `dir`, cached per directory. */
function pathsConfigFor(dir: string): PathsConfig | null {
  const visited: string[] = [];
  let found: PathsConfig | null = null;
  let current = dir;
  for (let level = 0; level < MAX_TSCONFIG_LEVELS; level++) {
    const cached = tsconfigByDir.get(current);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(current);
    const file = path.join(current, 'tsconfig.json');
    if (statFile(file)) {
      found = readPathsConfig(file);
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const d of visited) tsconfigByDir.set(d, found);
  return found;
}

/** Candidate paths for a specifier through tsconfig `paths` (`@/config` → `src/config`). */
function mappedPaths(fromDir: string, specifier: string): string[] {
  const config = pathsConfigFor(fromDir);
  if (!config) return [];
  const out: string[] = [];
  for (const [pattern, targets] of config.paths) {
    const star = pattern.indexOf('*');
    let rest: string | null = null;
    if (star < 0) rest = pattern === specifier ? '' : null;
    else if (specifier.startsWith(pattern.slice(0, star)) && specifier.endsWith(pattern.slice(star + 1))) {
      rest = specifier.slice(star, specifier.length - (pattern.length - star - 1));
    }
    if (rest === null) continue;
    for (const target of targets.slice(0, 4)) out.push(path.resolve(config.baseDir, target.replace('*', rest)));
  }
  return out;
}

/**
 * How long a resolution (which file `./config` names from a directory, or that
 * none does) is remembered. Resolving tries up to 18 names, each a file-system
 * call; files of one directory import the same modules, and a lint of a
 * project reads them many times over. A module's contents are still checked
 * at every use (`cachedModule`); only a file created or removed within this
 * time may be seen late, as with eslint-plugin-import's resolver cache.
 */
const RESOLUTION_LIFETIME_MS = 5000;
/** Most resolutions remembered. */
const MAX_RESOLUTIONS = 4096;

const resolutions = new Map<string, { readonly file: string | null; readonly until: number }>();

/** The absolute file a module specifier names from `fromFile`, or null for packages and missing files. */
export function resolveModuleFile(fromFile: string, specifier: string): string | null {
  const fromDir = path.dirname(fromFile);
  const order = JS_IMPORTER.test(fromFile) ? JS_FIRST : EXTENSIONS;
  const key = `${fromDir}\0${specifier}\0${order === JS_FIRST ? 'js' : 'ts'}`;
  const now = Date.now();
  const known = resolutions.get(key);
  if (known !== undefined && known.until > now) return known.file;
  const file = resolveUncached(fromDir, specifier, order);
  if (known === undefined && resolutions.size >= MAX_RESOLUTIONS) resolutions.delete(resolutions.keys().next().value!);
  resolutions.set(key, { file, until: now + RESOLUTION_LIFETIME_MS });
  return file;
}

function resolveUncached(fromDir: string, specifier: string, order: readonly string[]): string | null {
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
    return resolveFile(path.resolve(fromDir, specifier), order);
  }
  if (specifier.startsWith('/') || specifier.includes(':')) return null;
  for (const candidate of mappedPaths(fromDir, specifier)) {
    const file = resolveFile(candidate, order);
    if (file) return file;
  }
  return null;
}

/** The module at `file`, from the cache when the file is unchanged; null when missing, too large or unreadable. */
function cachedModule(file: string): CachedModule | null {
  const cached = modules.get(file);
  if (cached?.checkedIn === lints) return cached;
  const stat = statFile(file);
  if (!stat || stat.size > MAX_FILE_SIZE) return null;
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
    cached.checkedIn = lints;
    return cached;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  if (modules.size >= MAX_CACHED) modules.delete(modules.keys().next().value!);
  const entry: CachedModule = { mtimeMs: stat.mtimeMs, size: stat.size, text, checkedIn: lints, tests: new Map() };
  modules.set(file, entry);
  return entry;
}

/** The answer of `test` on the text of a module, cached with the module. */
function textPasses(entry: CachedModule, test: RegExp): boolean {
  let passes = entry.tests.get(test);
  if (passes === undefined) {
    passes = test.test(entry.text);
    entry.tests.set(test, passes);
  }
  return passes;
}

/**
 * True when the module `specifier` names from `fromFile` exists and its text
 * matches `test`: a file read (kept with the module), never a parse.
 */
export function moduleTextMatches(fromFile: string, specifier: string, test: RegExp): boolean {
  if (!path.isAbsolute(fromFile)) return false;
  const file = resolveModuleFile(fromFile, specifier);
  const entry = file && file !== fromFile ? cachedModule(file) : null;
  return entry !== null && textPasses(entry, test);
}

/** The parsed module at `file`; null when missing, too large, unparsable, or without the text `ctx.moduleText` asks for. */
function readModule(ctx: ValueContext, file: string): SourceCode | null {
  const entry = cachedModule(file);
  if (!entry) return null;
  if (ctx.moduleText && !textPasses(entry, ctx.moduleText)) return null;
  if (entry.sourceCode === undefined) {
    try {
      entry.sourceCode = ctx.parseModule!(file, entry.text);
    } catch {
      entry.sourceCode = null;
    }
  }
  return entry.sourceCode;
}

/** Counts `file` against the module budget of `ctx`; false when the budget has no room for a new module. */
function admit(ctx: ValueContext, file: string): boolean {
  const budget = ctx.moduleBudget;
  if (!budget || budget.followed.has(file)) return true;
  if (budget.followed.size >= budget.limit) return false;
  budget.followed.add(file);
  return true;
}

/** The text of the module at the absolute path `file`, counted against the budget of `ctx`; null when missing, too large or past the budget. */
export function readModuleText(ctx: ValueContext, file: string): string | null {
  if (!admit(ctx, file)) return null;
  return cachedModule(file)?.text ?? null;
}

/** The context of the module at the absolute path `file`, or null when it is not followed. */
export function loadModuleFile(ctx: ValueContext, file: string): ValueContext | null {
  if (!ctx.parseModule || file === ctx.filename || !admit(ctx, file)) return null;
  const sourceCode = readModule(ctx, file);
  if (!sourceCode) return null;
  const loaded: ValueContext = {
    sourceCode,
    filename: file,
    foreign: true,
    parseModule: ctx.parseModule,
    ...(ctx.moduleText ? { moduleText: ctx.moduleText } : {}),
    ...(ctx.moduleBudget ? { moduleBudget: ctx.moduleBudget } : {}),
  };
  return registerForeignContext(loaded);
}

/** The context of the module `specifier` names from the module of `ctx`, or null when it is not followed. */
export function loadModule(ctx: ValueContext, specifier: string): ValueContext | null {
  if (!ctx.filename || !ctx.parseModule || !path.isAbsolute(ctx.filename)) return null;
  const file = resolveModuleFile(ctx.filename, specifier);
  return file ? loadModuleFile(ctx, file) : null;
}

/** A module of the project rather than a package: `./config`, `../lib`, `@/config`, `~/utils` (tsconfig paths). */
export const PROJECT_SPECIFIER = /^(?:\.{1,2}|[@~])\//;

/** An import of one of the project's own modules: `./config/cors`, `../lib`, `@/config` (tsconfig paths). */
export const PROJECT_IMPORT_TEXT = new RegExp(`(?:\\bfrom\\s*|\\brequire\\(\\s*|\\bimport\\(\\s*)['"]${PROJECT_SPECIFIER.source.slice(1)}`);

const projectImports = new WeakMap<object, boolean>();

/** The file imports or requires one of the project's own modules: only then is following imports worth its cost. */
export function importsProjectModules(sourceCode: { readonly text: string }): boolean {
  let result = projectImports.get(sourceCode);
  if (result === undefined) {
    result = PROJECT_IMPORT_TEXT.test(sourceCode.text);
    projectImports.set(sourceCode, result);
  }
  return result;
}
