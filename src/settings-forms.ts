/**
 * The forms `settings.cors` entries must take to ever match: origins exactly
 * as browsers send them in the `Origin` header (see docs/cors-semantics.md,
 * "One origin only" and "The `null` origin"), and credentialed APIs as URL prefixes or base-URL expressions
 * as they appear in code.
 */
import { normaliseExpressionText } from './analysis/client/urls.js';

/** What is wrong with an entry, and the entry it was probably meant to be. */
export interface Problem {
  readonly text: string;
  readonly fix?: string;
}

const SCHEME_SPLIT = /^([^:/?#\s]*):\/\/([^/?#]*)(.*)$/s;
const HOST_NAME = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?$/;
const IPV6_HOST = /^\[[0-9a-f:.]+\]$/;
const DEFAULT_PORT: Record<string, string> = { http: '80', https: '443' };

/** The origin a browser would send for a URL-like string, when there is one. */
function canonicalOrigin(value: string): string | undefined {
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

const problem = (text: string, fix?: string): Problem => (fix === undefined ? { text } : { text, fix });

/** Problems any entry can have, whatever its form. */
function textProblem(value: string): Problem | null {
  if (value.includes('${')) return problem('settings are not evaluated, so a `${...}` placeholder stays literal text');
  if (value.includes('*')) return problem('wildcards never match: list each entry on its own');
  if (/\s/.test(value)) return problem('white space never matches', value.trim() === value ? undefined : value.trim());
  return null;
}

/** Problems of `host[:port]`, the authority of an http(s) URL. */
function authorityProblem(scheme: string, authority: string, fix: string | undefined): Problem | null {
  if (authority.includes('@')) return problem('user names and passwords are never part of an origin', fix);
  const match = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(authority);
  const host = match?.[1] ?? '';
  const port = match?.[2];
  if (host === '') return problem('there is no host');
  if (/[^ -~]/.test(host)) return problem('browsers send non-ASCII host names in punycode', fix);
  if (port !== undefined) {
    if (!/^\d+$/.test(port)) return problem(`the port ${JSON.stringify(port)} is not a number`);
    const number = Number(port);
    if (number < 1 || number > 65535) return problem(`the port ${port} is outside 1-65535`);
    if (port === DEFAULT_PORT[scheme]) return problem(`browsers leave the default port ${port} out of origins`, fix);
    if (String(number) !== port) return problem('browsers write ports without leading zeros', fix);
  }
  const lower = host.toLowerCase();
  if (!HOST_NAME.test(lower) && !IPV6_HOST.test(lower)) return problem(`${JSON.stringify(host)} is not a host name`);
  return null;
}

/** Null when `value` is an origin browsers can send; otherwise what is wrong with it. */
export function originProblem(value: string): Problem | null {
  const fix = canonicalOrigin(value);
  const common = textProblem(value);
  if (common) return common;
  if (value === 'null') return problem('the opaque origin "null" is sent by sandboxed frames and local files, so trusting it trusts any site');
  const parts = SCHEME_SPLIT.exec(value);
  if (!parts) {
    return isUrlWithoutScheme(value.toLowerCase()) ? problem('there is no scheme', `https://${value}`) : problem('not an origin');
  }
  const [, scheme = '', authority = '', rest = ''] = parts;
  if (!/^https?$/i.test(scheme)) return problem(`pages with the scheme "${scheme}:" never make CORS requests; only http and https origins do`);
  if (rest !== '') return problem(rest === '/' ? 'origins have no trailing slash' : 'origins have no path, query or fragment', fix);
  const authorityIssue = authorityProblem(scheme.toLowerCase(), authority, fix);
  if (authorityIssue) return authorityIssue;
  if (value !== value.toLowerCase()) return problem('browsers send origins in lower case', fix);
  if (fix !== value) return problem('browsers never send this origin', fix);
  return null;
}

/** An identifier chain such as `process.env.API_URL`, `config?.api.baseUrl!` or `env['API']`. */
const EXPRESSION = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*(?:\.[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*)*$/u;
const TOP_LEVEL_DOMAIN = /\.(?:com|net|org|io|dev|app|co|ai|cloud|edu|gov|info|biz|local|localhost|internal|test|example|lan|corp|[a-z]{2})$/;
const EXPRESSION_ROOTS = /^(?:process|import|window|globalThis|self|this|location|config|env|environment|settings)\./;

/** `api.example.com`, `localhost`: a host name where an expression could stand. */
function isHostName(value: string): boolean {
  if (!HOST_NAME.test(value)) return false;
  return value === 'localhost' || (value.includes('.') && TOP_LEVEL_DOMAIN.test(value) && !EXPRESSION_ROOTS.test(value));
}

/** `api.example.com`, `localhost:3000`, `example.com/api`: a URL written without its scheme. */
export function isUrlWithoutScheme(value: string): boolean {
  if (isHostName(value)) return true;
  const host = value.replace(/(?::\d+)?(?:[/?#].*)?$/s, '');
  return host !== value && HOST_NAME.test(host) && (host.includes('.') || host === 'localhost');
}

const REGEX_LIKE = /\\|^\^|\$$|^\/.*[|()[\]+?].*\/[dgimsuvy]*$/;

/** Null when `value` is a credentialed-API entry that can match code; otherwise what is wrong with it. */
export function apiEntryProblem(value: string): Problem | null {
  const common = textProblem(value);
  if (common) return common;
  if (REGEX_LIKE.test(value)) return problem('entries are matched as URL prefixes or expressions, not as regular expressions');
  const parts = SCHEME_SPLIT.exec(value);
  if (parts) {
    const [, scheme = '', authority = '', rest = ''] = parts;
    if (!/^https?$/i.test(scheme)) return problem(`requests to "${scheme}:" URLs are not CORS requests; only http and https URLs are`);
    const fix = canonicalOrigin(`${scheme}://${authority}`);
    return authorityProblem(scheme.toLowerCase(), authority, fix === undefined ? undefined : fix + rest);
  }
  if (value.startsWith('//')) return problem('protocol-relative URLs are not matched; name the scheme', `https:${value}`);
  if (/^\.{0,2}\//.test(value)) return problem('a relative URL stays on the page\'s own origin, which sends cookies anyway; list absolute URLs');
  if (EXPRESSION.test(normaliseExpressionText(value)) ? isHostName(value) : isUrlWithoutScheme(value)) {
    return problem('there is no scheme', `https://${value}`);
  }
  return EXPRESSION.test(normaliseExpressionText(value)) ? null : problem('neither an absolute URL nor an expression');
}
