/**
 * CORS middleware uses, recognised by what they are imported from (never by a
 * function's name alone), each normalised into one policy. What each library
 * looks like is data in ./libraries, listed in ./registry.ts.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { ValueContext } from '../core/values.js';
import { PolicyCollector } from './collector.js';
import { LIBRARIES, LIBRARY_TEXT, TRACE_MAPS } from './registry.js';
import { isStandaloneCorsOptions, optionCandidates } from './standalone.js';
import { requireCalls, trackUses } from './tracking.js';
import { corsSemantics } from './libraries/cors.js';
import type { CorsPolicy, LibrarySemantics } from './types.js';
import type { VersionedSemantics } from './library.js';
import { compareVersions, packageVersion, parseVersion } from './versions.js';

export * from './types.js';
export { normalizePolicy } from './normalize.js';
export { LIBRARIES, LIBRARY_TEXT } from './registry.js';
export { mayHoldCorsOptions } from './standalone.js';
export type { CorsLibrary } from './library.js';

export interface PolicyCollection {
  readonly policies: readonly CorsPolicy[];
}


/** Module names the file imports (statically) or requires. */
function importedModules(ctx: ValueContext, program: TSESTree.Program): Set<string> {
  const sources = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) sources.add(String(statement.source.value));
  }
  for (const { source } of requireCalls(ctx)) sources.add(source);
  return sources;
}

/** Source order, outer nodes first. */
function bySource(a: { node: TSESTree.Node }, b: { node: TSESTree.Node }): number {
  return a.node.range[0] - b.node.range[0] || b.node.range[1] - a.node.range[1];
}

/** Semantics for the version of each library the file's package uses; the latest when it cannot be told. */
function versionedSemantics(filename: string | undefined): (semantics: LibrarySemantics) => LibrarySemantics {
  const chosen = new Map<LibrarySemantics, LibrarySemantics>();
  return (semantics) => {
    let result = chosen.get(semantics);
    if (!result) {
      const library = LIBRARIES.find((l) => l.semantics.library === semantics.library);
      const version = library?.versions ? packageVersion(filename, library.package ?? library.modules[0]!) : null;
      // Every range the version falls in applies, in the order declared (1.0.2 can be both "before 1.0.3" and "before 1.3.1").
      const variants = version ? (library?.versions ?? []).filter((v) => inRange(version, v)) : [];
      result = variants.reduce<LibrarySemantics>((merged, variant) => ({ ...merged, ...variant.semantics }), semantics);
      chosen.set(semantics, result);
    }
    return result;
  };
}

function inRange(version: readonly number[], variant: VersionedSemantics): boolean {
  const from = variant.from ? parseVersion(variant.from) : null;
  const below = variant.below ? parseVersion(variant.below) : null;
  return (!from || compareVersions(version, from) >= 0) && (!below || compareVersions(version, below) < 0);
}

/**
 * The CORS policies of a module. `mayUseLibrary` says whether its text may
 * use a library at all (the caller's text scan may know; else it is tested).
 */
export function collectPolicies(ctx: ValueContext, program: TSESTree.Program, filename?: string, mayUseLibrary = LIBRARY_TEXT.test(ctx.sourceCode.text)): PolicyCollection {
  const collector = new PolicyCollector(ctx, mayUseLibrary ? importedModules(ctx, program) : new Set(), versionedSemantics(filename));
  if (mayUseLibrary) {
    const uses = trackUses(ctx, TRACE_MAPS).sort(bySource);
    // Marks first: handlers may ask whether an argument is, say, a FastifyAdapter.
    for (const use of uses) for (const action of use.actions) if (typeof action === 'string') collector.mark(action, use.node);
    for (const use of uses) for (const action of use.actions) if (typeof action === 'function') action(collector, use.node);
    for (const library of LIBRARIES) library.finish?.(collector);
  }
  for (const object of optionCandidates(ctx, mayUseLibrary)) {
    if (collector.used.has(object) || !isStandaloneCorsOptions(ctx, object)) continue;
    collector.add(corsSemantics, object, object);
  }
  return { policies: collector.policies };
}
