/**
 * The package as users install it: its metadata, what it needs at run time,
 * and the types of its public exports.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ESLint, Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import plugin, { rules, type CorsSettingsInput, type RuleName } from '../src/index.js';
import { REPOSITORY_URL } from '../src/meta.js';
import type { rules as ruleModules } from '../src/rules/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

interface PackageJson {
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  scripts: Record<string, string>;
}
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * Packages a source file loads at run time: the imports left in its JavaScript as
 * the build emits it (type-only imports erased, `import { type X }` kept as a
 * side-effect import, comments dropped).
 */
function runtimePackages(file: string): string[] {
  const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true, removeComments: true },
  });
  const specifiers = [
    ...outputText.matchAll(/^\s*(?:import|export)\s+(?:[\w$*{},\s]+?\s+from\s+)?['"]([^'"]+)['"]/gm),
    ...outputText.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers
    .filter((spec) => !spec.startsWith('.'))
    .map((spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!));
}

describe('package.json', () => {
  it('points repository, homepage and bugs at the repository the rule docs link to', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPOSITORY_URL}.git` });
    expect(pkg.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY_URL}/issues` });
    for (const [name, rule] of Object.entries(rules)) {
      expect(rule.meta?.docs?.url, name).toBe(`${pkg.homepage.replace(/#readme$/, '')}/blob/main/docs/rules/${name}.md`);
    }
  });

  it('builds on prepare, so that installs from git carry dist/', () => {
    expect(pkg.scripts.prepare).toBe('node scripts/prepare.mjs');
    expect(fs.readFileSync(path.join(root, 'scripts', 'prepare.mjs'), 'utf8')).toContain("'build.mjs'");
    // npm pack and npm publish run prepare as well; a prepack build would run twice.
    expect(pkg.scripts.prepack).toBeUndefined();
  });
});

describe('prepare', () => {
  /**
   * A copy of the build scripts in a temporary package whose `tsc` is a stand-in: absent, or one
   * that writes the outputs of its project and exits with `exitCode` (2 is what tsc does on type errors).
   */
  function preparePackage(tsc: { exitCode: number } | null): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prepare-'));
    fs.mkdirSync(path.join(dir, 'scripts'));
    for (const file of ['prepare.mjs', 'build.mjs']) fs.copyFileSync(path.join(root, 'scripts', file), path.join(dir, 'scripts', file));
    if (tsc) {
      fs.mkdirSync(path.join(dir, 'node_modules', 'typescript', 'bin'), { recursive: true });
      const fake = `const fs = require('fs'); const path = require('path');
const out = process.argv.at(-1).endsWith('cjs.json') ? ['dist/cjs/index.js'] : ['dist/esm/index.js', 'dist/esm/index.d.ts'];
for (const file of out) { fs.mkdirSync(path.dirname(file), { recursive: true }); fs.writeFileSync(file, ''); }
process.exit(${tsc.exitCode});\n`;
      fs.writeFileSync(path.join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), fake);
    }
    return dir;
  }

  const prepare = (dir: string) => spawnSync(process.execPath, [path.join(dir, 'scripts', 'prepare.mjs')], { cwd: dir, encoding: 'utf8' });

  it('builds dist/ when the build succeeds', () => {
    const dir = preparePackage({ exitCode: 0 });
    expect(prepare(dir).status).toBe(0);
    for (const file of ['dist/esm/index.js', 'dist/index.cjs', 'dist/index.d.cts']) expect(fs.existsSync(path.join(dir, file)), file).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps npm ci working without devDependencies: no TypeScript, no build, exit 0', () => {
    const dir = preparePackage(null);
    const result = prepare(dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('typescript is not installed');
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leaves a usable dist/ with a warning on type errors, so that npm ci goes on to the type check', () => {
    const dir = preparePackage({ exitCode: 2 });
    const result = prepare(dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('the build reported errors');
    expect(fs.existsSync(path.join(dir, 'dist', 'index.cjs'))).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fails when the build leaves no dist/', () => {
    const dir = preparePackage({ exitCode: 0 });
    fs.writeFileSync(path.join(dir, 'scripts', 'build.mjs'), 'process.exit(1);\n');
    const result = prepare(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('dist/ is incomplete');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('run-time imports', () => {
  const allowed = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);
  const files = sourceFiles(path.join(root, 'src'));

  it('finds value imports of packages (the check can fail)', () => {
    const used = new Set(files.flatMap(runtimePackages));
    expect([...used]).toContain('@typescript-eslint/types');
    expect([...used]).toContain('@eslint-community/eslint-utils');
  });

  it('loads only dependencies, peer dependencies and Node built-ins: never typescript or @typescript-eslint/utils', () => {
    const outside = files.flatMap((file) =>
      runtimePackages(file)
        .filter((name) => !allowed.has(name) && !name.startsWith('node:') && !builtinModules.includes(name))
        .map((name) => `${path.relative(root, file)}: ${name}`),
    );
    expect(outside).toEqual([]);
    expect(allowed.has('typescript') || allowed.has('@typescript-eslint/utils')).toBe(false);
  });
});

describe('public types', () => {
  it('names every rule in RuleName', () => {
    expectTypeOf<RuleName>().toEqualTypeOf<keyof typeof ruleModules>();
    expect(Object.keys(plugin.rules).sort()).toEqual(Object.keys(rules).sort());
  });

  it("are ESLint's own: the plugin, its configs and settings fit defineConfig, Linter.Config and ESLint.Plugin", () => {
    const asPlugin: ESLint.Plugin = plugin;
    const flat: Linter.Config[] = [plugin.configs.recommended, plugin.configs.strict, plugin.configs.all];
    const legacy: Linter.LegacyConfig[] = [plugin.configs['recommended-legacy'], plugin.configs['all-legacy']];
    const settings: CorsSettingsInput = { allowedOrigins: ['https://app.example.com'] };
    const config = defineConfig(plugin.configs.recommended, { plugins: { cors: plugin }, settings: { cors: settings } }, flat);
    expect(asPlugin.configs?.recommended).toBe(flat[0]);
    expect(legacy.map((c) => c.plugins)).toEqual([['cors'], ['cors']]);
    expect(config.length).toBe(5);
  });
});
