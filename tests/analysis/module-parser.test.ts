/**
 * Parsing another module with the linted file's parser: straight through a
 * parser that gives a scope manager (typescript-eslint), else through ESLint's
 * Linter (espree); either way a SourceCode with scopes and parents.
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

  it('parses through a parser that analyses scopes, with parents set, without a Linter run', () => {
    const verify = vi.spyOn(Linter.prototype, 'verify');
    try {
      expect(firstInit(typescript, code)).toEqual(expected);
      expect(verify).not.toHaveBeenCalled();
      // espree gives no scope manager: ESLint analyses the scopes.
      expect(firstInit(defaultParser, code, '/project/constants.js')).toEqual(expected);
      expect(verify).toHaveBeenCalledTimes(1);
    } finally {
      verify.mockRestore();
    }
    expect(firstInit(typescript, `type T = { a: string };\nexport const X: T['a'] = 'x' as const;\n`)).toMatchObject({ text: "'x' as const", reachesProgram: true });
  });

  it('parses through ESLint for a parser without scope analysis', () => {
    expect(firstInit(defaultParser, code, '/project/constants.js')).toEqual(expected);
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
