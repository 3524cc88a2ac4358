/**
 * Parsing another module with the linted file's parser: straight through a
 * parser that gives a scope manager (typescript-eslint), with ESLint's scope
 * analyser for espree, else through ESLint's Linter; either way a SourceCode
 * with scopes and parents.
 */
import tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/types';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it, vi } from 'vitest';
import { createModuleParser } from '../../src/analysis/core/module-parser.js';

const typescript = { languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' } };
const defaultParser = { languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' } };

/** The init of the first declarator of `export const X = …` in a parsed module, with what the analysis needs of it. */
function firstInit(parserSource: object, text: string, filename = '/project/constants.ts') {
  const sourceCode = createModuleParser(parserSource)(filename, text);
  if (!sourceCode) return null;
  const statement = sourceCode.ast.body.find((s) => s.type === 'ExportNamedDeclaration') as TSESTree.ExportNamedDeclaration;
  const declaration = statement.declaration as TSESTree.VariableDeclaration;
  const init = declaration.declarations[0]!.init!;
  const variables = sourceCode.getDeclaredVariables(declaration.declarations[0]!);
  return {
    text: sourceCode.getText(init),
    reachesProgram: init.parent?.parent?.parent?.parent === sourceCode.ast,
    variables: variables.map((v) => v.name),
  };
}

describe('module parser', () => {
  const code = `export const WEB_ORIGIN = process.env.WEB_ORIGIN ?? '*';\n`;
  const expected = { text: "process.env.WEB_ORIGIN ?? '*'", reachesProgram: true, variables: ['WEB_ORIGIN'] };

  it('parses through a parser that analyses scopes, or espree and ESLint\'s scope analyser, with parents set, without a Linter run', () => {
    const verify = vi.spyOn(Linter.prototype, 'verify');
    try {
      expect(firstInit(typescript, code)).toEqual(expected);
      // espree gives no scope manager: eslint-scope analyses the scopes, as in ESLint.
      expect(firstInit(defaultParser, code, '/project/constants.js')).toEqual(expected);
      expect(verify).not.toHaveBeenCalled();
      // A parser with neither (only `parse`, no visitor keys) is run by a Linter.
      const bare = { languageOptions: { ...defaultParser.languageOptions, parser: { parse: espree.parse } } };
      expect(firstInit(bare, code, '/project/constants.js')).toEqual(expected);
      expect(verify).toHaveBeenCalledTimes(1);
    } finally {
      verify.mockRestore();
    }
    expect(firstInit(typescript, `type T = { a: string };\nexport const X: T['a'] = 'x' as const;\n`)).toMatchObject({ text: "'x' as const", reachesProgram: true });
  });

  it('analyses a script, a CommonJS module and JSX as ESLint does', () => {
    const scopes = (languageOptions: object, text: string) => {
      const sourceCode = createModuleParser({ languageOptions: { ...defaultParser.languageOptions, ...languageOptions } })('/project/m.js', text);
      return sourceCode?.scopeManager?.scopes.map((scope) => scope.type) ?? null;
    };
    expect(scopes({ sourceType: 'module' }, 'const a = 1;')).toEqual(['global', 'module']);
    expect(scopes({ sourceType: 'script' }, 'var a = 1;')).toEqual(['global']);
    // CommonJS: a function scope for the module wrapper, where `return` is allowed.
    expect(scopes({ sourceType: 'commonjs' }, 'const a = require("./a");\nreturn;')).toEqual(['global', 'function']);
    const jsx = createModuleParser({ languageOptions: { ...defaultParser.languageOptions, parserOptions: { ecmaFeatures: { jsx: true } } } })('/project/m.jsx', 'export const C = () => <a href={x} />;');
    expect(jsx?.scopeManager?.globalScope?.through.map((reference) => reference.identifier.name)).toEqual(['x']);
  });

  it('declares the ES built-ins and configured globals, as a Linter run does', () => {
    const globalsOf = (source: { languageOptions: object }, filename: string) => {
      const sourceCode = createModuleParser({ languageOptions: { ...source.languageOptions, globals: { API_BASE: 'readonly' } } })(filename, code);
      const scope = sourceCode!.scopeManager!.globalScope!;
      return ['Object', 'JSON', 'API_BASE', 'undeclaredThing'].map((name) => scope.set.has(name));
    };
    expect(globalsOf(typescript, '/project/constants.ts')).toEqual([true, true, true, false]);
    expect(globalsOf(defaultParser, '/project/constants.js')).toEqual([true, true, true, false]);
  });

  it('drops a byte-order mark and reads a shebang as a comment, as ESLint does', () => {
    for (const source of [typescript, defaultParser]) {
      expect(firstInit(source, `\uFEFF#!/usr/bin/env node\n${code}`, '/project/cli.js')).toEqual(expected);
    }
  });

  it('gives null for a module that does not parse, and nothing for a parser named by path', () => {
    expect(firstInit(typescript, `export const = ;\n`)).toBeNull();
    expect(firstInit(defaultParser, `export const = ;\n`, '/project/broken.js')).toBeNull();
    expect(firstInit({ languageOptions: { parser: '@typescript-eslint/parser' } }, code)).toBeNull();
  });
});
