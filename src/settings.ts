/**
 * `settings.cors`, read and validated once per settings object for every rule.
 *
 * ```js
 * settings: {
 *   cors: {
 *     allowedOrigins: ['https://app.example.com'],   // the front-end origins you trust
 *     credentialedApis: ['https://api.example.com'], // APIs that need cookies
 *   },
 * }
 * ```
 */
export interface CorsSettings {
  /** Trusted front-end origins (`scheme://host[:port]`, no path, no trailing slash). */
  readonly allowedOrigins: readonly string[];
  /** Cookie-authenticated APIs: absolute URL prefixes or base-URL expressions as written in code. */
  readonly credentialedApis: readonly string[];
}

const KNOWN_KEYS = new Set(['allowedOrigins', 'credentialedApis']);
const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+$/i;
const URL_PREFIX = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+(?:[/?#]\S*)?$/i;
const EMPTY: CorsSettings = Object.freeze({ allowedOrigins: [], credentialedApis: [] });
const cache = new WeakMap<object, CorsSettings>();

export class CorsSettingsError extends Error {
  override name = 'CorsSettingsError';
}

function fail(message: string): never {
  throw new CorsSettingsError(`eslint-plugin-cors: invalid settings.cors${message}`);
}

function stringList(value: unknown, key: string): string[] {
  if (!Array.isArray(value)) fail(`.${key}: expected an array of strings, got ${describe(value)}.`);
  return value.map((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') fail(`.${key}[${i}]: expected a non-empty string, got ${describe(item)}.`);
    return item;
  });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

/** Reads `settings.cors` from a rule context's settings; throws one clear error naming the bad setting. */
export function readCorsSettings(settings: Readonly<Record<string, unknown>> | undefined): CorsSettings {
  const raw = settings?.cors;
  if (raw === undefined) return EMPTY;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(`: expected an object, got ${describe(raw)}.`);
  const cached = cache.get(raw);
  if (cached) return cached;
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key)) fail(`: unknown key "${key}" (known keys: ${[...KNOWN_KEYS].join(', ')}).`);
  }
  const allowedOrigins = record.allowedOrigins === undefined ? [] : stringList(record.allowedOrigins, 'allowedOrigins');
  allowedOrigins.forEach((origin, i) => {
    if (!ORIGIN.test(origin)) {
      fail(`.allowedOrigins[${i}]: ${JSON.stringify(origin)} is not an origin; write scheme://host[:port] with no path or trailing slash, e.g. "https://app.example.com".`);
    }
  });
  const credentialedApis = record.credentialedApis === undefined ? [] : stringList(record.credentialedApis, 'credentialedApis');
  credentialedApis.forEach((api, i) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(api) && !URL_PREFIX.test(api)) {
      fail(`.credentialedApis[${i}]: ${JSON.stringify(api)} is not a URL prefix; write scheme://host[:port][/path], e.g. "https://api.example.com", or a base-URL expression as written in code, e.g. "process.env.API_URL".`);
    }
  });
  const result = Object.freeze({ allowedOrigins: Object.freeze(allowedOrigins), credentialedApis: Object.freeze(credentialedApis) });
  cache.set(raw, result);
  return result;
}
