import { describe, expect, it } from 'vitest';
import { analyzeOriginRegExp, isPublicSuffix, sharedHostingSuffixOf } from '../../src/analysis/trust/origin-regexp.js';

/** `/source/flags` as written in code, split into source and flags. */
function analyze(literal: string) {
  const end = literal.lastIndexOf('/');
  const result = analyzeOriginRegExp(literal.slice(1, end), literal.slice(end + 1));
  return { weaknesses: [...result.weaknesses].sort(), suggestion: result.suggestion, shared: result.sharedHostingSuffix };
}

/** Checks a pattern's verdict against what it really matches. */
function matches(literal: string, origin: string): boolean {
  const end = literal.lastIndexOf('/');
  return new RegExp(literal.slice(1, end), literal.slice(end + 1).replace(/[gy]/g, '')).test(origin);
}

describe('safe patterns', () => {
  it.each([
    '/^https:\\/\\/app\\.example\\.com$/',
    '/^https:\\/\\/app\\.example\\.com$/i',
    '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/',
    '/^https:\\/\\/[a-z0-9-]+\\.example\\.com$/',
    '/^https:\\/\\/a\\.example\\.com$|^https:\\/\\/b\\.example\\.com$/',
    '/^(https:\\/\\/a\\.example\\.com|https:\\/\\/b\\.example\\.com)$/',
    '/^(?:https:\\/\\/a\\.example\\.com$|https:\\/\\/b\\.example\\.com$)/',
    '/^https?:\\/\\/localhost:\\d+$/',
    '/^https:\\/\\/app\\.example\\.com(:\\d+)?$/',
    '/^https:\\/\\/.*\\.example\\.com$/',
    '/^https:\\/\\/[a-z]+app\\.example\\.com$/',
    '/^https:\\/\\/myapp\\.vercel\\.app$/',
    '/^https:\\/\\/[a-z]+\\.myapp\\.vercel\\.app$/',
    // Dot-bounded: exactly the subdomains of example.com, like hostname.endsWith('.example.com').
    '/\\.example\\.com$/',
    '/.*\\.example\\.com$/',
  ])('%s has no weakness', (literal) => {
    expect(analyze(literal)).toEqual({ weaknesses: [], suggestion: null, shared: null });
  });

  it('the dot-bounded pattern matches subdomains only', () => {
    expect(matches('/\\.example\\.com$/', 'https://app.example.com')).toBe(true);
    expect(matches('/\\.example\\.com$/', 'https://evilexample.com')).toBe(false);
    expect(matches('/\\.example\\.com$/', 'https://example.com.evil.net')).toBe(false);
  });
});

