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

export type RegExpWeakness =
  | 'unanchored-start'
  | 'unanchored-end'
  | 'unescaped-dot'
  | 'open-domain-label'
  | 'shared-hosting'
  | 'stateful-flag';

export interface OriginRegExpAnalysis {
  readonly weaknesses: readonly RegExpWeakness[];
  /** A bounded, escaped replacement (`/^https:\/\/app\.example\.com$/`), when the pattern is simple enough to rewrite. */
  readonly suggestion: string | null;
  readonly sharedHostingSuffix: string | null;
}

type TokenKind =
  /** One exact character: `a`, `\.`, `\/`. */
  | 'literal'
  /** `.`: any character. */
  | 'any'
  /** A character set: `[a-z]`, `\w`, `\d`, `\S`. */
  | 'set'
  | 'group'
  | 'start'
  | 'end'
  /** Zero-width assertions other than `^`/`$` (`\b`). */
  | 'assertion';

interface Token {
  readonly kind: TokenKind;
  /** The matched character of a literal. */
  readonly char: string;
  /** Top-level alternatives of a group's body. */
  readonly alternatives: readonly Token[][];
  quantifier: '' | '?' | '*' | '+' | '{';
}

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'p', 'P']);
const ASSERTION_ESCAPES = new Set(['b', 'B']);

/** Index just past the `]` closing a class opened at `start`. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']' && i > start + 1) return i + 1;
  }
  return source.length;
}

/** Index of the `)` closing a group opened at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(source, i) - 1;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return source.length;
}

/** Splits a pattern into top-level alternatives of tokens. */
function parseAlternatives(source: string, depth = 0): Token[][] {
  const alternatives: Token[][] = [[]];
  const make = (kind: TokenKind, char = '', alts: Token[][] = []): Token => ({ kind, char, alternatives: alts, quantifier: '' });
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    const current = alternatives.at(-1)!;
    const previous = current.at(-1);
    if (ch === '|') {
      alternatives.push([]);
    } else if (ch === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (CLASS_ESCAPES.has(next)) current.push(make('set'));
      else if (ASSERTION_ESCAPES.has(next)) current.push(make('assertion'));
      else if (/[1-9]/.test(next) || next === 'k') current.push(make('set'));
      else current.push(make('literal', next));
    } else if (ch === '[') {
      const end = classEnd(source, i);
      current.push(make('set'));
      i = end - 1;
    } else if (ch === '(') {
      const end = groupEnd(source, i);
      let body = source.slice(i + 1, end);
      const lookaround = /^\?<?[=!]/.test(body);
      body = body.replace(/^\?(?::|<[A-Za-z_$][\w$]*>)/, '');
      current.push(lookaround ? make('assertion') : make('group', '', depth < 8 ? parseAlternatives(body, depth + 1) : [[make('set')]]));
      i = end;
    } else if (ch === '*' || ch === '+' || ch === '?' || (ch === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i)))) {
      if (previous && previous.quantifier === '') {
        previous.quantifier = ch as Token['quantifier'];
      }
      if (ch === '{') i = source.indexOf('}', i);
      // A lazy marker (`*?`) belongs to the quantifier before it.
      if (source[i + 1] === '?') i++;
    } else if (ch === '^') {
      current.push(make('start'));
    } else if (ch === '$') {
      current.push(make('end'));
    } else if (ch === '.') {
      current.push(make('any'));
    } else {
      current.push(make('literal', ch));
    }
  }
  return alternatives;
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

