/**
 * Headers set by route decorators: NestJS `@Header(name, value)` on a
 * controller method. Each decorated method is one route whose responses get
 * those headers, after guards pass and before the handler runs; the value is a
 * string (or a function called with no arguments, so it never sees the
 * request). See docs/cors-semantics.md (NestJS `@Header`).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { isTrackedHeader } from './header-names.js';
import type { HeaderWrite } from './headers.js';
import { getStaticString, isModuleExport, resolveImport, type ValueContext } from '../core/values.js';

/** Modules whose `Header` export is a response-header decorator. */
const HEADER_DECORATOR_MODULES = ['@nestjs/common'];

/** Quick text test: a file with route decorators imports one of these modules. */
export const DECORATOR_MODULE_TEXT = /@nestjs\/common/;

/** The `@Header(name, value)` writes of a class method, in source order; empty for anything else. */
export function decoratorWrites(ctx: ValueContext, method: TSESTree.MethodDefinition): HeaderWrite[] {
  const writes: HeaderWrite[] = [];
  for (const decorator of method.decorators ?? []) {
    const call = decorator.expression;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length < 2) continue;
    if (!isModuleExport(resolveImport(ctx, call.callee), HEADER_DECORATOR_MODULES, 'Header')) continue;
    const [nameArg, valueArg] = call.arguments;
    if (!nameArg || nameArg.type === AST_NODE_TYPES.SpreadElement || !valueArg || valueArg.type === AST_NODE_TYPES.SpreadElement) continue;
    const name = getStaticString(ctx, nameArg);
    if (name === null || !isTrackedHeader(name)) continue;
    writes.push({
      name: name.trim().toLowerCase(),
      nameNode: nameArg,
      valueNode: valueArg,
      append: false,
      style: { kind: 'decorator', decorator, call },
      node: call,
    });
  }
  return writes;
}