describe('weak patterns and their replacement', () => {
  it.each<[string, string[], string | null]>([
    // Open start: any label may precede the name. The rewrite allows example.com and its subdomains over https.
    ['/example\\.com$/', ['unanchored-start'], '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/'],
    ['/example\\.com/', ['unanchored-end', 'unanchored-start'], '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/'],
    ['/example\\.com$/i', ['unanchored-start'], '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/i'],
    ['/\\.example\\.com/', ['unanchored-end'], '/^https:\\/\\/(?:[a-z0-9-]+\\.)+example\\.com$/'],
    ['/^https:\\/\\/app.example.com$/', ['unescaped-dot'], '/^https:\\/\\/app\\.example\\.com$/'],
    ['/^https:\\/\\/app\\.example\\.com/', ['unanchored-end'], '/^https:\\/\\/app\\.example\\.com$/'],
    ['/https:\\/\\/app\\.example\\.com$/', ['unanchored-start'], '/^https:\\/\\/app\\.example\\.com$/'],
    ['/^http:\\/\\/localhost:3000/', ['unanchored-end'], '/^http:\\/\\/localhost:3000$/'],
    ['/app.example.com/', ['unanchored-end', 'unanchored-start', 'unescaped-dot'], '/^https:\\/\\/(?:[a-z0-9-]+\\.)*app\\.example\\.com$/'],
    ['/.example\\.com$/', ['unanchored-start', 'unescaped-dot'], '/^https:\\/\\/(?:[a-z0-9-]+\\.)+example\\.com$/'],
    // Stateful flags: same pattern without g/y, other flags kept.
    ['/^https:\\/\\/app\\.example\\.com$/g', ['stateful-flag'], '/^https:\\/\\/app\\.example\\.com$/'],
    ['/^https:\\/\\/app\\.example\\.com$/gi', ['stateful-flag'], '/^https:\\/\\/app\\.example\\.com$/i'],
    ['/^https:\\/\\/app\\.example\\.com$/y', ['stateful-flag'], '/^https:\\/\\/app\\.example\\.com$/'],
    ['/example\\.com$/g', ['stateful-flag', 'unanchored-start'], '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/'],
    // An operator-precedence slip: ^ binds to the first alternative only.
    ['/^https:\\/\\/a\\.com|b\\.com$/', ['unanchored-end', 'unanchored-start'], null],
    // A wildcard running into the registrable label.
    ['/^https:\\/\\/.*example\\.com$/', ['open-domain-label'], null],
    ['/^https:\\/\\/[a-z]*example\\.com$/', ['open-domain-label'], null],
    // Unescaped dot inside a group: no rewrite of groups.
    ['/^https:\\/\\/(app|admin).example\\.com$/', ['unescaped-dot'], null],
    // Not a host-only body (a path): left alone.
    ['/^\\/api/', ['unanchored-end'], null],
  ])('%s', (literal, weaknesses, suggestion) => {
    expect(analyze(literal)).toEqual({ weaknesses, suggestion, shared: null });
  });

  it('each rewrite is itself without weakness and keeps the intended origins', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['/example\\.com$/', ['https://example.com', 'https://app.example.com'], ['https://evilexample.com', 'https://example.com.evil.net', 'http://example.com']],
      ['/^https:\\/\\/app.example.com$/', ['https://app.example.com'], ['https://appxexample.com']],
      ['/\\.example\\.com/', ['https://a.example.com'], ['https://example.com', 'https://a.example.com.evil.net']],
    ];
    for (const [literal, accepted, rejected] of cases) {
      const { suggestion } = analyze(literal);
      expect(suggestion).not.toBeNull();
      expect(analyze(suggestion!).weaknesses).toEqual([]);
      for (const origin of accepted) expect(matches(suggestion!, origin)).toBe(true);
      for (const origin of rejected) expect(matches(suggestion!, origin)).toBe(false);
      // The original really is bypassable.
      expect(rejected.some((origin) => matches(literal, origin))).toBe(true);
    }
  });
});

