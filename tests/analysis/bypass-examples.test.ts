import { describe, expect, it } from 'vitest';
import { listTextExample, prefixExample, substringExample, suffixExample } from '../../src/analysis/trust/bypass-examples.js';
import { analyzeOriginRegExp } from '../../src/analysis/trust/origin-regexp.js';

/** `/source/flags` as written in code, split into source and flags. */
function split(literal: string): [string, string] {
  const end = literal.lastIndexOf('/');
  return [literal.slice(1, end), literal.slice(end + 1)];
}

describe('origins that get past a weak RegExp, built from the pattern', () => {
  it.each<[string, Record<string, string>]>([
    ['/^https:\\/\\/example.com$/', { 'unescaped-dot': 'https://examplexcom' }],
    ['/^https:\\/\\/app.example.com$/', { 'unescaped-dot': 'https://appxexample.com' }],
    ['/^https:\\/\\/(app|admin).example\\.com$/', { 'unescaped-dot': 'https://appxexample.com' }],
    ['/^https:\\/\\/app[.-]example\\.com$/', { 'unescaped-dot': 'https://app-example.com' }],
    ['/example\\.com$/', { 'unanchored-start': 'https://evilexample.com' }],
    ['/example\\.com/', { 'unanchored-start': 'https://evilexample.com', 'unanchored-end': 'https://example.com.evil.net' }],
    ['/\\.example\\.com/', { 'unanchored-end': 'https://app.example.com.evil.net' }],
    ['/^https:\\/\\/app\\.example\\.com/i', { 'unanchored-end': 'https://app.example.com.evil.net' }],
    ['/^https:\\/\\/APP\\.example\\.com/i', { 'unanchored-end': 'https://app.example.com.evil.net' }],
    // Another port of the same host is not shown as a bypass.
    ['/^http:\\/\\/localhost:3000/', {}],
    ['/^https:\\/\\/.*example\\.com$/', { 'open-domain-label': 'https://evilexample.com' }],
    ['/^https:\\/\\/[a-z]*example\\.com$/', { 'open-domain-label': 'https://evilexample.com' }],
    ['/^https:\\/\\/[0-9]*example\\.com$/', { 'open-domain-label': 'https://0000example.com' }],
    // No origin can end a scheme-prefixed pattern after a longer start: no example.
    ['/https:\\/\\/app\\.example\\.com$/', {}],
    // g/y and shared hosting have no bypassing origin to show.
    ['/^https:\\/\\/app\\.example\\.com$/g', {}],
    ['/\\.vercel\\.app$/', {}],
  ])('%s', (literal, expected) => {
    const [source, flags] = split(literal);
    const { examples } = analyzeOriginRegExp(source, flags);
    expect(examples).toEqual(expected);
    // Each example really is accepted by the pattern.
    for (const example of Object.values(examples)) expect(new RegExp(source, flags.replace(/[gy]/g, '')).test(example!)).toBe(true);
  });

  it('never runs a pattern that could backtrack badly', () => {
    for (const literal of ['/^(a+)+example\\.com/', '/^https:\\/\\/(?:.*)*example\\.com$/', '/^(.*).*.*.*.*.*example.com/', '/^(\\w)\\1example.com/']) {
      const [source, flags] = split(literal);
      const result = analyzeOriginRegExp(source, flags);
      expect(result.weaknesses.length).toBeGreaterThan(0);
      expect(result.examples).toEqual({});
    }
  });
});

describe('origins that get past a weak string check', () => {
  it.each<[string, (text: string) => string | null, string, string | null]>([
    ['substring', substringExample, 'example.com', 'https://example.com.evil.net'],
    ['substring', substringExample, 'https://app.example.com', 'https://app.example.com.evil.net'],
    ['substring', substringExample, 'localhost:3000', 'https://evillocalhost:3000'],
    ['substring', substringExample, '://', null],
    ['list text', listTextExample, 'https://a.example.com,https://b.example.com', 'https://a.example.co'],
    ['list text', listTextExample, 'a b c', null],
    ['prefix', prefixExample, 'https://example.com', 'https://example.com.evil.net'],
    ['prefix', prefixExample, 'http://localhost', 'http://localhost.evil.net'],
    ['prefix', prefixExample, 'example', null],
    ['suffix', suffixExample, 'example.com', 'https://evilexample.com'],
    ['suffix', suffixExample, 'example.com:8080', 'https://evilexample.com:8080'],
    ['suffix', suffixExample, '-example.com', 'https://evil-example.com'],
  ])('%s of %j', (_kind, build, text, expected) => {
    expect(build(text)).toBe(expected);
  });
});
