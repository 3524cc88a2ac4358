/**
 * The context values are resolved in: one module's SourceCode (its scopes and
 * text). Values followed into another module carry that module's context;
 * `contextOf` finds it from any node, so that a function handed a node of
 * another file with the caller's context still reads the right scopes.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';

type Node = TSESTree.Node;

/** Parses another module on demand; null when it cannot (missing, too large, unparsable). */
export type ModuleParser = (filename: string, text: string) => Readonly<TSESLint.SourceCode> | null;

export interface ValueContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** The module's absolute file name when known: relative imports are followed from it. */
  readonly filename?: string;
  /** True for a module reached through an import: its nodes are read, never reported on or edited. */
  readonly foreign?: boolean;
  /** How other modules are parsed; without it imports are not followed. */
  readonly parseModule?: ModuleParser;
  /**
   * Only modules whose text matches are parsed; others read as unknown. A part
   * of the model that follows imports names the text a module it can use must
   * hold, so that ordinary imports cost a file read, not a parse.
   */
  readonly moduleText?: RegExp;
  /**
   * The other modules one linted file may read, shared by every context
   * reached from it: past the limit an import reads as unknown. Counted by
   * distinct module whether or not it is cached, so results never depend on
   * what was linted before.
   */
  readonly moduleBudget?: ModuleBudget;
}

export interface ModuleBudget {
  readonly limit: number;
  readonly followed: Set<string>;
}

const foreignContexts = new WeakMap<TSESTree.Program, ValueContext>();
let foreignCount = 0;

/** Records the context of a module read through an import; a module already recorded keeps its first context. */
export function registerForeignContext(ctx: ValueContext): ValueContext {
  const program = ctx.sourceCode.ast as TSESTree.Program;
  const known = foreignContexts.get(program);
  if (known) return known;
  foreignCount++;
  foreignContexts.set(program, ctx);
  return ctx;
}

function programOf(node: Node): TSESTree.Program | null {
  let current: Node | undefined = node;
  for (let steps = 0; current && steps < 10_000; steps++) {
    if (current.type === 'Program') return current;
    current = current.parent;
  }
  return null;
}

/** The context `node` belongs to: `ctx` itself, or the context of the other module the node was read from. */
export function contextOf(ctx: ValueContext, node: Node): ValueContext {
  if (foreignCount === 0) return ctx;
  const program = programOf(node);
  if (program === null || program === ctx.sourceCode.ast) return ctx;
  return foreignContexts.get(program) ?? ctx;
}

/** True when `node` is written in another module than the one `ctx` lints: never report on it or edit it. */
export function isForeignNode(ctx: ValueContext, node: Node): boolean {
  return foreignCount > 0 && programOf(node) !== ctx.sourceCode.ast;
}
