import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { describeConditions, type Alternative } from '../../src/analysis/core/alternatives.js';
import { resolveModuleFile } from '../../src/analysis/core/module-files.js';
import { createModuleParser } from '../../src/analysis/core/module-parser.js';
import { getPossibleValues } from '../../src/analysis/core/possible-values.js';
import { getObjectEntries, getStaticString, isForeignNode, type ValueContext } from '../../src/analysis/core/values.js';
import { getCorsModel } from '../../src/analysis/model.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cors-modules-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Writes a project of several files under a fresh directory and returns its path. */
function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(root, 'p-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

interface Probe {
  ctx: ValueContext;
  /** The first argument of the last `use(…)` call. */
  arg: TSESTree.Node;
}

/** Lints `file` of `dir` through ESLint's Linter and runs `inspect` on the value context the rules get. */
function lint<T>(dir: string, file: string, inspect: (probe: Probe) => T): T {
  let result: T | undefined;
  const linter = new Linter({ configType: 'flat', cwd: dir });
  const messages = linter.verify(
    fs.readFileSync(path.join(dir, file), 'utf8'),
    [
      {
        files: ['**/*.ts', '**/*.js'],
        languageOptions: { parser, sourceType: 'module' },
        plugins: {
          probe: {
            rules: {
              inspect: {
                create(context) {
                  return {
                    Program() {
                      const sourceCode = context.sourceCode as unknown as Readonly<TSESLint.SourceCode>;
                      const ctx = getCorsModel(sourceCode, { filename: context.filename, parseModule: createModuleParser(context) }).crossModule;
                      let arg: TSESTree.Node | undefined;
                      const visit = (node: TSESTree.Node) => {
                        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'use') arg = node.arguments[0];
                        for (const key of sourceCode.visitorKeys[node.type] ?? []) {
                          const value = (node as unknown as Record<string, unknown>)[key];
                          for (const child of Array.isArray(value) ? value : [value]) {
                            if (child && typeof child === 'object' && 'type' in child) visit(child as TSESTree.Node);
                          }
                        }
                      };
                      visit(sourceCode.ast);
                      result = inspect({ ctx, arg: arg! });
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 'probe/inspect': 'error' },
      },
    ],
    path.join(dir, file),
  );
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return result!;
}

function show(alt: Alternative): string {
  const what = alt.kind === 'value' ? alt.context.sourceCode.getText(alt.node!) : alt.kind === 'undefined' ? 'undefined' : `unknown(${alt.reason})`;
  const when = describeConditions(alt);
  return when ? `${what} ${when}` : what;
}

const valuesOf = (dir: string, file: string) => lint(dir, file, ({ ctx, arg }) => getPossibleValues(ctx, arg).map(show));

describe('values across modules', () => {
  it('reads an ES constant through a .js specifier written for a .ts source, and marks it foreign', () => {
    const dir = project({
      'src/constants.ts': `export const WEB_ORIGIN = process.env.WEB_ORIGIN ?? '*';\n`,
      'src/app.ts': `import { WEB_ORIGIN } from './constants.js';\nuse(WEB_ORIGIN);\n`,
    });
    expect(valuesOf(dir, 'src/app.ts')).toEqual(['unknown(configuration) when WEB_ORIGIN is set', "'*' when WEB_ORIGIN is unset"]);
    const foreign = lint(dir, 'src/app.ts', ({ ctx, arg }) => {
      const star = getPossibleValues(ctx, arg)[1]!;
      return [isForeignNode(ctx, star.node!), isForeignNode(ctx, arg), star.context.filename];
    });
    expect(foreign).toEqual([true, false, path.join(dir, 'src/constants.ts')]);
  });

  it('reads CommonJS exports: module.exports = { … }, exports.x = …, and destructured requires', () => {
    const dir = project({
      'config/cors.js': `const corsOptions = { origin: process.env.CORS_ORIGIN || '*', credentials: true };\nmodule.exports = { corsOptions };\n`,
      'helpers.js': `exports.resolveOrigin = function (list) { if (list.length) return list; return '*'; };\n`,
      'app.js': `const { corsOptions } = require('./config/cors');\nuse(corsOptions.origin);\n`,
      'other.js': `const h = require('./helpers');\nuse(h.resolveOrigin(origins));\n`,
    });
    expect(valuesOf(dir, 'app.js')).toEqual(['unknown(configuration) when CORS_ORIGIN is set', "'*' when CORS_ORIGIN is unset"]);
    expect(valuesOf(dir, 'other.js')).toEqual(['origins when `list.length` is true in resolveOrigin', "'*' when resolveOrigin returns its fallback"]);
    const keys = lint(dir, 'app.js', ({ ctx, arg }) => getObjectEntries(ctx, (arg as TSESTree.MemberExpression).object)?.entries.map((e) => e.key));
    expect(keys).toEqual(['origin', 'credentials']);
  });

  it('follows default exports, index files and re-exports', () => {
    const dir = project({
      'lib/index.ts': `export * from './origins';\nexport { default as cfg } from './cfg';\n`,
      'lib/origins.ts': `export const ALLOWED = ['https://a.example'];\n`,
      'lib/cfg.ts': `export default { origin: true };\n`,
      'a.ts': `import { ALLOWED } from './lib';\nuse(ALLOWED);\n`,
      'b.ts': `import * as lib from './lib/index';\nuse(lib.cfg.origin);\n`,
    });
    expect(valuesOf(dir, 'a.ts')).toEqual(["['https://a.example']"]);
    expect(valuesOf(dir, 'b.ts')).toEqual(['true']);
  });

  it('resolves tsconfig paths and reads header names from a constants module', () => {
    const dir = project({
      'tsconfig.json': `{\n  // paths\n  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"], } }\n}\n`,
      'src/headers.ts': `export const ACAO = 'Access-Control-Allow-Origin';\n`,
      'src/app.ts': `import { ACAO } from '@/headers';\nuse(ACAO);\n`,
    });
    expect(lint(dir, 'src/app.ts', ({ ctx, arg }) => getStaticString(ctx, arg))).toBe('Access-Control-Allow-Origin');
  });

  it('is quiet about missing, unparsable and huge modules, and about its own cycles', () => {
    const dir = project({
      'broken.js': `export const X = ;\n`,
      'big.js': `export const X = '*';\n${'// filler\n'.repeat(40000)}`,
      'loop.js': `export { X } from './loop2';\n`,
      'loop2.js': `export { X } from './loop';\n`,
      'a.js': `import { X } from './missing';\nuse(X);\n`,
      'b.js': `import { X } from './broken';\nuse(X);\n`,
      'c.js': `import { X } from './big';\nuse(X);\n`,
      'd.js': `import { X } from './loop';\nuse(X);\n`,
    });
    for (const file of ['a.js', 'b.js', 'c.js', 'd.js']) expect(valuesOf(dir, file)).toEqual(['X']);
  });

  it('finds the JavaScript file from JavaScript and the TypeScript source from TypeScript, when both exist', () => {
    const dir = project({
      'origin.ts': `export const ORIGIN = 'from-ts';\n`,
      'origin.js': `export const ORIGIN = 'from-js';\n`,
      'a.js': `import { ORIGIN } from './origin';\nuse(ORIGIN);\n`,
      'b.js': `import { ORIGIN } from './origin.js';\nuse(ORIGIN);\n`,
      'c.ts': `import { ORIGIN } from './origin';\nuse(ORIGIN);\n`,
      'd.ts': `import { ORIGIN } from './origin.js';\nuse(ORIGIN);\n`,
    });
    expect(valuesOf(dir, 'a.js')).toEqual(["'from-js'"]);
    expect(valuesOf(dir, 'b.js')).toEqual(["'from-js'"]);
    expect(valuesOf(dir, 'c.ts')).toEqual(["'from-ts'"]);
    expect(valuesOf(dir, 'd.ts')).toEqual(["'from-ts'"]);
  });

  it('reads no asset or data file, and still finds a module whose name has a dot', () => {
    const dir = project({
      // Text that parses as a module, under a name that is no module.
      'logo.svg': `export const X = '*';\n`,
      'data.json': `export const X = '*';\n`,
      'app.service.ts': `export const X = '*';\n`,
      'a.js': `import { X } from './logo.svg';\nuse(X);\n`,
      'b.js': `import { X } from './data.json';\nuse(X);\n`,
      'c.ts': `import { X } from './app.service';\nuse(X);\n`,
    });
    expect(valuesOf(dir, 'a.js')).toEqual(['X']);
    expect(valuesOf(dir, 'b.js')).toEqual(['X']);
    expect(valuesOf(dir, 'c.ts')).toEqual(["'*'"]);
  });

  it('remembers which file a specifier names for five seconds, and reads a module created later after that', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const dir = project({ 'server.js': '' });
      const from = path.join(dir, 'server.js');
      expect(resolveModuleFile(from, './late')).toBeNull();
      fs.writeFileSync(path.join(dir, 'late.js'), 'export const X = 1;\n');
      expect(resolveModuleFile(from, './late')).toBeNull();
      vi.setSystemTime(Date.now() + 5001);
      expect(resolveModuleFile(from, './late')).toBe(path.join(dir, 'late.js'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('sees an edit of an imported module at the next lint', () => {
    const dir = project({ 'origin.js': `export const ORIGIN = 'https://a.example';\n`, 'app.js': `import { ORIGIN } from './origin';\nuse(ORIGIN);\n` });
    expect(valuesOf(dir, 'app.js')).toEqual(["'https://a.example'"]);
    fs.writeFileSync(path.join(dir, 'origin.js'), `export const ORIGIN = process.env.O || '*';\n`);
    expect(valuesOf(dir, 'app.js')).toEqual(['unknown(configuration) when O is set', "'*' when O is unset"]);
  });

  it('checks a module read several times in one lint against the disk once', () => {
    const dir = project({
      'origins.js': `export const A = 'https://a.example';\nexport const B = 'https://b.example';\nexport const C = 'https://c.example';\n`,
      'app.js': `import { A, B, C } from './origins';\nuse([A, B, C]);\n`,
    });
    const origins = path.join(dir, 'origins.js');
    const stat = vi.spyOn(fs, 'statSync');
    try {
      const statsOf = () => stat.mock.calls.filter(([file]) => file === origins).length;
      const lintOnce = () => lint(dir, 'app.js', ({ ctx, arg }) => (arg as TSESTree.ArrayExpression).elements.map((e) => getStaticString(ctx, e!)));
      // Once to find it (`./origins` names `origins.js`), once to check it, for three reads.
      expect(lintOnce()).toEqual(['https://a.example', 'https://b.example', 'https://c.example']);
      expect(statsOf()).toBe(2);
      // The next lint checks it again; which file `./origins` names is remembered.
      expect(lintOnce()).toEqual(['https://a.example', 'https://b.example', 'https://c.example']);
      expect(statsOf()).toBe(3);
    } finally {
      stat.mockRestore();
    }
  });
});
