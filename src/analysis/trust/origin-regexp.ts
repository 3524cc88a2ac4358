/**
 * Origin RegExp analysis: is a pattern bounded on both sides, are the dots of
 * its host escaped, can a wildcard run into the registrable domain, does it
 * trust a shared-hosting suffix, and is it stateful (`g`/`y` make `.test`
 * alternate between calls)?
 *
 * A pattern whose start is open but which begins with an escaped dot
 * (`/\.example\.com$/`) is dot-bounded: it accepts exactly the subdomains of
 * `example.com`, like `hostname.endsWith('.example.com')`, and is not weak.
 */
import { SHARED_HOSTING_SUFFIXES } from './hosting.js';
import { regExpExamples } from './bypass-examples.js';
import { isValidPattern, parseOriginPattern, type Token } from './regexp-tokens.js';

export { SHARED_HOSTING_SUFFIXES, isPublicSuffix, sharedHostingSuffixOf } from './hosting.js';

export type RegExpWeakness =
  | 'unanchored-start'
  | 'unanchored-end'
  | 'unescaped-dot'
  | 'open-domain-label'
  | 'shared-hosting'
  | 'stateful-flag';

export interface OriginRegExpAnalysis {
  /** False when the engine rejects the pattern: such a RegExp throws and checks nothing. */
  readonly valid: boolean;
  readonly weaknesses: readonly RegExpWeakness[];
  /** A bounded, escaped replacement (`/^https:\/\/app\.example\.com$/`), when the pattern is simple enough to rewrite. */
  readonly suggestion: string | null;
  readonly sharedHostingSuffix: string | null;
  /** For a weakness, an origin the pattern accepts that it was not meant to (`https://appxexample.com`), when one is confirmed. */
  readonly examples: Partial<Record<RegExpWeakness, string>>;
}

function startsAnchored(tokens: readonly Token[]): boolean {
  const first = tokens.find((t) => t.kind !== 'assertion');
  if (!first) return false;
  if (first.kind === 'start') return true;
  return first.kind === 'group' && first.quantifier === '' && first.alternatives.every(startsAnchored);
}

function endsAnchored(tokens: readonly Token[]): boolean {
  const last = [...tokens].reverse().find((t) => t.kind !== 'assertion');
  if (!last) return false;
  if (last.kind === 'end') return true;
  return last.kind === 'group' && last.quantifier === '' && last.alternatives.every(endsAnchored);
}

/** An open start that begins with an escaped dot (after any `.*`): only subdomains of the rest can match. */
function startsDotBounded(tokens: readonly Token[]): boolean {
  let i = 0;
  while (i < tokens.length && (tokens[i]!.kind === 'any' || tokens[i]!.kind === 'set') && (tokens[i]!.quantifier === '*' || tokens[i]!.quantifier === '+')) i++;
  const first = tokens[i];
  return first !== undefined && first.kind === 'literal' && first.char === '.' && first.quantifier === '';
}

/**
 * True when an alternative (recursively) holds a `.` that is not quantified, or
 * a set that matches a dot and more (`[.-]`): it stands where one label
 * boundary was meant and matches other characters.
 */
function hasBareDot(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t) => (t.quantifier === '' && (t.kind === 'any' || (t.kind === 'set' && t.dotLike))) || (t.kind === 'group' && t.alternatives.some(hasBareDot)),
  );
}

/** True when whatever a token matches ends with a dot (`\.`, `(?:[a-z0-9-]+\.)*`): a label boundary. */
function endsWithDot(token: Token): boolean {
  if (token.kind === 'literal') return token.char === '.';
  if (token.kind === 'group') return token.alternatives.every((alt) => alt.length > 0 && endsWithDot(alt.at(-1)!));
  return false;
}

/**
 * The literal text that an alternative ends with (before `$`, a trailing
 * optional port or slash group), whether its start is open (no `^`), and
 * whether the token right before that text can end inside a label.
 */