/** True when an alternative (recursively) holds a `.` that is not quantified: it matches any one character. */
function hasBareDot(tokens: readonly Token[]): boolean {
  return tokens.some((t) => (t.kind === 'any' && t.quantifier === '') || (t.kind === 'group' && t.alternatives.some(hasBareDot)));
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
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'group' && token.alternatives.some(hasOpenDomainLabel)) return true;
    if ((token.kind !== 'any' && token.kind !== 'set') || token.quantifier === '') continue;
    let j = i + 1;
    let text = '';
    while (j < tokens.length && tokens[j]!.kind === 'literal' && tokens[j]!.quantifier === '') text += tokens[j++]!.char;
    const rest = tokens.slice(j).filter((t) => t.kind !== 'assertion');
    const reachesEnd = rest.length === 0 || (rest.length === 1 && rest[0]!.kind === 'end') || (rest.length <= 2 && rest[0]!.kind === 'group' && rest[0]!.quantifier === '?');
    if (!/^[a-z0-9]/i.test(text) || !reachesEnd) continue;
    const host = text.split(/[:/]/)[0]!;
    if (host.split('.').length <= 2) return true;
  }
  return false;
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
 */
function boundedPattern(source: string, flags: string): string | null {
  const body = source.replace(/^\^/, '').replace(/(?<!\\)\$$/, '');
  if (!SIMPLE_BODY.test(body)) return null;
  let bounded = escapeDots(body);
  if (!SCHEME_PREFIX.test(bounded)) {
    if (/^(?:[a-z][a-z0-9+.-]*:\\\/|\\\/|:)/i.test(bounded)) return null;
    bounded = bounded.startsWith('\\.')
      ? `https:\\/\\/(?:[a-z0-9-]+\\.)+${bounded.slice(2)}`
      : `https:\\/\\/(?:[a-z0-9-]+\\.)*${bounded}`;
  }
  return `/^${bounded}$/${flags}`;
}

export function analyzeOriginRegExp(source: string, flags: string): OriginRegExpAnalysis {
  const weaknesses = new Set<RegExpWeakness>();
  if (flags.includes('g') || flags.includes('y')) weaknesses.add('stateful-flag');
  let sharedHostingSuffix: string | null = null;
  for (const alternative of parseAlternatives(source)) {
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
  const cleanFlags = flags.replace(/[gy]/g, '');
  let suggestion: string | null = null;
  if (weaknesses.size === 1 && weaknesses.has('stateful-flag')) {
    suggestion = `/${source}/${cleanFlags}`;
  } else if (weaknesses.size > 0 && !weaknesses.has('shared-hosting') && !weaknesses.has('open-domain-label')) {
    suggestion = boundedPattern(source, cleanFlags);
    // A rewrite that would itself trust a shared-hosting domain is no fix.
    if (suggestion !== null && analyzeOriginRegExp(suggestion.slice(1, suggestion.lastIndexOf('/')), cleanFlags).weaknesses.length > 0) suggestion = null;
  }
  return { weaknesses: [...weaknesses], suggestion, sharedHostingSuffix };
}

/**
 * The shared-hosting (or top-level) domain a host suffix check trusts: `'.vercel.app'`,
 * `'vercel.app'`, `'-team.vercel.app'` (an open first label), `'.com'`; null
 * for a suffix that names a label of its own (`'.myapp.vercel.app'`).
 */
export function sharedHostingSuffixOf(suffix: string): string | null {
  const lower = suffix.toLowerCase();
  for (const shared of SHARED_HOSTING_SUFFIXES) {
    if (lower === shared || lower === shared.slice(1)) return shared;
    if (lower.endsWith(shared)) {
      const head = lower.slice(0, -shared.length);
      // `-team.vercel.app`: the label is open on the left, anyone can create `x-team`.
      if (!head.includes('.') && !/^[a-z0-9]/.test(head)) return shared;
    }
  }
  return null;
}

/** Names that only resolve locally. */
const LOCAL_NAMES = new Set(['localhost', 'local', 'internal', 'test', 'lan', 'home']);

/** `.com`, `com`, `.co.uk`: a suffix under which anyone can register a domain. */
export function isPublicSuffix(suffix: string): boolean {
  const labels = suffix.toLowerCase().replace(/^\./, '').split('.');
  if (labels.length === 1) return /^[a-z]{2,}$/.test(labels[0]!) && !LOCAL_NAMES.has(labels[0]!);
  return labels.length === 2 && /^(?:co|com|net|org|gov|edu|ac)$/.test(labels[0]!) && /^[a-z]{2}$/.test(labels[1]!);
}
