/**
 * Library versions read from the nearest package.json (its dependency range,
 * else the installed package's own package.json) choose the semantics; without
 * a readable version, the latest behaviour holds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { collectPolicies, effectiveOrigin } from '../../src/analysis/policies/index.js';
import { compareVersions, packageVersion, parseVersion } from '../../src/analysis/policies/versions.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cors-versions-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A project directory with the given package.json (an object, or raw text) and installed packages. */
function project(name: string, manifest: object | string | null, installed: Record<string, string> = {}): string {
  const dir = path.join(root, name);
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  if (manifest !== null) fs.writeFileSync(path.join(dir, 'package.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
  for (const [pkg, version] of Object.entries(installed)) {
    fs.mkdirSync(path.join(dir, 'node_modules', pkg), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules', pkg, 'package.json'), JSON.stringify({ name: pkg, version }));
  }
  return path.join(dir, 'src', 'server.ts');
}

function sourceCodeOf(code: string): SourceCode {
  let captured: SourceCode | undefined;
  new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
        plugins: { capture: { rules: { source: { create: (context) => ((captured = context.sourceCode as unknown as SourceCode), {}) } } } },
        rules: { 'capture/source': 'error' },
      },
    ],
    'file.ts',
  );
  return captured!;
}

function effective(code: string, filename: string): string[] {
  const sourceCode = sourceCodeOf(code);
  return collectPolicies({ sourceCode }, sourceCode.ast, filename).policies.map((p) => `${p.origin.kind} ${p.credentials.kind} -> ${effectiveOrigin(p)}`);
}

const HONO = `import { cors } from 'hono/cors';\napp.use(cors({ credentials: true }));`;
const MIDDY = `import cors from '@middy/http-cors';\nexport const handler = middy(lambda).use(cors({ credentials: true }));`;
const H3 = `import { handleCors } from 'h3';\nhandleCors(event, { origin: ['https://app.example.com'], credentials: true, allowHeaders: '*', methods: '*' });`;

describe('versions', () => {
  it('parses ranges to their lowest version and compares them', () => {
    expect(parseVersion('^4.12.10')).toEqual([4, 12, 10]);
    expect(parseVersion('~5.0')).toEqual([5, 0, 0]);
    expect(parseVersion('4.x')).toEqual([4, 0, 0]);
    expect(parseVersion('>=1.2.3 <2')).toEqual([1, 2, 3]);
    expect(parseVersion('latest')).toBeNull();
    expect(parseVersion(42)).toBeNull();
    expect(compareVersions([4, 12, 9], [4, 12, 25])).toBeLessThan(0);
    expect(compareVersions([4, 13, 0], [4, 12, 25])).toBeGreaterThan(0);
  });

  it('hono 4.12.9 to 4.12.24 echo `*` with credentials; other versions send it as is', () => {
    expect(effective(HONO, project('hono-echo', { dependencies: { hono: '^4.12.10' } }))).toEqual(['any on -> echo']);
    expect(effective(HONO, project('hono-old', { dependencies: { hono: '4.12.8' } }))).toEqual(['any on -> wildcard']);
    expect(effective(HONO, project('hono-new', { dependencies: { hono: '^4.12.25' } }))).toEqual(['any on -> wildcard']);
  });

  it('the installed package.json counts when the dependency is not listed', () => {
    expect(effective(HONO, project('hono-installed', { name: 'app' }, { hono: '4.12.20' }))).toEqual(['any on -> echo']);
  });

  it('@middy/http-cors up to 5.x defaults to `*`, echoed with credentials; 6 and later send nothing', () => {
    expect(effective(MIDDY, project('middy-5', { dependencies: { '@middy/http-cors': '^5.4.0' } }))).toEqual(['any on -> echo']);
    expect(effective(MIDDY, project('middy-7', { dependencies: { '@middy/http-cors': '^7.9.2' } }))).toEqual(['disabled on -> disabled']);
  });

  it('h3 1 sends `*` in methods as is; h3 2 reflects it when credentials are on', () => {
    const methodsOf = (filename: string) => {
      const sourceCode = sourceCodeOf(H3);
      return collectPolicies({ sourceCode }, sourceCode.ast, filename).policies.flatMap((p) => p.headerWildcards.map((w) => w.header));
    };
    expect(methodsOf(project('h3-1', { dependencies: { h3: '^1.15.11' } }))).toEqual(['Access-Control-Allow-Methods']);
    expect(methodsOf(project('h3-2', { dependencies: { h3: '^2.0.8' } }))).toEqual([]);
  });

  it('missing, invalid or unreadable manifests mean the latest behaviour, never an error', () => {
    expect(effective(HONO, project('no-manifest', null))).toEqual(['any on -> wildcard']);
    expect(effective(HONO, project('invalid-json', '{ "dependencies": { "hono": '))).toEqual(['any on -> wildcard']);
    expect(effective(HONO, project('array-json', '[1, 2]'))).toEqual(['any on -> wildcard']);
    expect(effective(HONO, project('bad-range', { dependencies: { hono: 'github:honojs/hono' } }))).toEqual(['any on -> wildcard']);
    expect(packageVersion(undefined, 'hono')).toBeNull();
    expect(packageVersion('relative/file.ts', 'hono')).toBeNull();
  });
});
