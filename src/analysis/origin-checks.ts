/**
 * Origin checks: which conditions decide that an origin is trusted, and
 * whether each one is safe (exact comparison with full origins, anchored and
 * escaped RegExp, dot-bounded host suffix) or weak (substring, unbounded
 * suffix or prefix, unanchored RegExp, shared-hosting suffix). One classifier,
 * used for CORS-library origin callbacks and hand-written reflection guards.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { analyzeOriginRegExp, sharedHostingSuffixOf, type RegExpWeakness } from './origin-regexp.js';
import {
  getPropertyName,
  getStaticString,
  getStaticValue,
  resolveExpression,
  unwrap,
  type ValueContext,
} from './values.js';

type Node = TSESTree.Node;

export type WeakCheckReason =
  | 'substring'
  | 'unbounded-suffix'
  | 'prefix'
  | 'shared-hosting'
  | RegExpWeakness;

export interface WeakCheck {
  /** The smallest node showing the weakness: the RegExp, the `endsWith(...)` argument. */
  readonly node: Node;
  readonly reason: WeakCheckReason;
  /** Replacement source text for `node` that makes the check safe, when one is evident. */
  readonly replacement: string | null;
}

export type CheckVerdict =
  /** No Origin at all (`!origin`): same-origin or non-browser requests. */
  | { readonly kind: 'absent' }
  | { readonly kind: 'safe' }
  | { readonly kind: 'weak'; readonly checks: readonly WeakCheck[] }
  /** The condition does not look at the origin. */
  | { readonly kind: 'unrelated' }
  | { readonly kind: 'unknown' };

/** Allowlist entries spelled `'null'` that a check trusts. */
export interface NullEntry {
  readonly node: Node;
}

export class OriginCheckClassifier {
  /** `'null'` allowlist entries seen while classifying. */
  readonly nullEntries: NullEntry[] = [];

  constructor(
    private readonly ctx: ValueContext,
    /** True for an expression that holds the origin being checked. */
    private readonly isOrigin: (node: Node) => boolean,
  ) {}

