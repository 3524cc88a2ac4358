/**
 * The references to CORS libraries in one file, found with ReferenceTracker
 * from the libraries' trace maps: ES imports (default, named, renamed,
 * namespace), `require()` (also when `require` is not a configured global),
 * dynamic `import()`, and auto-imported globals.
 */
import { CALL, CONSTRUCT, ESM, READ, ReferenceTracker } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { getStaticString, unwrap, type ValueContext } from '../core/values.js';
import type { Action, CorsLibrary, ExportTrace } from './library.js';
import { nodesAtText } from '../core/locate.js';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

const MARKERS = [CALL, CONSTRUCT, READ] as const;

/** A trace map whose leaves list every action registered for them. */
export interface MergedTrace {
  [CALL]?: Action[];
  [CONSTRUCT]?: Action[];
  [READ]?: Action[];
  [ESM]?: boolean;
  [name: string]: MergedTrace;
}

export interface TrackedUse {
  readonly node: Node;
  readonly actions: readonly Action[];
}

export interface TraceMaps {
  /** Per module: its namespace, where the default export's uses also apply to the module itself. */
  readonly modules: Record<string, MergedTrace>;
  readonly globals: MergedTrace;
}

function mergeInto(target: MergedTrace, trace: ExportTrace, depth = 0): void {
  if (depth > 8) return;
  for (const marker of MARKERS) {
    const action = trace[marker];
    if (action) (target[marker] ??= []).push(action);
  }
  for (const key of Object.keys(trace)) {
    mergeInto((target[key] ??= {}), trace[key]!, depth + 1);
  }
}

/** The trace maps of every library, merged per module. */
export function buildTraceMaps(libraries: readonly CorsLibrary[]): TraceMaps {
  const modules: Record<string, MergedTrace> = {};
  const globals: MergedTrace = {};
  for (const library of libraries) {
    for (const name of library.modules) {
      const target = (modules[name] ??= { [ESM]: true });
      mergeInto(target, library.exports);
      // A CommonJS module is its own default export: `require('x')` and `import * as x` are
      // called like the default export, and `import x from 'x'` reads named exports as properties.
      const { default: defaultExport, ...named } = library.exports;
      if (defaultExport) mergeInto(target, defaultExport);
      mergeInto((target.default ??= {}), named);
    }
    for (const [name, trace] of Object.entries(library.related ?? {})) mergeInto((modules[name] ??= { [ESM]: true }), trace);
    if (library.globals) mergeInto(globals, library.globals);
  }
  return { modules, globals };
}

interface Reported {
  readonly node: unknown;
  readonly type: symbol;
  readonly info: unknown;
}

function toUse(report: Reported): TrackedUse {
  return { node: report.node as Node, actions: report.info as Action[] };
}

/** References to undeclared globals called `name` (unresolved, or declared only by configuration). */
function globalReferences(scope: Scope, name: string): TSESTree.Identifier[] {
  const ids = scope.through.filter((ref) => ref.identifier.name === name).map((ref) => ref.identifier as TSESTree.Identifier);
  const declared = scope.set.get(name);
  if (declared && declared.defs.length === 0 && !declared.references.some((ref) => ref.isWrite())) {
    ids.push(...declared.references.map((ref) => ref.identifier as TSESTree.Identifier));
  }
  return ids;
}

/** `require('x')` calls of the file, with their module name. */
export function requireCalls(ctx: ValueContext): Array<{ call: TSESTree.CallExpression; source: string }> {
  const scope = ctx.sourceCode.scopeManager?.globalScope as Scope | null | undefined;
  if (!scope) return [];
  const calls: Array<{ call: TSESTree.CallExpression; source: string }> = [];
  for (const id of globalReferences(scope, 'require')) {
    const call = id.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== id || call.arguments.length !== 1) continue;
    const source = getStaticString(ctx, call.arguments[0]!);
    if (source !== null) calls.push({ call, source });
  }
  return calls;
}

const DYNAMIC_IMPORT_TEXT = /\bimport\s*\(/g;

/** Every tracked reference to a registered library in the file. */
export function trackUses(ctx: ValueContext, maps: TraceMaps): TrackedUse[] {
  const scope = ctx.sourceCode.scopeManager?.globalScope as Scope | null | undefined;
  if (!scope) return [];
  const tracker = new ReferenceTracker(scope as never);
  const uses: TrackedUse[] = [];
  const traceMap = maps.modules as never;
  for (const report of tracker.iterateEsmReferences(traceMap)) uses.push(toUse(report));
  const fromRoot = (root: Node, trace: MergedTrace) => {
    if (trace[READ]) uses.push({ node: root, actions: trace[READ] });
    for (const report of tracker.iteratePropertyReferences(root as never, trace as never)) uses.push(toUse(report));
  };
  for (const { call, source } of requireCalls(ctx)) {
    const trace = maps.modules[source];
    if (trace) fromRoot(call, trace);
  }
  if (/\bimport\s*\(/.test(ctx.sourceCode.text)) {
    for (const node of nodesAtText(ctx, DYNAMIC_IMPORT_TEXT, (n) => n.type === AST_NODE_TYPES.ImportExpression)) {
      const expression = node as TSESTree.ImportExpression;
      const source = getStaticString(ctx, expression.source);
      const trace = source === null ? undefined : maps.modules[source];
      if (!trace) continue;
      // `import('x')` is a promise of the module; `await import('x')` the module.
      if (trace[READ]) uses.push({ node: expression, actions: trace[READ] });
      const parent = expression.parent;
      if (parent?.type === AST_NODE_TYPES.AwaitExpression && unwrap(parent.argument) === expression) fromRoot(parent, trace);
    }
  }
  for (const name of Object.keys(maps.globals)) {
    for (const id of globalReferences(scope, name)) {
      for (const report of tracker.iteratePropertyReferences(id as never, maps.globals[name] as never)) uses.push(toUse(report));
    }
  }
  return uses;
}
