/**
 * Library versions read from the nearest package.json (its dependency range,
 * else the installed package's own package.json) choose the semantics; without
 * a readable version, the latest behaviour holds.
 */
import parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { collectPolicies, effectiveOrigin } from '../../src/analysis/policies/index.js';
import { compareVersions, packageVersion, parseVersion } from '../../src/analysis/policies/versions.js';
import { versionProject } from '../version-projects.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

const project = versionProject;

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
const KOA = `import cors from '@koa/cors';\napp.use(cors({ credentials: true }));`;
const ELYSIA_HOST = `import { cors } from '@elysiajs/cors';\nnew Elysia().use(cors({ origin: ['https://admin.example.com', 'app.example.com'] }));`;
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

  it('@koa/cors before 5.0 echoes the request Origin when no origin is set; 5.0 defaults to `*`', () => {
    const KOA_PUBLIC = `import cors from '@koa/cors';\napp.use(cors());`;
    expect(effective(KOA_PUBLIC, project('koa-4', { dependencies: { '@koa/cors': '^4.0.0' } }))).toEqual(['echo off -> echo']);
    expect(effective(KOA_PUBLIC, project('koa-3', { dependencies: { '@koa/cors': '3.1.0' } }))).toEqual(['echo off -> echo']);
    expect(effective(KOA_PUBLIC, project('koa-5', { dependencies: { '@koa/cors': '^5.0.0' } }))).toEqual(['any off -> wildcard']);
    expect(effective(KOA_PUBLIC, project('koa-none', { name: 'app' }))).toEqual(['any off -> wildcard']);
    // With credentials every version echoes: by default before 5.0, through `'*'` since.
    expect(effective(KOA, project('koa-4-credentials', { dependencies: { '@koa/cors': '4.0.0' } }))).toEqual(['echo on -> echo']);
    expect(effective(KOA, project('koa-5-credentials', { dependencies: { '@koa/cors': '5.0.0' } }))).toEqual(['any on -> echo']);
  });

  it('@koa/cors before 3.4.1 sends `*` with credentials as is; 3.4.1 and later echo it', () => {
    const KOA_STAR = `import cors from '@koa/cors';\napp.use(cors({ origin: '*', credentials: true }));`;
    expect(effective(KOA_STAR, project('koa-3.4.0', { dependencies: { '@koa/cors': '~3.4.0' } }))).toEqual(['any on -> wildcard']);
    expect(effective(KOA_STAR, project('koa-3.4.1', { dependencies: { '@koa/cors': '^3.4.1' } }))).toEqual(['any on -> echo']);
    expect(effective(KOA_STAR, project('koa-star-none', null))).toEqual(['any on -> echo']);
  });

  it('@elysiajs/cors before 1.3.1 tests a string origin without a scheme as a substring', () => {
    const checksOf = (filename: string) => {
      const sourceCode = sourceCodeOf(ELYSIA_HOST);
      return collectPolicies({ sourceCode }, sourceCode.ast, filename).policies.flatMap((p) =>
        p.origin.weakChecks.map((c) => `${c.reason} ${sourceCode.getText(c.node)} ${c.example}`),
      );
    };
    const substring = ["substring 'app.example.com' https://app.example.com.evil.net"];
    expect(checksOf(project('elysia-1.3.0', { dependencies: { '@elysiajs/cors': '^1.3.0' } }))).toEqual(substring);
    // Ranges that overlap all apply: 1.0.2 also defaulted to `*`.
    const old = project('elysia-1.0.2', { dependencies: { '@elysiajs/cors': '1.0.2' } });
    expect(checksOf(old)).toEqual(substring);
    expect(effective(`import { cors } from '@elysiajs/cors';\nnew Elysia().use(cors());`, old)).toEqual(['any on -> wildcard']);
    expect(checksOf(project('elysia-1.3.1', { dependencies: { '@elysiajs/cors': '^1.3.1' } }))).toEqual([]);
    expect(checksOf(project('elysia-none', { name: 'app' }))).toEqual([]);
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