function literalTail(tokens: readonly Token[]): { text: string; openStart: boolean; openLabel: boolean } {
  let end = tokens.length;
  while (end > 0) {
    const token = tokens[end - 1]!;
    if (token.kind === 'end' || token.kind === 'assertion') end--;
    else if (token.kind === 'group' && token.quantifier === '?' && token.alternatives.every((alt) => alt[0]?.kind === 'literal' && (alt[0].char === ':' || alt[0].char === '/'))) end--;
    else if (token.kind === 'literal' && token.char === '/' && token.quantifier === '?') end--;
    else break;
  }
  let start = end;
  while (start > 0 && tokens[start - 1]!.kind === 'literal' && tokens[start - 1]!.quantifier === '') start--;
  const text = tokens.slice(start, end).map((t) => t.char).join('').toLowerCase();
  const before = tokens[start - 1];
  const openStart = !tokens.slice(0, start).some((t) => t.kind === 'start');
  const openLabel = before !== undefined && before.kind !== 'start' && before.kind !== 'assertion' && !endsWithDot(before);
  return { text, openStart, openLabel };
}

/**
 * The shared-hosting suffix whose first label the pattern leaves open:
 * `/vercel\.app$/`, `.*\.vercel\.app$`, `my-app-[a-z0-9]+\.vercel\.app$`. A
 * pattern naming its own label (`\.myapp\.vercel\.app$`) is not.
 */
function openSharedSuffix(tokens: readonly Token[]): string | null {
  const { text, openStart, openLabel } = literalTail(tokens);
  if (text.includes('://')) return null;
  for (const suffix of SHARED_HOSTING_SUFFIXES) {
    if (text === suffix || text === suffix.slice(1)) {
      if (openStart || openLabel || tokens.some((t) => t.kind !== 'start' && t.kind !== 'end' && t.kind !== 'literal')) return suffix;
    } else if (openLabel && text.endsWith(suffix) && !text.slice(0, -suffix.length).includes('.')) {
      return suffix;
    }
  }
  return null;
}

/**
 * A quantified wildcard directly before the registrable domain: `.*example\.com$`
 * and `[a-z]*example\.com$` also match `https://evilexample.com`. A wildcard
 * inside a subdomain label (`.*app\.example\.com$`) stays under the domain.
 */
function hasOpenDomainLabel(tokens: readonly Token[]): boolean {
  const reachesEnd = endReachability(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'group' && token.alternatives.some(hasOpenDomainLabel)) return true;
    const wildcard = token.kind === 'any' || token.kind === 'set' || (token.kind === 'group' && token.quantifier !== '?' && !endsWithDot(token));
    if (!wildcard || token.quantifier === '') continue;
    let j = i + 1;
    let text = '';
    while (j < tokens.length && tokens[j]!.kind === 'literal' && tokens[j]!.quantifier === '') text += tokens[j++]!.char;
    if (!/^[a-z0-9]/i.test(text) || !reachesEnd[j]) continue;
    const host = text.split(/[:/]/)[0]!;
    if (host.split('.').length <= 2) return true;
  }
  return false;
}

/**
 * For each index, whether the tokens from there on end the match: nothing but
 * assertions, an `$`, or an optional group (a port) before the end. One pass
 * from the end, so a pattern of many wildcards stays linear.
 */
