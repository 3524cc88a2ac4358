/**
 * `settings.cors`, validated for every rule that reads it.
 *
 * ```js
 * settings: {
 *   cors: {
 *     allowedOrigins: ['https://app.example.com'],   // the front-end origins you trust
 *     credentialedApis: ['https://api.example.com'], // APIs that need cookies
 *   },
 * }
 * ```
 *
 * A value that can never match what browsers send or what code writes is a
 * configuration error: one line naming the setting, the value and the form
 * accepted, because a silently ignored entry hides the very reports it was
 * written for.
 */
import { apiEntryProblem, originProblem, type Problem } from './settings-forms.js';

/** `settings.cors` as written in an ESLint config: every key is optional. */
export type CorsSettingsInput = {
  /** Trusted front-end origins as browsers send them: `https://app.example.com`, `http://localhost:3000`. */
  allowedOrigins?: readonly string[];
  /** Cookie-authenticated APIs: absolute URL prefixes or base-URL expressions as written in code. */
  credentialedApis?: readonly string[];
};

/** `settings.cors` after validation, as the rules read it. */
export interface CorsSettings {
  /** Trusted front-end origins (`scheme://host[:port]`, no path, no trailing slash). */
  readonly allowedOrigins: readonly string[];
  /** Cookie-authenticated APIs: absolute URL prefixes or base-URL expressions as written in code. */
  readonly credentialedApis: readonly string[];
}

const KNOWN_KEYS = ['allowedOrigins', 'credentialedApis'] as const;
const EMPTY: CorsSettings = Object.freeze({ allowedOrigins: Object.freeze([]), credentialedApis: Object.freeze([]) });

const ORIGIN_FORM = 'an origin: "http(s)://host[:port]", lower case, no path, e.g. "https://app.example.com"';
const API_FORM =
  'a URL prefix such as "https://api.example.com" or "https://example.com/api/", ' +
  'or a base-URL expression as written in code such as "process.env.API_URL"';
const FORMS: Record<(typeof KNOWN_KEYS)[number], string> = { allowedOrigins: ORIGIN_FORM, credentialedApis: API_FORM };

/**
 * A `settings.cors` value that cannot work. Its `stack` is its message: ESLint
 * prints the stack of an error thrown while a rule starts, and a stack trace
 * from inside the plugin would bury the one line the user has to read.
 */
export class CorsSettingsError extends Error {
  override name = 'CorsSettingsError';

  constructor(message: string) {
    super(message);
    Object.defineProperty(this, 'stack', { value: message, writable: true, configurable: true, enumerable: false });
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if (value instanceof RegExp) return `a RegExp ${String(value)}`;
    const name: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== 'Object' ? `a ${name}` : 'an object';
  }
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

function fail(at: string, value: string, problem: string, expected: string): never {
  throw new CorsSettingsError(`eslint-plugin-cors: invalid settings.cors${at} ${value}: ${problem}. Expected ${expected}.`);
}

const failWith = (at: string, value: unknown, problem: Problem, expected: string): never =>
  fail(at, `= ${describe(value)}`, problem.fix ? `${problem.text}; write ${JSON.stringify(problem.fix)}` : problem.text, expected);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** One list setting: a dense array of non-empty strings. */
function stringList(value: unknown, key: (typeof KNOWN_KEYS)[number]): string[] {
  if (!Array.isArray(value)) fail(`.${key}`, `= ${describe(value)}`, 'not an array', `an array of ${FORMS[key]}`);
  const items: string[] = [];
  for (let i = 0; i < value.length; i++) {
    if (!(i in value)) {
      fail(`.${key}[${i}]`, 'is an empty slot', 'the array has a hole (two commas in a row, or a leading comma)', FORMS[key]);
    }
    const item: unknown = value[i];
    if (typeof item !== 'string' || item.trim() === '') fail(`.${key}[${i}]`, `= ${describe(item)}`, 'not a non-empty string', FORMS[key]);
    items.push(item);
  }
  return items;
}

function validate(record: Record<string, unknown>): CorsSettings {
  for (const key of Object.keys(record)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      fail('', `has the unknown key ${JSON.stringify(key)}`, 'it would be ignored', `only ${KNOWN_KEYS.join(' and ')}`);
    }
  }
  const allowedOrigins = record.allowedOrigins === undefined ? [] : stringList(record.allowedOrigins, 'allowedOrigins');
  allowedOrigins.forEach((origin, i) => {
    const problem = originProblem(origin);
    if (problem) failWith(`.allowedOrigins[${i}]`, origin, problem, ORIGIN_FORM);
  });
  const credentialedApis = record.credentialedApis === undefined ? [] : stringList(record.credentialedApis, 'credentialedApis');
  credentialedApis.forEach((api, i) => {
    const problem = apiEntryProblem(api);
    if (problem) failWith(`.credentialedApis[${i}]`, api, problem, API_FORM);
  });
  return Object.freeze({ allowedOrigins: Object.freeze(allowedOrigins), credentialedApis: Object.freeze(credentialedApis) });
}

