/**
 * What a CORS library module declares, as data: the modules and exports it is
 * reached through (a ReferenceTracker trace map), what its options mean, and
 * how one use of it becomes a policy. Libraries are registered in
 * `registry.ts`; everything else (text gates, tracking) is derived from there.
 */
import { CALL, CONSTRUCT, READ } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { PolicyCollector } from './collector.js';
import type { LibrarySemantics } from './types.js';

export { CALL, CONSTRUCT, READ };

type Node = TSESTree.Node;

/**
 * What to do with a tracked reference: a function turns the use into policies
 * (`node` is the call for CALL, the `new` expression for CONSTRUCT, the read
 * for READ); a string marks the node under that name for other handlers
 * (`FastifyAdapter` instances, for NestJS).
 */
export type Action = ((collector: PolicyCollector, node: Node) => void) | string;

/** A trace map over a module's exports, in ES-module terms (`default` is the default export). */
export interface ExportTrace {
  readonly [CALL]?: Action;
  readonly [CONSTRUCT]?: Action;
  readonly [READ]?: Action;
  readonly [name: string]: ExportTrace;
}

export interface VersionedSemantics {
  readonly from?: string;
  readonly below?: string;
  readonly semantics: Partial<Omit<LibrarySemantics, 'library' | 'label'>>;
}

export interface CorsLibrary {
  /** Identifier, also the `library` of its semantics. */
  readonly id: string;
  /** Module specifiers the library is imported or required as. */
  readonly modules: readonly string[];
  /** The exports of each module that configure CORS. A CommonJS `require()` of the module is its default export. */
  readonly exports: ExportTrace;
  /** Modules that do not configure CORS themselves but whose exports the uses depend on (marked by a string action). */
  readonly related?: Readonly<Record<string, ExportTrace>>;
  /** Undeclared functions that frameworks auto-import (Nuxt's h3 helpers), traced like exports. */
  readonly globals?: ExportTrace;
  /** Further text that can make a file use the library (a method name), as RegExp source. */
  readonly text?: string;
  /**
   * CORS is on when the library is used without any option that names it
   * (`createYoga({ schema })`), so a file that never says `cors` configures
   * it. Every other library is turned on by text that says `cors`
   * (`cors()`, `enableCors`, a `cors` option), which the text gate relies on.
   */
  readonly onByDefault?: boolean;
  readonly semantics: LibrarySemantics;
  /**
   * Versions that behave differently from the latest (which `semantics`
   * describes): `from` (inclusive) and `below` (exclusive) bound the versions,
   * read from the nearest package.json of the package `package` (default: the
   * first module). Every range a version falls in applies, in this order.
   */
  readonly versions?: readonly VersionedSemantics[];
  readonly package?: string;
  /** Uses found once every reference is tracked (methods of objects the library made, route tables). */
  readonly finish?: (collector: PolicyCollector) => void;
  /**
   * A use of the library, with `MODULE` standing for each module name: it
   * documents the shape and lets the tests check that every module is found.
   */
  readonly example: string;
}

/** An action on a call (or construction) of the reference; other uses of it are ignored. */
export function onCall(read: (collector: PolicyCollector, call: TSESTree.CallExpression | TSESTree.NewExpression) => void): Action {
  return (collector, node) => {
    if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) read(collector, node);
  };
}

/** The action for a call whose argument `index` holds the options. */
export function optionsArgument(semantics: LibrarySemantics, index: number): Action {
  return onCall((collector, call) => collector.argument(semantics, call, index));
}

type MutableTrace = { [CALL]?: Action; [name: string]: MutableTrace };

/**
 * The trace map of exports called with their options: each export's path
 * (`default.create` for `corser.create(options)`) and the index of the
 * argument holding the options.
 */
export function optionsCalls(semantics: LibrarySemantics, calls: Readonly<Record<string, number>>): ExportTrace {
  const trace: MutableTrace = {};
  for (const [path, index] of Object.entries(calls)) {
    let step = trace;
    for (const name of path.split('.')) step = step[name] ??= {};
    step[CALL] = optionsArgument(semantics, index);
  }
  return trace;
}

/** A library declaration; its `id` is the `library` of its semantics. */
export function corsLibrary(declaration: Omit<CorsLibrary, 'id'>): CorsLibrary {
  return { id: declaration.semantics.library, ...declaration };
}

/**
 * A library configured by calling its exports with the options
 * (`cors(options)`): `calls` gives each export's path and the index of its
 * options argument, as for `optionsCalls`.
 */
export function callLibrary({ calls, ...declaration }: Omit<CorsLibrary, 'id' | 'exports'> & { readonly calls: Readonly<Record<string, number>> }): CorsLibrary {
  return corsLibrary({ ...declaration, exports: optionsCalls(declaration.semantics, calls) });
}