function endReachability(tokens: readonly Token[]): boolean[] {
  const result = new Array<boolean>(tokens.length + 1).fill(false);
  result[tokens.length] = true;
  // The next non-assertion tokens after index i (at most two are ever needed).
  let next: Token[] = [];
  for (let i = tokens.length; i >= 0; i--) {
    if (i < tokens.length && tokens[i]!.kind !== 'assertion') next = [tokens[i]!, ...next.slice(0, 2)];
    const first = next[0];
    result[i] = first === undefined || (next.length === 1 && first.kind === 'end') || (next.length <= 2 && first.kind === 'group' && first.quantifier === '?');
  }
  return result;
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

/**
 * The bounded, escaped form of a simple pattern: dots escaped, `$` added, and
 * an open start turned into `^https:\/\/` plus subdomain labels
 * (`/example\.com$/` → `/^https:\/\/(?:[a-z0-9-]+\.)*example\.com$/`,
 * `/\.example\.com/` → `/^https:\/\/(?:[a-z0-9-]+\.)+example\.com$/`).
 * In `v` mode a `-` in a class must be escaped.
 */
function boundedPattern(source: string, flags: string): string | null {
  const body = source.replace(/^\^/, '').replace(/(?<!\\)\$$/, '');
  if (!SIMPLE_BODY.test(body)) return null;
  let bounded = escapeDots(body);
  if (!SCHEME_PREFIX.test(bounded)) {
    if (/^(?:[a-z][a-z0-9+.-]*:\\\/|\\\/|:)/i.test(bounded)) return null;
    const label = flags.includes('v') ? '[a-z0-9\\-]' : '[a-z0-9-]';
    bounded = bounded.startsWith('\\.')
      ? `https:\\/\\/(?:${label}+\\.)+${bounded.slice(2)}`
      : `https:\\/\\/(?:${label}+\\.)*${bounded}`;
  }
  return `^${bounded}$`;
}

function weaknessesOf(alternatives: readonly Token[][], flags: string): { weaknesses: Set<RegExpWeakness>; sharedHostingSuffix: string | null } {
  const weaknesses = new Set<RegExpWeakness>();
  if (flags.includes('g') || flags.includes('y')) weaknesses.add('stateful-flag');
  let sharedHostingSuffix: string | null = null;
  for (const alternative of alternatives) {
    if (!startsAnchored(alternative) && !startsDotBounded(alternative)) weaknesses.add('unanchored-start');
    if (!endsAnchored(alternative)) weaknesses.add('unanchored-end');
    if (hasBareDot(alternative)) weaknesses.add('unescaped-dot');
    const shared = openSharedSuffix(alternative);
    if (shared) {
      weaknesses.add('shared-hosting');
      sharedHostingSuffix ??= shared;
    } else if (hasOpenDomainLabel(alternative)) {
      weaknesses.add('open-domain-label');
    }
  }
  return { weaknesses, sharedHostingSuffix };
}

/** The replacement source for a weak pattern: only one that compiles with its flags and is itself without weakness. */
function suggestionFor(source: string, weaknesses: ReadonlySet<RegExpWeakness>, flags: string): string | null {
  const cleanFlags = flags.replace(/[gy]/g, '');
  let replacement: string | null = null;
  if (weaknesses.size === 1 && weaknesses.has('stateful-flag')) replacement = source;
  else if (weaknesses.size > 0 && !weaknesses.has('shared-hosting') && !weaknesses.has('open-domain-label')) replacement = boundedPattern(source, cleanFlags);
  if (replacement === null || !isValidPattern(replacement, cleanFlags)) return null;
  // A rewrite that would itself be weak (trust a shared-hosting domain) is no fix.
  const parsed = parseOriginPattern(replacement, cleanFlags);
  if (!parsed || weaknessesOf(parsed.alternatives, cleanFlags).weaknesses.size > 0) return null;
  return `/${replacement}/${cleanFlags}`;
}

export function analyzeOriginRegExp(source: string, flags: string): OriginRegExpAnalysis {
  const parsed = parseOriginPattern(source, flags);
  if (!parsed) return { valid: false, weaknesses: [], suggestion: null, sharedHostingSuffix: null, examples: {} };
  const { weaknesses, sharedHostingSuffix } = weaknessesOf(parsed.alternatives, flags);
  return {
    valid: true,
    weaknesses: [...weaknesses],
    suggestion: suggestionFor(source, weaknesses, flags),
    sharedHostingSuffix,
    examples: weaknesses.size > 0 ? regExpExamples(source, flags, parsed, weaknesses) : {},
  };
}
