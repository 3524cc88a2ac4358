/**
 * An origin RegExp read into a flat model for the origin analysis: top-level
 * alternatives of tokens, each token one exact character, a wildcard, a set, a
 * group or an anchor. Parsing is done by regexpp with the pattern's own flags,
 * so escapes (`\x2e`, `\u{2e}`), `v`-mode classes, named groups, lookarounds
 * and backreferences read as the engine reads them.
 */
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';

export type TokenKind =
  /** One exact character: `a`, `\.`, `\x2e`, `[.]`. */
  | 'literal'
  /** Any character: `.`, `[^]`, `[\s\S]`. */
  | 'any'
  /** A character set: `[a-z]`, `\w`, `\d`, a backreference. */
  | 'set'
  | 'group'
  /** `^`, or a lookbehind that only holds at the start (`(?<!.)`). */
  | 'start'
  /** `$`, or a lookahead that only holds at the end (`(?=$)`, `(?!.)`). */
  | 'end'
  /** Zero-width assertions that bound nothing (`\b`, other lookarounds). */
  | 'assertion';

export interface Token {
  readonly kind: TokenKind;
  /** The matched character of a literal. */
  readonly char: string;
  /** Top-level alternatives of a group's body. */
  readonly alternatives: readonly Token[][];
  /** A set that matches `.` and other characters too (`[.-]`, `[^/]`): a label boundary it does not enforce. */
  readonly dotLike: boolean;
  readonly quantifier: '' | '?' | '*' | '+' | '{';
  /** Fewest repetitions (1 without a quantifier). */
  readonly min: number;
  /** A character other than `.` that the token matches (`a` for `[a-z]`), or '' when none is known. */
  readonly sample: string;
  /** True when the token matches each letter of `evil`. */
  readonly matchesWord: boolean;
}

/** Groups nested deeper than this read as an opaque set. */
const MAX_DEPTH = 16;

/** Characters a class is tried against to tell a wildcard and a dot-matching set. */
const PROBES = ['a', 'x', '0', '-', '_', 'Z', '.', '/', ':', ' ', '\n', '%', '\u00e9', '\u2028', 'e', 'v', 'i', 'l'];

/** Unbounded quantifiers above this make trying a string on the pattern costly. */
const MAX_TAME_QUANTIFIERS = 4;

export interface Parsed {
  readonly alternatives: Token[][];
  /**
   * True when running the pattern on a short string is cheap: no
   * backreference, no quantifier inside a quantified element, few unbounded
   * quantifiers.
   */
  readonly tame: boolean;
}

/** The pattern as the engine reads it with `flags`, or null when the engine rejects it. */
function parsePattern(source: string, flags: string): AST.Pattern | null {
  try {
    const parser = new RegExpParser({ ecmaVersion: 2025 });
    const parsedFlags = parser.parseFlags(flags);
    return parser.parsePattern(source, 0, source.length, { unicode: parsedFlags.unicode, unicodeSets: parsedFlags.unicodeSets });
  } catch {
    return null;
  }
}

/** Reads `source` with `flags`; null when the engine would reject it (a RegExp that throws checks nothing). */
export function parseOriginPattern(source: string, flags: string): Parsed | null {
  const pattern = parsePattern(source, flags);
  if (!pattern) return null;
  const reader = new TokenReader(flags.replace(/[gy]/g, ''));
  const alternatives = reader.alternatives(pattern.alternatives, 0);
  return { alternatives, tame: isTame(pattern) };
}

/** True when `source` compiles as a RegExp with `flags`. */
export function isValidPattern(source: string, flags: string): boolean {
  return parsePattern(source, flags) !== null;
}

/** See {@link Parsed.tame}. */
function isTame(pattern: AST.Pattern): boolean {
  let unbounded = 0;
  let tame = true;
  visitRegExpAST(pattern, {
    onBackreferenceEnter: () => {
      tame = false;
    },
    onQuantifierEnter: (node) => {
      if (node.max === Infinity || node.max > 16) unbounded++;
      let parent = node.parent as AST.Node | null;
      for (let steps = 0; parent && steps < 32; steps++, parent = parent.parent) {
        if (parent.type === 'Quantifier') tame = false;
      }
      if (parent) tame = false;
    },
  });
  return tame && unbounded <= MAX_TAME_QUANTIFIERS;
}

function token(kind: TokenKind, char = '', alternatives: Token[][] = [], info: ClassInfo = NO_INFO): Token {
  const sample = kind === 'literal' ? char : kind === 'any' ? 'a' : info.sample;
  return { kind, char, alternatives, dotLike: info.dotLike, quantifier: '', min: 1, sample, matchesWord: kind === 'any' || info.matchesWord };
}

interface ClassInfo {
  readonly any: boolean;
  readonly dotLike: boolean;
  readonly sample: string;
  readonly matchesWord: boolean;
}