describe('shared hosting', () => {
  it.each<[string, string[]]>([
    ['/vercel\\.app$/', ['shared-hosting', 'unanchored-start']],
    ['/\\.vercel\\.app$/', ['shared-hosting']],
    ['/^https:\\/\\/.*\\.vercel\\.app$/', ['shared-hosting']],
    ['/^https:\\/\\/(?:[a-z0-9-]+\\.)*vercel\\.app$/', ['shared-hosting']],
    ['/^https:\\/\\/my-app-[a-z0-9-]+\\.vercel\\.app$/', ['shared-hosting']],
    ['/^https:\\/\\/[a-z0-9-]+\\.netlify\\.app$/', ['shared-hosting']],
    ['/^https:\\/\\/.*\\.github\\.io$/', ['shared-hosting']],
    ['/\\.herokuapp\\.com$/', ['shared-hosting']],
    ['/^https:\\/\\/[^.]+\\.pages\\.dev$/', ['shared-hosting']],
    ['/myapp\\.vercel\\.app$/', ['unanchored-start']],
  ])('%s', (literal, weaknesses) => {
    const result = analyze(literal);
    expect(result.weaknesses).toEqual(weaknesses);
    if (weaknesses.includes('shared-hosting')) {
      // What was meant (which deployments) is not evident: no rewrite.
      expect(result.suggestion).toBeNull();
      expect(result.shared).toMatch(/^\.[a-z.]+$/);
    }
  });

  it('a bounded rewrite under a shared domain keeps the named label', () => {
    expect(analyze('/myapp\\.vercel\\.app$/').suggestion).toBe('/^https:\\/\\/(?:[a-z0-9-]+\\.)*myapp\\.vercel\\.app$/');
  });

  it('names the trusted suffix', () => {
    expect(analyze('/^https:\\/\\/.*\\.vercel\\.app$/').shared).toBe('.vercel.app');
    expect(analyze('/\\.github\\.io$/').shared).toBe('.github.io');
  });

  it.each<[string, string | null]>([
    ['.vercel.app', '.vercel.app'],
    ['vercel.app', '.vercel.app'],
    ['.Netlify.App', '.netlify.app'],
    ['-team.vercel.app', '.vercel.app'],
    ['.myapp.vercel.app', null],
    ['myapp.vercel.app', null],
    ['.example.com', null],
  ])('sharedHostingSuffixOf(%j) is %j', (suffix, expected) => {
    expect(sharedHostingSuffixOf(suffix)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['.com', true],
    ['com', true],
    ['.co.uk', true],
    ['.example.com', false],
    ['.example.co.uk', false],
    ['.localhost', false],
  ])('isPublicSuffix(%j) is %j', (suffix, expected) => {
    expect(isPublicSuffix(suffix)).toBe(expected);
  });
});

describe('patterns read as the engine reads them', () => {
  it.each<[string, string[]]>([
    // Escapes that mean a dot are a dot.
    ['/^https:\\/\\/app\\x2eexample\\x2ecom$/', []],
    ['/^https:\\/\\/app\\u002eexample\\.com$/', []],
    ['/^https:\\/\\/app\\u{2e}example\\.com$/u', []],
    ['/\\x2eexample\\x2ecom$/', []],
    ['/^https:\\/\\/[a-z]+\\x2evercel\\x2eapp$/', ['shared-hosting']],
    // A class of one character is that character.
    ['/^https:\\/\\/app[.]example[.]com$/', []],
    ['/[.]example[.]com$/', []],
    // A class that matches a dot and more is no label boundary.
    ['/^https:\\/\\/app[.-]example\\.com$/', ['unescaped-dot']],
    ['/^https:\\/\\/[a-z.]*example\\.com$/', ['open-domain-label']],
    // v-mode classes: set operations and strings.
    ['/^https:\\/\\/[[a-z]--[x]]+\\.example\\.com$/v', []],
    ['/^https:\\/\\/[[a-z]--[x]]*example\\.com$/v', ['open-domain-label']],
    ['/^https:\\/\\/[\\q{app|admin}]\\.example\\.com$/v', []],
    // Named groups and backreferences.
    ['/^https:\\/\\/(?<sub>[a-z]+)\\.example\\.com$/', []],
    ['/^https:\\/\\/(?<sub>[a-z]+).example\\.com$/', ['unescaped-dot']],
    ['/^https:\\/\\/(?<n>[a-z]+)\\.\\k<n>\\.example\\.com$/', []],
    ['/^https:\\/\\/([a-z]+)\\.\\1\\.example\\.com$/', []],
    // Lookarounds: an end written as a lookahead bounds the end; others bound nothing.
    ['/^https:\\/\\/app\\.example\\.com(?=$)/', []],
    ['/^https:\\/\\/app\\.example\\.com(?!.)/', []],
    ['/^https:\\/\\/(?!evil)[a-z]+\\.example\\.com$/', []],
    // Wildcards: `.` with or without `s`, and classes that match everything.
    ['/^https:\\/\\/app.example.com$/s', ['unescaped-dot']],
    ['/^https:\\/\\/app[^]example\\.com$/', ['unescaped-dot']],
    ['/^https:\\/\\/[\\s\\S]*example\\.com$/', ['open-domain-label']],
    ['/^https:\\/\\/(?:[a-z]+)*example\\.com$/', ['open-domain-label']],
    ['/^https:\\/\\/[\\s\\S]*\\.example\\.com$/s', []],
    // Case: `i` changes nothing about what is bounded.
    ['/^https:\\/\\/app\\.EXAMPLE\\.com$/i', []],
    ['/\\.VERCEL\\.APP$/i', ['shared-hosting']],
    // Each alternative is bounded on its own.
    ['/^https:\\/\\/a\\.example\\.com|https:\\/\\/b\\.example\\.com$/', ['unanchored-end', 'unanchored-start']],
    ['/^https:\\/\\/a\\.example\\.com$|^https:\\/\\/b\\.example\\.com/', ['unanchored-end']],
    ['/^(?:https:\\/\\/a\\.example\\.com|https:\\/\\/b\\.example\\.com$)/', ['unanchored-end']],
    ['/(?:^https:\\/\\/a\\.example\\.com|^https:\\/\\/b\\.example\\.com)$/', []],
  ])('%s', (literal, weaknesses) => {
    const result = analyze(literal);
    expect(result.weaknesses).toEqual(weaknesses);
  });

  it('each verdict agrees with what the engine matches', () => {
    expect(matches('/\\x2eexample\\x2ecom$/', 'https://evilexample.com')).toBe(false);
    expect(matches('/^https:\\/\\/app[.-]example\\.com$/', 'https://app-example.com')).toBe(true);
    expect(matches('/^https:\\/\\/app[^]example\\.com$/', 'https://appxexample.com')).toBe(true);
    expect(matches('/^https:\\/\\/app\\.example\\.com(?=$)/', 'https://app.example.com.evil.net')).toBe(false);
    expect(matches('/^https:\\/\\/a\\.example\\.com$|^https:\\/\\/b\\.example\\.com/', 'https://b.example.com.evil.net')).toBe(true);
  });

  it('a pattern the engine rejects is not judged', () => {
    for (const [source, flags] of [['(', ''], ['[a-z-]', 'v'], ['a', 'uv'], ['\\-', 'u'], ['a', 'gg']] as const) {
      expect(analyzeOriginRegExp(source, flags)).toEqual({ valid: false, weaknesses: [], suggestion: null, sharedHostingSuffix: null, examples: {} });
    }
  });

  it('many wildcards in a row are read', () => {
    expect(analyze(`/^${'.*'.repeat(20000)}$/`).weaknesses).toEqual([]);
    expect(analyze(`/^https:\\/\\/${'.*a'.repeat(20000)}\\.com$/`).weaknesses).toEqual(['open-domain-label']);
  });
});

describe('every suggestion compiles with its flags', () => {
  it.each<[string, string | null]>([
    // In v mode a `-` in a class must be escaped.
    ['/example\\.com/v', '/^https:\\/\\/(?:[a-z0-9\\-]+\\.)*example\\.com$/v'],
    ['/\\.example\\.com/v', '/^https:\\/\\/(?:[a-z0-9\\-]+\\.)+example\\.com$/v'],
    ['/example\\.com$/u', '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/u'],
    ['/^https:\\/\\/app.example.com$/s', '/^https:\\/\\/app\\.example\\.com$/s'],
    ['/^https:\\/\\/app\\.example\\.com$/gv', '/^https:\\/\\/app\\.example\\.com$/v'],
    ['/^https:\\/\\/app.example.com$/dimsu', '/^https:\\/\\/app\\.example\\.com$/dimsu'],
  ])('%s → %s', (literal, suggestion) => {
    const result = analyze(literal);
    expect(result.suggestion).toBe(suggestion);
    const end = suggestion!.lastIndexOf('/');
    expect(() => new RegExp(suggestion!.slice(1, end), suggestion!.slice(end + 1))).not.toThrow();
    expect(analyze(suggestion!).weaknesses).toEqual([]);
  });
});

describe('odd patterns never throw', () => {
  it.each(['', '(', ')', '[', '\\', '(?<name>a)', '(?=x)a$', 'a{2,}', 'a{', '[\\]]', '^$', '|', '(?:)', '\\k<a>', '\\1'])('%j', (source) => {
    expect(() => analyzeOriginRegExp(source, 'g')).not.toThrow();
  });
});