  /** True when `node` is the origin or its host (`new URL(origin).hostname`, `url.host`). */
  private isOriginOrHost(node: Node): boolean {
    const current = unwrap(node);
    if (this.isOrigin(current)) return true;
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = getPropertyName(this.ctx, current);
      if (name === 'hostname' || name === 'host' || name === 'origin') {
        const object = resolveExpression(this.ctx, current.object);
        if (object.type === AST_NODE_TYPES.NewExpression && object.callee.type === AST_NODE_TYPES.Identifier && object.callee.name === 'URL') {
          return object.arguments[0] !== undefined && this.isOriginOrHost(object.arguments[0]);
        }
        return this.isOriginOrHost(object);
      }
      if (name === 'toLowerCase' || name === 'trim') return false;
    }
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = getPropertyName(this.ctx, current.callee);
      if (name === 'toLowerCase' || name === 'trim' || name === 'toString') return this.isOriginOrHost(current.callee.object);
    }
    if (current.type === AST_NODE_TYPES.Identifier) {
      const resolved = resolveExpression(this.ctx, current);
      if (resolved !== current) return this.isOriginOrHost(resolved);
    }
    return false;
  }

  private mentionsOrigin(node: Node): boolean {
    let found = false;
    const visit = (n: Node, depth: number) => {
      if (found || depth > 40) return;
      if (this.isOriginOrHost(n)) {
        found = true;
        return;
      }
      for (const key of this.ctx.sourceCode.visitorKeys[n.type] ?? []) {
        const value = (n as unknown as Record<string, unknown>)[key];
        const items = Array.isArray(value) ? value : [value];
        for (const item of items) {
          if (item && typeof item === 'object' && typeof (item as Node).type === 'string') visit(item as Node, depth + 1);
        }
      }
    };
    visit(node, 0);
    return found;
  }

  /** Classifies a condition under which an origin is trusted. */
  classify(test: Node): CheckVerdict {
    const node = unwrap(test);
    switch (node.type) {
      case AST_NODE_TYPES.LogicalExpression:
        return this.classifyLogical(node);
      case AST_NODE_TYPES.UnaryExpression:
        if (node.operator === '!' && this.isOriginOrHost(node.argument)) return { kind: 'absent' };
        if (node.operator === '!' && unwrap(node.argument).type === AST_NODE_TYPES.UnaryExpression) {
          return this.classify((unwrap(node.argument) as TSESTree.UnaryExpression).argument);
        }
        return this.mentionsOrigin(node) ? { kind: 'unknown' } : { kind: 'unrelated' };
      case AST_NODE_TYPES.BinaryExpression:
        return this.classifyBinary(node);
      case AST_NODE_TYPES.CallExpression:
        return this.classifyCall(node);
      default:
        return this.mentionsOrigin(node) ? { kind: 'unknown' } : { kind: 'unrelated' };
    }
  }

  private classifyLogical(node: TSESTree.LogicalExpression): CheckVerdict {
    const left = this.classify(node.left);
    const right = this.classify(node.right);
    if (node.operator === '&&') {
      // Both must hold: one safe conjunct is enough.
      if (left.kind === 'safe' || right.kind === 'safe') return { kind: 'safe' };
      if (left.kind === 'weak' || right.kind === 'weak') return mergeWeak(left, right);
      if (left.kind === 'absent' || right.kind === 'absent') return { kind: 'absent' };
      if (left.kind === 'unrelated' && right.kind === 'unrelated') return { kind: 'unrelated' };
      return { kind: 'unknown' };
    }
    // Either may hold: the weakest decides.
    if (left.kind === 'weak' || right.kind === 'weak') return mergeWeak(left, right);
    if (left.kind === 'unknown' || right.kind === 'unknown') return { kind: 'unknown' };
    if (left.kind === 'unrelated' || right.kind === 'unrelated') {
      return left.kind === 'unrelated' && right.kind === 'unrelated' ? { kind: 'unrelated' } : { kind: 'unknown' };
    }
    if (left.kind === 'safe' || right.kind === 'safe') return { kind: 'safe' };
    return { kind: 'absent' };
  }

  private classifyBinary(node: TSESTree.BinaryExpression): CheckVerdict {
    const { operator } = node;
    const left = unwrap(node.left);
    const right = unwrap(node.right);
    if (operator === '===' || operator === '==') {
      const [subject, other] = this.isOriginOrHost(left) ? [left, right] : this.isOriginOrHost(right) ? [right, left] : [null, null];
      if (!subject || !other) return this.indexCheck(node) ?? (this.mentionsOrigin(node) ? { kind: 'unknown' } : { kind: 'unrelated' });
      const value = getStaticValue(this.ctx, other);
      if (value && (value.value === undefined || value.value === null)) return { kind: 'absent' };
      if (value && value.value === 'null') this.nullEntries.push({ node: other });
      return { kind: 'safe' };
    }
    if (operator === '!==' || operator === '!=' || operator === '>' || operator === '>=' || operator === '<') {
      return this.indexCheck(node) ?? (this.mentionsOrigin(node) ? { kind: 'unknown' } : { kind: 'unrelated' });
    }
    return this.mentionsOrigin(node) ? { kind: 'unknown' } : { kind: 'unrelated' };
  }

  /** `list.indexOf(origin) !== -1` (safe on arrays) or `origin.indexOf('x') !== -1` (weak on strings). */
  private indexCheck(node: TSESTree.BinaryExpression): CheckVerdict | null {
    const call = [node.left, node.right].map(unwrap).find((n) => n.type === AST_NODE_TYPES.CallExpression) as
      | TSESTree.CallExpression
      | undefined;
    if (!call || call.callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const method = getPropertyName(this.ctx, call.callee);
    if (method !== 'indexOf' && method !== 'search') return null;
    return this.classifyCall(call);
  }

  private classifyCall(call: TSESTree.CallExpression): CheckVerdict {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) {
      return this.mentionsOrigin(call) ? { kind: 'unknown' } : { kind: 'unrelated' };
    }
    const method = getPropertyName(this.ctx, callee);
    const receiver = callee.object;
    const arg = call.arguments[0];
    const receiverIsOrigin = this.isOriginOrHost(receiver);
    const argIsOrigin = arg !== undefined && arg.type !== AST_NODE_TYPES.SpreadElement && this.isOriginOrHost(arg);

    if (receiverIsOrigin && arg && arg.type !== AST_NODE_TYPES.SpreadElement) {
      switch (method) {
        case 'includes':
        case 'indexOf':
        case 'search':
          if (method === 'search' || this.isRegExp(arg)) return this.regExpCheck(arg);
          return { kind: 'weak', checks: [{ node: call, reason: 'substring', replacement: null }] };
        case 'endsWith':
          return this.suffixCheck(arg);
        case 'startsWith':
          return { kind: 'weak', checks: [{ node: call, reason: 'prefix', replacement: null }] };
        case 'match':
          return this.regExpCheck(arg);
        default:
          break;
      }
    }
    if (argIsOrigin) {
      if (method === 'test' || method === 'exec') return this.regExpCheck(receiver);
      if (method === 'includes' || method === 'indexOf' || method === 'has') return this.listCheck(receiver);
    }
    // allowed.some((pattern) => pattern.test(origin)) and similar.
    if ((method === 'some' || method === 'find' || method === 'findIndex') && arg && this.mentionsOrigin(arg)) {
      const fn = unwrap(arg);
      if (fn.type === AST_NODE_TYPES.ArrowFunctionExpression && fn.body.type !== AST_NODE_TYPES.BlockStatement) {
        const param = fn.params[0];
        const listElements = this.listElements(receiver);
        const inner = new OriginCheckClassifier(this.ctx, this.isOrigin);
        const verdict = inner.classifyWithElements(fn.body, param, listElements);
        this.nullEntries.push(...inner.nullEntries);
        return verdict;
      }
      return { kind: 'unknown' };
    }
    return this.mentionsOrigin(call) ? { kind: 'unknown' } : { kind: 'unrelated' };
  }

  /** Classifies `pattern.test(origin)` inside `list.some((pattern) => …)` using the list's static elements. */
  private classifyWithElements(body: Node, param: Node | undefined, elements: Node[] | null): CheckVerdict {
    if (!param || param.type !== AST_NODE_TYPES.Identifier || !elements) return this.classify(body);
    const verdicts = elements.map((element) => {
      const substituted = new OriginCheckClassifier(this.ctx, this.isOrigin);
      substituted.substitution = { name: param.name, value: element };
      const verdict = substituted.classify(body);
      this.nullEntries.push(...substituted.nullEntries);
      return verdict;
    });
    if (verdicts.length === 0) return { kind: 'unknown' };
    return verdicts.reduce<CheckVerdict>((acc, v) => (acc.kind === 'weak' || v.kind === 'weak' ? mergeWeak(acc, v) : acc.kind === 'safe' ? v : acc), {
      kind: 'safe',
    });
  }

  /** While classifying a `some` callback body: the callback parameter stands for one list element. */
  private substitution: { name: string; value: Node } | null = null;

  private substitute(node: Node): Node {
    const current = unwrap(node);
    if (this.substitution && current.type === AST_NODE_TYPES.Identifier && current.name === this.substitution.name) {
      return this.substitution.value;
    }
    return current;
  }

  private listElements(node: Node): Node[] | null {
    const resolved = resolveExpression(this.ctx, node);
    if (resolved.type !== AST_NODE_TYPES.ArrayExpression) return null;
    const elements: Node[] = [];
    for (const element of resolved.elements) {
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) return null;
      elements.push(element);
    }
    return elements;
  }

  private isRegExp(node: Node): boolean {
    const resolved = resolveExpression(this.ctx, this.substitute(node));
    return resolved.type === AST_NODE_TYPES.Literal && 'regex' in resolved && resolved.regex !== undefined;
  }

  /** A RegExp used to test the origin. */
  regExpCheck(node: Node): CheckVerdict {
    const target = this.substitute(node);
    const resolved = resolveExpression(this.ctx, target);
    let pattern: string | null = null;
    let flags = '';
    let literal: Node | null = null;
    if (resolved.type === AST_NODE_TYPES.Literal && 'regex' in resolved && resolved.regex) {
      pattern = resolved.regex.pattern;
      flags = resolved.regex.flags;
      literal = resolved;
    } else if (
      (resolved.type === AST_NODE_TYPES.NewExpression || resolved.type === AST_NODE_TYPES.CallExpression) &&
      resolved.callee.type === AST_NODE_TYPES.Identifier &&
      resolved.callee.name === 'RegExp' &&
      resolved.arguments[0]
    ) {
      pattern = getStaticString(this.ctx, resolved.arguments[0]);
      flags = (resolved.arguments[1] && getStaticString(this.ctx, resolved.arguments[1])) ?? '';
    }
    if (pattern === null) return { kind: 'unknown' };
    const analysis = analyzeOriginRegExp(pattern, flags);
    if (analysis.weaknesses.length === 0) return { kind: 'safe' };
    const reportOn = literal ?? resolved;
    return {
      kind: 'weak',
      checks: analysis.weaknesses.map((reason, i) => ({
        node: reportOn,
        reason,
        replacement: i === 0 && literal ? analysis.suggestion : null,
      })),
    };
  }

  /** `origin.endsWith(suffix)` / `hostname.endsWith(suffix)`. */
  private suffixCheck(arg: Node): CheckVerdict {
    const suffix = getStaticString(this.ctx, this.substitute(arg));
    if (suffix === null) return { kind: 'unknown' };
    const shared = sharedHostingSuffixOf(suffix);
    const literal = resolveExpression(this.ctx, this.substitute(arg));
    if (shared) return { kind: 'weak', checks: [{ node: literal, reason: 'shared-hosting', replacement: null }] };
    if (suffix.startsWith('.') || suffix.includes('://')) return { kind: 'safe' };
    const canRewrite = literal.type === AST_NODE_TYPES.Literal && /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i.test(suffix);
    return {
      kind: 'weak',
      checks: [
        {
          node: literal,
          reason: 'unbounded-suffix',
          replacement: canRewrite ? quoteLike(this.ctx.sourceCode.getText(literal), `.${suffix}`) : null,
        },
      ],
    };
  }

  /** `list.includes(origin)`, `set.has(origin)`: exact matches against the list. */
  private listCheck(receiver: Node): CheckVerdict {
    const resolved = resolveExpression(this.ctx, this.substitute(receiver));
    let elements: readonly (TSESTree.Node | null)[] | null = null;
    if (resolved.type === AST_NODE_TYPES.ArrayExpression) elements = resolved.elements;
    if (
      resolved.type === AST_NODE_TYPES.NewExpression &&
      resolved.callee.type === AST_NODE_TYPES.Identifier &&
      resolved.callee.name === 'Set' &&
      resolved.arguments[0]
    ) {
      const inner = resolveExpression(this.ctx, resolved.arguments[0]);
      if (inner.type === AST_NODE_TYPES.ArrayExpression) elements = inner.elements;
    }
    if (resolved.type === AST_NODE_TYPES.Literal && typeof resolved.value === 'string') {
      // 'https://a.com,https://b.com'.includes(origin): a substring test on a string.
      return { kind: 'weak', checks: [{ node: resolved, reason: 'substring', replacement: null }] };
    }
    for (const element of elements ?? []) {
      if (element && element.type !== AST_NODE_TYPES.SpreadElement && getStaticString(this.ctx, element) === 'null') {
        this.nullEntries.push({ node: element });
      }
    }
    return { kind: 'safe' };
  }
}

function mergeWeak(a: CheckVerdict, b: CheckVerdict): CheckVerdict {
  const checks = [...(a.kind === 'weak' ? a.checks : []), ...(b.kind === 'weak' ? b.checks : [])];
  return { kind: 'weak', checks };
}

function quoteLike(original: string, value: string): string {
  const quote = original[0] === '"' || original[0] === '`' ? original[0] : "'";
  return `${quote}${value}${quote}`;
}
