import parser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { indexedNodes, indexingListeners, walk, type IndexedNode } from '../../src/analysis/core/values.js';
import { parseSnippet } from './analyze.js';

const CODE = `import cors from 'cors';
class Api { @Get() list() { if (a) { res.setHeader('X', 1); } } }
switch (x) { case 1: obj.k = { a: new Thing(call()) }; }
`;

const describeNodes = (nodes: readonly IndexedNode[]) => nodes.map((n) => `${n.type}@${n.range[0]}`);

/** What one walk of the tree finds, for comparison. */
function walked(sourceCode: Readonly<TSESLint.SourceCode>): string[] {
  const found: string[] = [];
  const types = new Set(['CallExpression', 'NewExpression', 'AssignmentExpression', 'ObjectExpression', 'ImportDeclaration', 'MethodDefinition', 'IfStatement', 'SwitchCase']);
  walk({ sourceCode }, sourceCode.ast as TSESTree.Node, (node) => {
    if (types.has(node.type)) found.push(`${node.type}@${node.range[0]}`);
  });
  return found;
}

describe('the node index', () => {
  it('holds the same nodes, in the same order, whether read from ESLint’s traversal or from a walk', () => {
    let fromLint: string[] = [];
    let sourceCode: Readonly<TSESLint.SourceCode> | undefined;
    const linter = new Linter({ configType: 'flat' });
    linter.verify(
      CODE,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser },
          plugins: {
            probe: {
              rules: {
                index: {
                  create(context) {
                    const code = context.sourceCode as unknown as Readonly<TSESLint.SourceCode>;
                    sourceCode = code;
                    const listeners = indexingListeners(code) ?? {};
                    const visitor: Record<string, (node: TSESTree.Node) => void> = {
                      ...listeners,
                      'Program:exit'(node) {
                        listeners['Program:exit']?.(node);
                        fromLint = describeNodes(indexedNodes({ sourceCode: code }, code.ast as TSESTree.Node));
                      },
                    };
                    return visitor as never;
                  },
                },
              },
            },
          },
          rules: { 'probe/index': 'error' },
        },
      ],
      'file.ts',
    );
    // ESLint 9 and later keep the traversal's steps: the index is read from them, with no listeners.
    expect(typeof (sourceCode as unknown as { traverse?: unknown }).traverse).toBe('function');
    expect(fromLint.length).toBe(10);
    expect(fromLint).toEqual(walked(sourceCode!));
    // A model built outside a lint walks the tree once.
    const outside = parseSnippet(CODE);
    expect(describeNodes(indexedNodes({ sourceCode: outside }, outside.ast as TSESTree.Node))).toEqual(fromLint);
  });

  it('is gathered by listeners where ESLint keeps no traversal steps (ESLint 8), once per tree', () => {
    const parsed = parseSnippet(CODE);
    // A SourceCode without `traverse()`, as ESLint 8 has.
    const sourceCode = { ast: parsed.ast, text: parsed.text, visitorKeys: parsed.visitorKeys } as unknown as Readonly<TSESLint.SourceCode>;
    const listeners = indexingListeners(sourceCode)!;
    expect(listeners).not.toBeNull();
    expect(indexingListeners(sourceCode)).toBeNull();
    walk({ sourceCode: parsed }, parsed.ast as TSESTree.Node, (node) => {
      listeners[node.type]?.(node);
    });
    listeners['Program:exit']!(parsed.ast as TSESTree.Node);
    expect(describeNodes(indexedNodes({ sourceCode }, sourceCode.ast as TSESTree.Node))).toEqual(walked(parsed));
  });
});
