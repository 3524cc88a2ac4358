/**
 * An upper bound on the size of what static evaluation of an expression would
 * build, computed before evaluating it: `'x'.padStart(268435400)` or a chain of
 * constants each doubling the last must be refused, not built.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';

type Node = TSESTree.Node;

/** Largest string (or array) static evaluation may build. */
export const MAX_STATIC_SIZE = 64 * 1024;

/** Most nodes looked at for one estimate (constants followed included). */
const NODE_BUDGET = 2000;

/** Size of a scalar that is not a string. */
const SCALAR = 24;

export interface SizeHooks {
  /** The initialiser of the constant an identifier names, or null. */
  readonly initOf: (id: TSESTree.Identifier) => Node | null;
  /** A number the argument evaluates to, or null. Called only on arguments already estimated small. */
  readonly numberOf: (node: Node) => number | null;
}

const GROWING_CALLS = new Set(['repeat', 'padStart', 'padEnd', 'replace', 'replaceAll', 'join', 'fill', 'concat']);

class Estimator {
  private visited = 0;
  private readonly memo = new Map<Node, number>();
  constructor(private readonly hooks: SizeHooks) {}

  size(node: Node | null | undefined): number {
    if (!node) return 0;
    const known = this.memo.get(node);
    if (known !== undefined) return known;
    if (++this.visited > NODE_BUDGET) return Infinity;
    this.memo.set(node, Infinity); // a constant defined through itself
    const result = this.compute(node);
    this.memo.set(node, result);
    return result;
  }

  private sum(nodes: readonly (Node | null)[]): number {
    let total = 0;
    for (const n of nodes) total += this.size(n);
    return total;
  }

  private count(node: Node | undefined): number {
    if (!node || this.size(node) > MAX_STATIC_SIZE) return Infinity;
    const value = this.hooks.numberOf(node);
    return value === null ? 0 : Math.max(0, value);
  }

  private compute(node: Node): number {
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return typeof node.value === 'string' ? node.value.length : 'regex' in node && node.regex ? node.regex.pattern.length : SCALAR;
      case AST_NODE_TYPES.TemplateLiteral:
        return node.quasis.reduce((n, q) => n + q.value.raw.length, 0) + this.sum(node.expressions);
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return this.size(node.quasi);
      case AST_NODE_TYPES.Identifier: {
        const init = this.hooks.initOf(node);
        return init ? this.size(init) : SCALAR;
      }
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.LogicalExpression:
        return this.sum([node.left as Node, node.right]) + SCALAR;
      case AST_NODE_TYPES.ConditionalExpression:
        return this.sum([node.consequent, node.alternate]);
      case AST_NODE_TYPES.UnaryExpression:
        return this.size(node.argument) + SCALAR;
      case AST_NODE_TYPES.MemberExpression:
        return this.size(node.object) + (node.computed ? this.size(node.property) : 0);
      case AST_NODE_TYPES.ArrayExpression:
        return node.elements.length + this.sum(node.elements);
      case AST_NODE_TYPES.ObjectExpression:
        return node.properties.reduce((n, p) => n + (p.type === AST_NODE_TYPES.Property ? this.size(p.key) + this.size(p.value) : this.size(p.argument)), 0);
      case AST_NODE_TYPES.SpreadElement:
        return this.size(node.argument);
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        return this.call(node);
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
        return this.size(node.expression);
      case AST_NODE_TYPES.SequenceExpression:
        return this.sum(node.expressions);
      default:
        return SCALAR;
    }
  }

  private call(node: TSESTree.CallExpression | TSESTree.NewExpression): number {
    const args = node.arguments;
    const callee = node.callee;
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Array') return this.count(args[0]) + this.sum(args);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.property.type !== AST_NODE_TYPES.Identifier) {
      return this.size(callee) + this.sum(args);
    }
    const receiver = this.size(callee.object);
    const name = callee.property.name;
    if (!GROWING_CALLS.has(name)) {
      // Array.from({ length: n }) builds n elements.
      const length = name === 'from' && args[0]?.type === AST_NODE_TYPES.ObjectExpression ? this.lengthProperty(args[0]) : 0;
      return receiver + length + this.sum(args);
    }
    switch (name) {
      case 'repeat':
        return receiver * this.count(args[0]);
      case 'padStart':
      case 'padEnd':
        return Math.max(receiver, this.count(args[0])) + this.size(args[1]);
      case 'replace':
      case 'replaceAll':
      case 'join':
        return (receiver + 1) * (this.size(args[1] ?? args[0]) + 1);
      case 'fill':
        return (receiver + 1) * (this.size(args[0]) + 1);
      default:
        return receiver + this.sum(args);
    }
  }

  private lengthProperty(object: TSESTree.ObjectExpression): number {
    for (const p of object.properties) {
      if (p.type === AST_NODE_TYPES.Property && !p.computed && p.key.type === AST_NODE_TYPES.Identifier && p.key.name === 'length') {
        return this.count(p.value as Node);
      }
    }
    return 0;
  }
}

/** True when evaluating `node` statically could build a string or array beyond `MAX_STATIC_SIZE`. */
export function exceedsStaticSize(node: Node, hooks: SizeHooks): boolean {
  return new Estimator(hooks).size(node) > MAX_STATIC_SIZE;
}
