/**
 * Origin RegExp analysis: is a pattern bounded on both sides, are the dots of
 * its host escaped, does it trust a shared-hosting suffix, and is it stateful
 * (`g`/`y` make `.test` alternate between calls)?
 */

/** Suffixes under which anyone can publish a site (cors-facts §3). */
export const SHARED_HOSTING_SUFFIXES = [
  '.vercel.app',
  '.netlify.app',
  '.github.io',
  '.herokuapp.com',
  '.pages.dev',
  '.web.app',
  '.firebaseapp.com',
  '.azurewebsites.net',
  '.onrender.com',
  '.glitch.me',
  '.ngrok.io',
  '.ngrok-free.app',
  '.workers.dev',
  '.surge.sh',
  '.fly.dev',
  '.repl.co',
] as const;

export type RegExpWeakness = 'unanchored-start' | 'unanchored-end' | 'unescaped-dot' | 'shared-hosting' | 'stateful-flag';

export interface OriginRegExpAnalysis {
  readonly weaknesses: readonly RegExpWeakness[];
  /** A bounded, escaped replacement (`/^https:\/\/app\.example\.com$/`), when the pattern is simple enough to rewrite. */
  readonly suggestion: string | null;
  readonly sharedHostingSuffix: string | null;
}

/** Splits a pattern into its top-level alternatives. */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** Positions of `.` that match any character and are not a `.*`/`.+` run. */
function hasUnescapedLiteralDot(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch === '.') {
      const next = source[i + 1];
      if (next === '*' || next === '+' || next === '?' || next === '{') {
        // `.*example\.com` lets anything precede the name: a missing dot boundary.
        const after = source.slice(i + 2);
        if (/^[A-Za-z0-9]/.test(after)) return true;
        continue;
      }
      return true;
    }
  }
  return false;
}

/** The literal host text of a pattern with regex escapes removed, for suffix checks. */
function literalText(source: string): string {
  return source.replace(/\\(.)/g, '$1').replace(/\$$/, '').replace(/\)$/, '');
}

const SIMPLE_BODY = /^(?:[A-Za-z0-9_:-]|\\[./-]|\.|\\\/)+$/;
const SCHEME_PREFIX = /^https?:\\\/\\\//;

function escapeDots(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\') {
      out += ch + (body[i + 1] ?? '');
      i++;
    } else if (ch === '.') {
      out += '\\.';
    } else {
      out += ch;
    }
  }
  return out;
}

export function analyzeOriginRegExp(source: string, flags: string): OriginRegExpAnalysis {
  const weaknesses = new Set<RegExpWeakness>();
  if (flags.includes('g') || flags.includes('y')) weaknesses.add('stateful-flag');
  let sharedHostingSuffix: string | null = null;
  for (const alternative of topLevelAlternatives(source)) {
    if (!alternative.startsWith('^')) weaknesses.add('unanchored-start');
    if (!alternative.endsWith('$') || alternative.endsWith('\\$')) weaknesses.add('unanchored-end');
    if (hasUnescapedLiteralDot(alternative)) weaknesses.add('unescaped-dot');
    const text = literalText(alternative).toLowerCase();
    const shared = SHARED_HOSTING_SUFFIXES.find((suffix) => text.endsWith(suffix) && !text.endsWith(`://${suffix.slice(1)}`));
    if (shared && /[*+]/.test(alternative.slice(0, alternative.length - shared.length * 2))) {
      weaknesses.add('shared-hosting');
      sharedHostingSuffix = shared;
    }
  }
  const cleanFlags = flags.replace(/[gy]/g, '');
  let suggestion: string | null = null;
  const onlyFlag = weaknesses.size === 1 && weaknesses.has('stateful-flag');
  if (onlyFlag) {
    suggestion = `/${source}/${cleanFlags}`;
  } else if (weaknesses.size > 0 && !weaknesses.has('shared-hosting')) {
    const body = source.replace(/^\^/, '').replace(/(?<!\\)\$$/, '');
    if (SIMPLE_BODY.test(body)) {
      let bounded = escapeDots(body);
      if (!SCHEME_PREFIX.test(bounded)) {
        bounded = bounded.startsWith('\\.')
          ? `https:\\/\\/(?:[a-z0-9-]+\\.)+${bounded.slice(2)}`
          : `https:\\/\\/(?:[a-z0-9-]+\\.)*${bounded}`;
      }
      suggestion = `/^${bounded}$/${cleanFlags}`;
    }
  }
  return { weaknesses: [...weaknesses], suggestion, sharedHostingSuffix };
}

/** The shared-hosting suffix a host suffix check trusts (`'.vercel.app'`), or null. */
export function sharedHostingSuffixOf(suffix: string): string | null {
  const lower = suffix.toLowerCase();
  return SHARED_HOSTING_SUFFIXES.find((s) => lower === s || lower === s.slice(1)) ?? null;
}
