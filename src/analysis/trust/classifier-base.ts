/**
 * The state an origin-check classifier carries (the origin test, a list
 * element standing for a loop variable, negation, helpers being judged) and
 * its checks on compared values, which read through that state.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { readsEnvironment } from './check-shapes.js';
import { listElements, loopVariableIn } from './loop-elements.js';
import { OriginFlow } from './origin-flow.js';
import { isRegExpValue, listCheck, prefixCheck, regExpCheck, suffixCheck } from './value-checks.js';
import { UNKNOWN, UNRELATED, type CheckVerdict, type NullEntry } from './verdicts.js';
import { nearestFunction, resolveExpression, unwrap, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

export abstract class ClassifierBase {
  /** `'null'` allowlist entries seen while classifying positive checks. */
  readonly nullEntries: NullEntry[] = [];

  /** While classifying a `some` callback or a `for…of` body: a variable stands for one list element. */
  protected substitution: { name: string; value: Node } | null = null;

  /** Negated checks do not trust the entries they name. */
  protected negatedDepth = 0;

  protected readonly flow: OriginFlow;

  constructor(
    protected readonly ctx: ValueContext,
    /** True for an expression that holds the origin being checked. */
    protected readonly isOrigin: (node: Node) => boolean,
  ) {
    this.flow = new OriginFlow(ctx, isOrigin);
  }

  /** True when `node` is the origin or its host (`new URL(origin).hostname`, `url.host`, `const { hostname } = new URL(origin)`). */
  isOriginOrHost(node: Node): boolean {
    return this.flow.isOriginOrHost(node);
  }

  protected addNullEntry(node: Node): void {
    if (this.negatedDepth === 0) this.nullEntries.push({ node });
  }


  /** Helper functions being classified (against recursion). */
  protected active: ReadonlySet<Node> = new Set();

  /**
   * A condition the classifier cannot read: unknown when it depends on the
   * origin or on the deployment (`process.env.NODE_ENV`), else unrelated.
   */
  protected fallback(node: Node): CheckVerdict {
    return this.flow.mentionsOrigin(node) || readsEnvironment(node) ? UNKNOWN : UNRELATED;
  }

  /** A `for (const x of LIST)` variable with a static list, used in `test`. */
  protected loopVariableIn(test: Node): { name: string; elements: Node[] } | null {
    return loopVariableIn(this.ctx, test, this.substitution?.name, (list) => this.listElements(list));
  }

  protected substitute(node: Node): Node {
    const current = unwrap(node);
    if (this.substitution && current.type === AST_NODE_TYPES.Identifier && current.name === this.substitution.name) {
      return this.substitution.value;
    }
    return current;
  }

  protected listElements(node: Node): Node[] | null {
    return listElements(this.ctx, this.substitute(node));
  }

  protected isRegExp(node: Node): boolean {
    return isRegExpValue(this.ctx, this.substitute(node));
  }

  /** A RegExp kept across calls (a module constant) carries `lastIndex` from one `.test` to the next; an inline one does not. */
  protected isStateful(receiver: Node, call: Node): boolean {
    const resolved = resolveExpression(this.ctx, this.substitute(receiver));
    return nearestFunction(resolved) !== nearestFunction(call);
  }

  /**
   * A RegExp used to test the origin. `stateful` is false where `g`/`y` do
   * no harm: `String#match`/`search`, or a literal created anew on each call.
   */
  regExpCheck(node: Node, stateful = true): CheckVerdict {
    return regExpCheck(this.ctx, this.substitute(node), stateful);
  }

  protected suffixCheck(arg: Node): CheckVerdict {
    return suffixCheck(this.ctx, this.substitute(arg));
  }

  protected prefixCheck(call: Node, arg: Node): CheckVerdict {
    return prefixCheck(this.ctx, call, this.substitute(arg));
  }

  protected listCheck(receiver: Node): CheckVerdict {
    return listCheck(this.ctx, this.substitute(receiver), (node) => this.addNullEntry(node));
  }}
