/**
 * Pointers into docs/cors-semantics.md resolve: code comments and documents
 * cite it by anchor (`docs/cors-semantics.md#koacors`) or by heading
 * (`docs/cors-semantics.md, "Client requests"`), and the page links to its own
 * sections (`(#severity)`). A renamed or removed section fails here instead of
 * leaving a dangling reference.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SEMANTICS = 'docs/cors-semantics.md';
const page = fs.readFileSync(path.join(root, SEMANTICS), 'utf8');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const headings = [...page.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1]!.trim());
const anchors = new Set([...[...page.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!), ...headings.map(slug)]);

const SCANNED = /\.(?:[cm]?[jt]s|tsx|jsx|md)$/;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(full);
    return SCANNED.test(entry.name) ? [full] : [];
  });
}

const files = [
  ...['src', 'tests', 'scripts', 'docs'].flatMap((dir) => filesUnder(path.join(root, dir))),
  ...fs.readdirSync(root).filter((name) => name.endsWith('.md')).map((name) => path.join(root, name)),
];

interface Pointer {
  readonly where: string;
  readonly target: string;
  readonly kind: 'anchor' | 'heading';
}

/** Every citation of the page in `file`, with its line. */
function pointersIn(file: string): Pointer[] {
  const text = fs.readFileSync(file, 'utf8');
  const rel = path.relative(root, file);
  const line = (index: number) => text.slice(0, index).split('\n').length;
  const found: Pointer[] = [];
  for (const m of text.matchAll(/cors-semantics\.md#([\w-]+)/g)) found.push({ where: `${rel}:${line(m.index)}`, target: m[1]!, kind: 'anchor' });
  for (const m of text.matchAll(/cors-semantics\.md[`'"]?,\s*(?:\*\s*)?"([^"\n]+)"/g)) {
    found.push({ where: `${rel}:${line(m.index)}`, target: m[1]!, kind: 'heading' });
  }
  if (rel === SEMANTICS) {
    for (const m of text.matchAll(/\]\(#([\w-]+)\)/g)) found.push({ where: `${rel}:${line(m.index)}`, target: m[1]!, kind: 'anchor' });
  }
  return found;
}

describe(SEMANTICS, () => {
  const pointers = files.flatMap(pointersIn);

  it('is cited somewhere', () => {
    expect(pointers.length).toBeGreaterThan(0);
  });

  it('has every section that code and documents point at', () => {
    const dangling = pointers
      .filter((p) => (p.kind === 'anchor' ? !anchors.has(p.target) : !headings.includes(p.target)))
      .map((p) => `${p.where}: ${p.kind === 'anchor' ? `#${p.target}` : JSON.stringify(p.target)}`);
    expect(dangling).toEqual([]);
  });

  it('gives each explicit anchor once', () => {
    const ids = [...page.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
