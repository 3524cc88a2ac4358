/**
 * Where library handlers put what they find: policies (normalised once per
 * use), the options objects they consumed, nodes marked by other handlers, and
 * the facts of the file they may need (its imports, calls of a method name).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import {
  findVariable,
  getObjectEntries,
  getPropertyName,
  resolveExpression,
  resolveFunction,
  unwrap,
  type FunctionNode,
  type ObjectEntry,
  type ValueContext,
} from '../core/values.js';
import { delegatePolicies } from './delegates.js';
import { nodesAtText } from '../core/locate.js';
import { normalizePolicy } from './normalize.js';
import type { CorsPolicy, LibrarySemantics, PolicySite } from './types.js';

type Node = TSESTree.Node;

export class PolicyCollector {
  readonly policies: CorsPolicy[] = [];
  /** Options objects that belong to a recognised use (not judged again as stand-alone options). */
  readonly used = new Set<Node>();
  private readonly marks = new Map<string, Set<Node>>();
  private readonly seen = new Set<string>();

  constructor(
    readonly ctx: ValueContext,
    /** Module names the file imports or requires. */
    readonly imports: ReadonlySet<string>,
    /** The semantics of the library version the file uses. */
    private readonly versioned: (semantics: LibrarySemantics) => LibrarySemantics = (s) => s,
  ) {}

  /** Adds the policy of `options` at `node`, once per library and node. */
  add(latest: LibrarySemantics, node: Node, options: Node | null | undefined, site: PolicySite = {}): void {
    const semantics = this.versioned(latest);
    const key = `${semantics.library}@${node.range[0]}:${node.range[1]}:${site.argumentIndex ?? ''}:${site.corsProperty?.range[0] ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const policy = normalizePolicy(this.ctx, semantics, node, options, site);
    if (!policy) return;
    if (policy.options) this.used.add(policy.options);
    this.policies.push(policy);
  }

  /** A policy whose options are argument `index` of a call (`cors(options)`, `register(plugin, options)`). */
  argument(semantics: LibrarySemantics, call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): void {
    this.add(semantics, call, call.arguments[index] ?? null, { argumentIndex: index });
  }

  /** A policy configured by the `cors` key of a framework's options (`{ cors: true }`, `{ cors: {...} }`). */
  corsEntry(semantics: LibrarySemantics, node: Node, entry: ObjectEntry | null | undefined): void {
    if (entry) this.add(semantics, node, entry.value, { corsProperty: entry.property });
  }

  /**
   * The policy of a framework whose CORS is on unless its options say
   * otherwise: the `cors` key of `options`, or the defaults when the key is
   * absent (reported at `node`, fixed by adding the key).
   */
  corsEntryOrDefaults(semantics: LibrarySemantics, node: Node, options: Node | null | undefined): void {
    const entry = this.corsOption(options);
    if (entry) this.corsEntry(semantics, node, entry);
    else if (entry === undefined) {
      const holder = options ? resolveExpression(this.ctx, options) : null;
      this.add(semantics, node, null, { corsHolder: holder?.type === AST_NODE_TYPES.ObjectExpression ? holder : null });
    }
  }

  /** The options objects a per-request options function hands to its callback, as policies. */
  delegate(semantics: LibrarySemantics, fn: FunctionNode): void {
    this.policies.push(...delegatePolicies(this.ctx, this.versioned(semantics), fn, this.used));
  }

  /** `cors(options)`, or `cors((req, callback) => callback(null, options))` building options per request. */
  argumentOrDelegate(semantics: LibrarySemantics, call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): void {
    const arg = call.arguments[index];
    const delegate = arg ? resolveFunction(this.ctx, arg) : null;
    if (delegate) this.delegate(semantics, delegate);
    else this.argument(semantics, call, index);
  }

  /**
   * The `cors` entry of options (`{ cors: {...} }`, `{ cors: true }`); `undefined`
   * when the key is absent, null when it cannot be told.
   */
  corsOption(options: Node | null | undefined, key = 'cors'): ObjectEntry | null | undefined {
    if (!options) return undefined;
    const entries = getObjectEntries(this.ctx, options);
    if (!entries) return null;
    const entry = entries.entries.find((e) => e.key === key);
    if (entry) return entry;
    return entries.incomplete ? null : undefined;
  }

  /** The last argument that is an object literal, unless a spread hides the arguments. */
  lastObjectArgument(args: readonly Node[]): Node | null {
    for (let i = args.length - 1; i >= 0; i--) {
      const arg = args[i]!;
      if (arg.type === AST_NODE_TYPES.SpreadElement) return null;
      if (resolveExpression(this.ctx, arg).type === AST_NODE_TYPES.ObjectExpression) return arg;
    }
    return null;
  }

  mark(name: string, node: Node): void {
    let set = this.marks.get(name);
    if (!set) this.marks.set(name, (set = new Set()));
    set.add(node);
  }

  /** True when `node` (through constants and `await`) is a node marked `name`. */
  isMarked(name: string, node: Node): boolean {
    const set = this.marks.get(name);
    if (!set) return false;
    let resolved = resolveExpression(this.ctx, node);
    if (resolved.type === AST_NODE_TYPES.AwaitExpression) resolved = resolveExpression(this.ctx, resolved.argument);
    return set.has(resolved) || set.has(unwrap(node));
  }

  /** The places a read value is used: the references of the variable it is bound to, or the read itself. */
  readUses(node: Node): Node[] {
    let binding: Node | null = null;
    if (node.type === AST_NODE_TYPES.ImportDefaultSpecifier || node.type === AST_NODE_TYPES.ImportSpecifier) binding = node.local;
    else if (node.type === AST_NODE_TYPES.Property) binding = node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : node.value;
    else if (node.parent?.type === AST_NODE_TYPES.VariableDeclarator && node.parent.init === node) binding = node.parent.id;
    if (!binding) return [node];
    if (binding.type !== AST_NODE_TYPES.Identifier) return [];
    const variable = findVariable(this.ctx, binding);
    return variable ? variable.references.filter((ref) => ref.isRead()).map((ref) => ref.identifier as Node) : [];
  }

  /** Calls `x.name(...)` of the file. */
  methodCalls(name: string): TSESTree.CallExpression[] {
    const pattern = new RegExp(`\\b${name}\\b`, 'g');
    return nodesAtText(this.ctx, pattern, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return false;
      const callee = unwrap(node.callee);
      return callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(this.ctx, callee) === name;
    }) as TSESTree.CallExpression[];
  }

  /** True when the file imports or requires a module whose name starts with `prefix` (or is `prefix`). */
  importsFrom(prefixes: readonly string[]): boolean {
    for (const source of this.imports) if (prefixes.some((p) => source === p || (p.endsWith('/') && source.startsWith(p)))) return true;
    return false;
  }
}
