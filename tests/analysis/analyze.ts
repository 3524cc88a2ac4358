/**
 * Runs the CORS model on a snippet through a real ESLint run (TypeScript
 * parser, scope analysis), and describes what it found in plain data that
 * tests can compare.
 */
import parser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { getCorsModel, type CorsModel } from '../../src/analysis/model.js';
import type { HeaderWrite } from '../../src/analysis/server/headers.js';
import type { ResponseHeaderModel, ResponseScope } from '../../src/analysis/server/response-scopes.js';

export interface Analysis {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly model: CorsModel;
  /** The header model; fails the test when the file has none. */
  readonly headers: ResponseHeaderModel;
  /** Source text of a node. */
  text(node: TSESTree.Node | null): string | null;
}

/** Parses a snippet with the TypeScript parser and scope analysis, through a real ESLint run, and returns its SourceCode. */
export function parseSnippet(code: string, filename = 'file.ts'): Readonly<TSESLint.SourceCode> {
  let sourceCode: Readonly<TSESLint.SourceCode> | undefined;
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.tsx'],
        languageOptions: { parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } } },
        plugins: {
          probe: {
            rules: {
              capture: {
                create(context) {
                  return {
                    Program() {
                      sourceCode = context.sourceCode as unknown as Readonly<TSESLint.SourceCode>;
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 'probe/capture': 'error' },
      },
    ],
    filename,
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
  if (!sourceCode) throw new Error('no source code captured');
  return sourceCode;
}

export function analyze(code: string, filename = 'file.ts'): Analysis {
  const sourceCode = parseSnippet(code, filename);
  const sc = sourceCode;
  const model = getCorsModel(sc);
  return {
    sourceCode: sc,
    model,
    get headers() {
      const headers = model.headers;
      if (!headers) throw new Error('no header model');
      return headers;
    },
    text: (node) => (node ? sc.getText(node) : null),
  };
}

/** `name=value` of a write, with the value as written and `+` for appends. */
export function describeWrite(a: Analysis, write: HeaderWrite): string {
  return `${write.name}${write.append ? '+' : ''}=${a.text(write.valueNode) ?? '∅'}`;
}

export function describeWrites(a: Analysis): string[] {
  return a.headers.writes.map((w) => describeWrite(a, w));
}

export interface ScopeSummary {
  readonly kind: string;
  readonly preflight: boolean;
  readonly own: string[];
  readonly inherited: string[];
}

export function describeScope(a: Analysis, scope: ResponseScope): ScopeSummary {
  return {
    kind: scope.kind,
    preflight: scope.preflight,
    own: scope.own.map((c) => describeWrite(a, c.write)),
    inherited: scope.inherited.map((c) => describeWrite(a, c.write)),
  };
}

export function describeScopes(a: Analysis): ScopeSummary[] {
  return a.headers.scopes.map((s) => describeScope(a, s));
}

/** The first node (in source order, outermost first) whose text is `text`, optionally of one node type. */
export function findNode(a: Analysis, text: string, type?: string): TSESTree.Node {
  let found: TSESTree.Node | undefined;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if (a.sourceCode.getText(node) === text && (!type || node.type === type)) {
      found = node;
      return;
    }
    const keys = a.sourceCode.visitorKeys[node.type] ?? [];
    for (const key of keys) {
      const value = (node as unknown as Record<string, unknown>)[key];
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string') visit(child as TSESTree.Node);
      }
    }
  };
  visit(a.sourceCode.ast);
  if (!found) throw new Error(`no node ${JSON.stringify(text)}${type ? ` of type ${type}` : ''}`);
  return found;
}

/** The writes of the header model whose value is written as `valueText`. */
export function writeWithValue(a: Analysis, valueText: string): HeaderWrite {
  const write = a.headers.writes.find((w) => a.text(w.valueNode) === valueText);
  if (!write) throw new Error(`no write with value ${valueText}`);
  return write;
}
