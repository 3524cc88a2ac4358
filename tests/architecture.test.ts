/**
 * The layers of src/analysis import downwards only:
 * core ← trust ← server ← policies, client (policies, client and deploy never import each other),
 * and nothing in src/ has an import cycle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../src');
const ANALYSIS = path.join(SRC, 'analysis');

/** A layer may import only layers of a lower rank. */
const RANK: Record<string, number> = { core: 0, trust: 1, server: 2, policies: 3, client: 3, deploy: 3 };

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports of a file (value and type imports alike), resolved to .ts paths. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\(\s*)['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((spec) => path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
}

function layerOf(file: string): string | null {
  const rel = path.relative(ANALYSIS, file);
  if (rel.startsWith('..')) return null;
  const first = rel.split(path.sep)[0]!;
  return first in RANK ? first : null;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('architecture', () => {
  it('finds the layers', () => {
    const layers = new Set(files.map(layerOf).filter(Boolean));
    expect([...layers].sort()).toEqual(Object.keys(RANK).sort());
  });

  it('imports within src/ resolve to files', () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets.filter((t) => !fs.existsSync(t)).map((t) => `${path.relative(SRC, file)} -> ${path.relative(SRC, t)}`),
    );
    expect(missing).toEqual([]);
  });

  it('each analysis layer imports only lower layers', () => {
    const violations: string[] = [];
    for (const [file, targets] of graph) {
      const from = layerOf(file);
      if (!from) continue;
      for (const target of targets) {
        const rel = path.relative(SRC, target);
        if (!rel.startsWith('analysis') && !rel.startsWith('settings') && !rel.startsWith('util')) {
          violations.push(`${path.relative(SRC, file)} imports ${rel} (analysis imports no rules or fixes)`);
          continue;
        }
        const to = layerOf(target);
        if (to === null) {
          if (rel.startsWith('analysis')) violations.push(`${path.relative(SRC, file)} imports ${rel} (the model sits above every layer)`);
          continue;
        }
        if (to !== from && RANK[to]! >= RANK[from]!) violations.push(`${from}/ -> ${to}/: ${path.relative(SRC, file)} imports ${rel}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('has no import cycles', () => {
    const state = new Map<string, 'active' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, stack: string[]) => {
      const seen = state.get(file);
      if (seen === 'done') return;
      if (seen === 'active') {
        cycles.push([...stack.slice(stack.indexOf(file)), file].map((f) => path.relative(SRC, f)).join(' -> '));
        return;
      }
      state.set(file, 'active');
      for (const target of graph.get(file) ?? []) visit(target, [...stack, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
