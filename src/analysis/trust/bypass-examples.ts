/**
 * Origins that get past a weak check, built from the check's own text and
 * confirmed against it: a string check is evaluated directly, a RegExp is run
 * on the short string built here only when it cannot backtrack badly
 * (see `Parsed.tame`). No confirmed example, no example.
 */
import type { Parsed, Token } from './regexp-tokens.js';

const MAX_EXAMPLE = 100;

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).hostname;
  } catch {
    return null;
  }
}

/** A string a browser could send as an Origin header. */
function isOrigin(candidate: string): boolean {
  if (candidate.length > MAX_EXAMPLE || !/^https?:\/\//.test(candidate)) return false;
  try {
    const url = new URL(candidate);
    return url.origin === candidate && url.hostname.split('.').every((label) => /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(label));
  } catch {
    return false;
  }
}

/** `example.com` → `https://example.com`; `.example.com` (any subdomain) → `https://app.example.com`. */
function withScheme(text: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  return text.startsWith('.') ? `https://app${text}` : `https://${text}`;
}

/** The first candidate that is an origin, passes `accepts`, and is neither an intended host nor under one. */
function firstBypass(candidates: readonly string[], accepts: (c: string) => boolean, intended: readonly string[]): string | null {
  // `.example.com` means every subdomain: the intended host is example.com.
  const hosts = intended.map((text) => hostOf(withScheme(text.replace(/^\./, '')))).filter((h): h is string => h !== null && h !== '');
  for (const candidate of candidates) {
    if (!isOrigin(candidate) || !accepts(candidate)) continue;
    const host = hostOf(candidate)!;
    if (hosts.some((h) => host === h || host.endsWith(`.${h}`))) continue;
    return candidate;
  }
  return null;
}

/** `origin.includes(text)`: the text inside a longer host. */
export function substringExample(text: string): string | null {
  return firstBypass([`${withScheme(text)}.evil.net`, `https://evil${text}`], (c) => c.includes(text), [text]);
}

/** `'https://a.example.com,https://b.example.com'.includes(origin)`: a shorter origin that is part of the text. */
export function listTextExample(text: string): string | null {
  const entries = text.split(/[\s,;|]+/).filter((entry) => entry.includes('://'));
  const candidates = entries.map((entry) => entry.slice(0, -1));
  return firstBypass(candidates, (c) => text.includes(c) && !entries.includes(c), entries);
}

/** `origin.startsWith(prefix)`: the prefix followed by more host. */
export function prefixExample(prefix: string): string | null {
  return firstBypass([`${prefix}.evil.net`, `${prefix}0`], (c) => c.startsWith(prefix), [prefix]);
}

/** `origin.endsWith(suffix)`: another name that ends with the same letters. */
export function suffixExample(suffix: string): string | null {
  const intended = suffix.replace(/^[^a-z0-9]+/i, '');
  return firstBypass([`https://evil${suffix}`, `https://evil-${suffix}`], (c) => c.endsWith(suffix) || hostOf(c)!.endsWith(suffix), [intended]);
}

type Mode = 'intended' | 'dot' | 'label';

/** The RegExp weaknesses an example can show. */
type Shown = 'unanchored-end' | 'unanchored-start' | 'unescaped-dot' | 'open-domain-label';

/** A string an alternative matches: what it was meant to match, or with its first bare dot (`dot`) or its wildcards (`label`) filled in. */
function instantiate(tokens: readonly Token[], mode: Mode, state: { dotUsed: boolean }): string | null {
  let out = '';
  for (const token of tokens) {
    const part = instantiateToken(token, mode, state);
    if (part === null) return null;
    out += part;
  }
  return out;
}

function instantiateToken(token: Token, mode: Mode, state: { dotUsed: boolean }): string | null {
  const count = token.quantifier === '' ? 1 : token.quantifier === '?' ? (token.kind === 'group' ? 0 : 1) : token.min;
  switch (token.kind) {
    case 'literal':
      return token.char.repeat(count);
    case 'group': {
      if (count === 0) return '';
      const inner = token.alternatives[0] ? instantiate(token.alternatives[0], mode, state) : '';
      return inner === null ? null : inner.repeat(count);
    }
    case 'any':
    case 'set':
      if (token.quantifier === '' && (token.kind === 'any' || token.dotLike)) {
        if (mode !== 'dot' || state.dotUsed) return '.';
        state.dotUsed = true;
        return token.kind === 'any' ? 'x' : token.sample || null;
      }
      if (mode === 'label' && token.quantifier !== '' && token.quantifier !== '?') return token.matchesWord ? 'evil' : token.sample.repeat(4) || null;
      return token.sample ? token.sample.repeat(count) : null;
    default:
      return '';
  }
}

/** Candidates that show each weakness of one alternative, most telling first. */
function candidatesFor(alternative: readonly Token[], ignoreCase: boolean): Record<Shown, string[]> {
  const fill = (mode: Mode): string | null => {
    const text = instantiate(alternative, mode, { dotUsed: false });
    return text === null ? null : ignoreCase ? text.toLowerCase() : text;
  };
  const intended = fill('intended');
  const dot = fill('dot');
  const label = fill('label');
  const hasScheme = intended !== null && intended.includes('://');
  return {
    'unanchored-end': intended === null ? [] : [`${withScheme(intended)}.evil.net`, `${withScheme(intended)}0`],
    'unanchored-start': intended === null || hasScheme ? [] : [`https://evil${intended}`, `https://evil-${intended}`],
    'unescaped-dot': dot === null ? [] : [withScheme(dot)],
    'open-domain-label': label === null ? [] : [withScheme(label)],
  };
}

/** For each weakness, an origin the pattern accepts that it was not meant to, when one can be built and confirmed. */
export function regExpExamples(source: string, flags: string, parsed: Parsed, weaknesses: Iterable<string>): Partial<Record<string, string>> {
  if (!parsed.tame) return {};
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, flags.replace(/[gy]/g, ''));
  } catch {
    return {};
  }
  const ignoreCase = flags.includes('i');
  const perAlternative = parsed.alternatives.map((alternative) => candidatesFor(alternative, ignoreCase));
  const intended = parsed.alternatives
    .map((alternative) => instantiate(alternative, 'intended', { dotUsed: false }))
    .filter((text): text is string => text !== null)
    .map((text) => (ignoreCase ? text.toLowerCase() : text));
  const examples: Partial<Record<string, string>> = {};
  for (const weakness of weaknesses) {
    const candidates = perAlternative.flatMap((c) => (weakness in c ? c[weakness as Shown] : []));
    const example = firstBypass(candidates, (c) => pattern.test(c), intended);
    if (example !== null) examples[weakness] = example;
  }
  return examples;
}