const NO_INFO: ClassInfo = { any: false, dotLike: false, sample: '', matchesWord: false };

function quantifierOf(node: AST.Quantifier): Token['quantifier'] {
  if (node.min === 0 && node.max === 1) return '?';
  if (node.min === 0 && node.max === Infinity) return '*';
  if (node.min === 1 && node.max === Infinity) return '+';
  return '{';
}

class TokenReader {
  private readonly ignoreCase: boolean;
  private readonly classCache = new Map<string, ClassInfo>();

  constructor(private readonly flags: string) {
    this.ignoreCase = flags.includes('i');
  }

  alternatives(alternatives: readonly AST.Alternative[], depth: number): Token[][] {
    return alternatives.map((alternative) => alternative.elements.map((element) => this.element(element, depth)));
  }

  private element(node: AST.Element, depth: number): Token {
    switch (node.type) {
      case 'Character':
        return token('literal', String.fromCodePoint(node.value));
      case 'CharacterSet':
        return node.kind === 'any' ? token('any') : token('set', '', [], this.classInfo(node.raw));
      case 'CharacterClass':
      case 'ExpressionCharacterClass':
        return this.characterClass(node);
      case 'Group':
      case 'CapturingGroup':
        return depth < MAX_DEPTH ? token('group', '', this.alternatives(node.alternatives, depth + 1)) : token('set');
      case 'Quantifier':
        return { ...this.element(node.element, depth), quantifier: quantifierOf(node), min: node.min };
      case 'Backreference':
        return token('set');
      case 'Assertion':
        return this.assertion(node);
      default:
        return token('set');
    }
  }

  private assertion(node: AST.Assertion): Token {
    if (node.kind === 'start' || node.kind === 'end') return token(node.kind);
    if (node.kind === 'word') return token('assertion');
    return this.lookaround(node as AST.LookaroundAssertion);
  }

  private lookaround(node: AST.LookaroundAssertion): Token {
    // (?=$), (?!.): nothing may follow; (?<=^), (?<!.): nothing may precede.
    const edge = node.kind === 'lookahead' ? 'end' : 'start';
    const bounds = node.alternatives.every((alt) => {
      const [only, ...rest] = alt.elements;
      if (!only || rest.length > 0) return false;
      return node.negate ? this.matchesAnything(only) : only.type === 'Assertion' && only.kind === edge;
    });
    return token(bounds ? edge : 'assertion');
  }

  private matchesAnything(node: AST.Element): boolean {
    if (node.type === 'CharacterSet' && node.kind === 'any') return true;
    return (node.type === 'CharacterClass' || node.type === 'ExpressionCharacterClass') && this.classInfo(node.raw).any;
  }

  private characterClass(node: AST.CharacterClass | AST.ExpressionCharacterClass): Token {
    const single = this.singleCharacter(node);
    if (single !== null) return token('literal', single);
    const info = this.classInfo(node.raw);
    return info.any ? token('any') : token('set', '', [], info);
  }

  /** `[.]`, `[Vv]` with `i`: a class of one character (up to case when `i` is set). */
  private singleCharacter(node: AST.CharacterClass | AST.ExpressionCharacterClass): string | null {
    if (node.type !== 'CharacterClass' || node.negate || node.elements.length === 0) return null;
    const chars = new Set<string>();
    for (const element of node.elements) {
      if (element.type === 'Character') chars.add(String.fromCodePoint(element.value));
      else if (element.type === 'CharacterClassRange' && element.min.value === element.max.value) chars.add(String.fromCodePoint(element.min.value));
      else return null;
    }
    const folded = new Set([...chars].map((c) => (this.ignoreCase ? c.toLowerCase() : c)));
    if (folded.size === 1) return [...folded][0]!;
    // [Vv] without `i`: one letter in either case.
    const lower = new Set([...chars].map((c) => c.toLowerCase()));
    return lower.size === 1 && chars.size === 2 ? [...lower][0]! : null;
  }

  /** What a class matches, tried on sample characters with the engine (a class matches one character: no backtracking risk). */
  private classInfo(raw: string): ClassInfo {
    const cached = this.classCache.get(raw);
    if (cached) return cached;
    let info = NO_INFO;
    try {
      const re = new RegExp(`^(?:${raw})$`, this.flags);
      const hits = PROBES.filter((probe) => re.test(probe));
      info = {
        any: hits.length === PROBES.length,
        dotLike: hits.includes('.') && hits.length > 1,
        sample: hits.find((hit) => hit !== '.') ?? '',
        matchesWord: ['e', 'v', 'i', 'l'].every((c) => hits.includes(c)),
      };
    } catch {
      // Unreadable here: an opaque set.
    }
    this.classCache.set(raw, info);
    return info;
  }
}
