/**
 * `settings.cors.credentialedApis` entries and how request URLs match them:
 * an absolute URL prefix (matched at a path boundary) or a base-URL expression
 * as written in code.
 */
import { normaliseExpressionText, type RequestUrl } from './urls.js';

/** A configured credentialed API. */
export interface ApiPattern {
  readonly entry: string;
  readonly kind: 'prefix' | 'expression';
  /** Normalised prefix (lower-cased scheme and host) or normalised expression text. */
  readonly value: string;
  /** `scheme://host[:port]` of a prefix. */
  readonly origin: string | null;
  /** The prefix is just an origin with no port: `https://api.example.com:8443` still matches. */
  readonly bareHost: boolean;
}

const ABSOLUTE_ENTRY = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]+)(.*)$/i;

/** Reads one `settings.cors.credentialedApis` entry. */
export function parseApiPattern(entry: string): ApiPattern {
  const trimmed = entry.trim();
  const match = ABSOLUTE_ENTRY.exec(trimmed);
  if (match) {
    const origin = `${match[1]!}${match[2]!}`.toLowerCase();
    const rest = match[3]!;
    return {
      entry,
      kind: 'prefix',
      value: origin + (rest === '/' ? '' : rest),
      origin,
      bareHost: (rest === '' || rest === '/') && !/:\d*$/.test(match[2]!),
    };
  }
  return { entry, kind: 'expression', value: normaliseExpressionText(trimmed), origin: null, bareHost: false };
}

/** True when a URL starts with a configured prefix, at a path boundary (`https://api.example.com.evil.net` does not). */
export function matchesPrefix(url: RequestUrl, pattern: ApiPattern): boolean {
  if (url.kind !== 'absolute' || pattern.kind !== 'prefix') return false;
  const prefix = pattern.value;
  const text = url.prefix;
  if (prefix.endsWith('/') && url.complete && text === prefix.slice(0, -1)) return true;
  if (!text.startsWith(prefix)) return false;
  const next = text[prefix.length];
  if (next === undefined) return true;
  if (prefix.endsWith('/')) return true;
  if (next === '/' || next === '?' || next === '#') return true;
  if (next === ':' && pattern.bareHost) return /^:\d+(?:[/?#]|$)/.test(text.slice(prefix.length)) || !url.complete;
  return false;
}

/** True when the URL starts with the configured base-URL expression. */
export function matchesExpression(url: RequestUrl, pattern: ApiPattern): boolean {
  return pattern.kind === 'expression' && url.baseTexts.includes(pattern.value);
}

/** The configured API a URL belongs to, or null. */
export function matchApi(url: RequestUrl, patterns: readonly ApiPattern[]): ApiPattern | null {
  for (const pattern of patterns) {
    if (pattern.kind === 'prefix' ? matchesPrefix(url, pattern) : matchesExpression(url, pattern)) return pattern;
  }
  return null;
}

/** A key grouping requests to the same API within one file: its origin or its base-URL expression. */
export function groupKeyOf(url: RequestUrl): string | null {
  if (url.kind === 'absolute' && url.origin && url.originCertain) return `origin:${url.origin}`;
  if (url.kind === 'expression' && url.baseKey) return `expr:${url.baseKey}`;
  return null;
}

/** How to name the API a URL goes to in a message. */
export function describeUrl(url: RequestUrl): string {
  if (url.kind === 'absolute' && url.origin) return url.origin;
  if (url.baseKey) return url.baseKey;
  return url.baseTexts[url.baseTexts.length - 1] ?? 'this API';
}