/**
 * Validated settings by content: configs that are reloaded, or edited in
 * place, are read afresh, while equal settings keep one frozen object (whose
 * lists others may cache by identity). Bounded; the oldest entry goes first.
 */
const byContent = new Map<string, CorsSettings>();
const CACHE_LIMIT = 32;

/** A key for a `settings.cors` object whose lists hold only strings, or null for anything else (validated every time). */
function contentKey(record: Record<string, unknown>): string | null {
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const list = record[key];
    if (!Array.isArray(list)) return null;
    for (let i = 0; i < list.length; i++) if (!(i in list) || typeof list[i] !== 'string') return null;
    parts.push(key, ...(list as string[]));
  }
  return JSON.stringify(parts);
}

/**
 * The last reading of each `settings.cors` object, with a copy of its keys and
 * lists: every rule of every file reads the same object, and comparing it with
 * the copy (no allocation) is cheaper than building its content key, while an
 * edit in place still shows.
 */
interface Reading {
  readonly keys: readonly string[];
  readonly lists: ReadonlyArray<readonly unknown[]>;
  readonly result: CorsSettings;
}
const byIdentity = new WeakMap<object, Reading>();

function unchanged(raw: Record<string, unknown>, reading: Reading): boolean {
  let count = 0;
  for (const key in raw) {
    if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
    const copy = reading.lists[count];
    if (reading.keys[count++] !== key || copy === undefined) return false;
    const list = raw[key];
    if (!Array.isArray(list) || list.length !== copy.length) return false;
    for (let i = 0; i < list.length; i++) if (!(i in list) || list[i] !== copy[i]) return false;
  }
  return count === reading.keys.length;
}

function remember(raw: Record<string, unknown>, result: CorsSettings): void {
  const keys = Object.keys(raw);
  byIdentity.set(raw, { keys, lists: keys.map((key) => (raw[key] as unknown[]).slice()), result });
}

/** Reads `settings.cors` from a rule context's settings; throws one clear error naming the bad setting. */
export function readCorsSettings(settings: Readonly<Record<string, unknown>> | undefined): CorsSettings {
  const raw = settings?.cors;
  if (raw === undefined) return EMPTY;
  if (!isPlainObject(raw)) {
    fail('', `= ${describe(raw)}`, 'not a plain object', 'an object such as { allowedOrigins: ["https://app.example.com"] }');
  }
  const reading = byIdentity.get(raw);
  if (reading !== undefined && unchanged(raw, reading)) return reading.result;
  const key = contentKey(raw);
  if (key === null) return validate(raw);
  let result = byContent.get(key);
  if (result === undefined) {
    result = validate(raw);
    if (byContent.size >= CACHE_LIMIT) byContent.delete(byContent.keys().next().value!);
    byContent.set(key, result);
  }
  remember(raw, result);
  return result;
}
