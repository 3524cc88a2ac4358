/**
 * Origin checks: which conditions decide that an origin is trusted, and
 * whether each one is safe (exact comparison with full origins, anchored and
 * escaped RegExp, dot-bounded host suffix) or weak (substring, unbounded
 * suffix or prefix, unanchored RegExp, shared-hosting suffix). One classifier,
 * used for CORS-library origin callbacks and hand-written reflection guards.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { substringExample } from './bypass-examples.js';
import { calledFunction } from './called-functions.js';
import { judgeCallbackAnswers, judgeReturns } from './helper-returns.js';
import { indexComparison, isNullish, isTypeofOf, singleReturn } from './check-shapes.js';
import { ClassifierBase } from './classifier-base.js';
import { staticExample } from './value-checks.js';
import { ABSENT, allOf, anyOf, OPEN, SAFE, UNKNOWN, UNRELATED, weak, type CheckVerdict } from './verdicts.js';
import { findVariable, getPropertyName, getStaticString, getStaticValue, isForeignNode, isFunctionNode, resolveExpression, unwrap, type FunctionNode } from '../core/values.js';

export { allOf, anyOf, type CheckVerdict, type NullEntry, type WeakCheck, type WeakCheckReason } from './verdicts.js';
export { readsEnvironment } from './check-shapes.js';

type Node = TSESTree.Node;

/** Helpers inside helpers judged before the answer is unknown. */
const MAX_HELPER_DEPTH = 4;

export class OriginCheckClassifier extends ClassifierBase {
  private child(): OriginCheckClassifier {
    const inner = new OriginCheckClassifier(this.ctx, this.isOrigin);
    inner.negatedDepth = this.negatedDepth;
    inner.active = this.active;
    return inner;
  }

  /** The condition a constant names (`const ok = allowed.includes(origin)`), or null. */
  private namedCondition(node: Node): Node | null {
    if (node.type !== AST_NODE_TYPES.Identifier || this.isOriginOrHost(node) || node.name === this.substitution?.name) return null;
    const resolved = resolveExpression(this.ctx, node);
    if (resolved === node || resolved.type === AST_NODE_TYPES.Identifier || isFunctionNode(resolved)) return null;
    return resolved;
  }

  /**
   * `isAllowedOrigin(origin)` for a function or method of this module: its
   * answers judged with the parameter standing for the origin. Null when the
   * callee is not such a function or is not handed the origin.
   */
  private helperCheck(call: TSESTree.CallExpression): CheckVerdict | null {
    const fn = calledFunction(this.ctx, call.callee);
    if (!fn) return null;
    const verdict = this.withHelper(fn, call.arguments, (inner) => judgeReturns(this.ctx, fn, inner));
    // A helper of another module: its weak checks are shown at the call, the place in this file that relies on them.
    if (verdict?.kind !== 'weak' || !isForeignNode(this.ctx, fn)) return verdict;
    return { kind: 'weak', checks: verdict.checks.map((check) => ({ ...check, node: call, replacement: null })) };
  }

  /**
   * `check(origin, (err, ok) => { if (ok) … })`: `ok` is what `check` passes
   * to its callback. Null when `id` is not such a parameter.
   */
  private callbackAnswer(id: TSESTree.Identifier): CheckVerdict | null {
    const def = findVariable(this.ctx, id)?.defs[0];
    if (def?.type !== 'Parameter' || !isFunctionNode(def.node)) return null;
    const callback = def.node;
    const call = callback.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
    const position = call.arguments.indexOf(callback as TSESTree.CallExpressionArgument);
    const index = callback.params.indexOf(def.name as TSESTree.Parameter);
    const fn = calledFunction(this.ctx, call.callee);
    const param = fn?.params[position];
    if (!fn || position < 0 || index < 0 || param?.type !== AST_NODE_TYPES.Identifier) return null;
    return this.withHelper(fn, call.arguments, (inner) => judgeCallbackAnswers(this.ctx, fn, param, index, inner));
  }

  /** Runs `judge` with a classifier for which `fn`'s parameters that receive the origin are the origin. */
  private withHelper(fn: FunctionNode, args: readonly TSESTree.CallExpressionArgument[], judge: (inner: OriginCheckClassifier) => CheckVerdict): CheckVerdict | null {
    const indexes = args.flatMap((arg, i) => (arg.type !== AST_NODE_TYPES.SpreadElement && this.isOriginOrHost(arg) ? [i] : []));
    const params = indexes.map((i) => fn.params[i]).filter((p): p is TSESTree.Identifier => p?.type === AST_NODE_TYPES.Identifier);
    if (params.length === 0) return null;
    // A helper calling itself, or helpers nested too deep: not judged.
    if (this.active.has(fn) || this.active.size >= MAX_HELPER_DEPTH) return UNKNOWN;
    const variables = new Set(params.map((p) => findVariable(this.ctx, p)).filter((v) => v !== null));
    const outer = this.isOrigin;
    const inner = new OriginCheckClassifier(this.ctx, (n) => {
      const current = unwrap(n);
      return (current.type === AST_NODE_TYPES.Identifier && variables.has(findVariable(this.ctx, current)!)) || outer(n);
    });
    inner.negatedDepth = this.negatedDepth;
    inner.active = new Set([...this.active, fn]);
    const verdict = judge(inner);
    this.nullEntries.push(...inner.nullEntries);
    return verdict;
  }

  /** Classifies a condition under which an origin is trusted. */
  classify(test: Node): CheckVerdict {
    const loop = this.loopVariableIn(test);
    if (loop) return this.classifyWithElements(test, loop.name, loop.elements);
    const node = unwrap(test);
    // const ok = allowed.includes(origin); if (ok) …
    const named = this.namedCondition(node);
    if (named) return this.classify(named);
    switch (node.type) {
      case AST_NODE_TYPES.LogicalExpression: {
        if (node.operator === '??') return this.fallback(node);
        const left = this.classify(node.left);
        const right = this.classify(node.right);
        return node.operator === '&&' ? allOf(left, right) : anyOf(left, right);
      }
      case AST_NODE_TYPES.UnaryExpression:
        if (node.operator === '!') return this.classifyNegated(node.argument);
        return this.fallback(node);
      case AST_NODE_TYPES.BinaryExpression:
        return this.classifyBinary(node, false);
      case AST_NODE_TYPES.CallExpression:
        return this.classifyCall(node);
      case AST_NODE_TYPES.AwaitExpression:
        // await isAllowed(origin): the helper's answer.
        return this.classify(node.argument);
      default:
        // `if (origin)`, `if (hostname)`: present, nothing more.
        if (this.isOriginOrHost(node)) return OPEN;
        if (node.type === AST_NODE_TYPES.Identifier) return this.callbackAnswer(node) ?? this.fallback(node);
        return this.fallback(node);
    }
  }

  /** Classifies the situation where `test` is false (`if (!ok) return; …`, an `else` branch). */
  classifyNegated(test: Node): CheckVerdict {
    const node = unwrap(test);
    const named = this.namedCondition(node);
    if (named) return this.classifyNegated(named);
    if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return this.classify(node.argument);
    if (this.isOriginOrHost(node)) return ABSENT;
    if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '??') {
      // !(a || b) = !a && !b;  !(a && b) = !a || !b
      const left = this.classifyNegated(node.left);
      const right = this.classifyNegated(node.right);
      return node.operator === '||' ? allOf(left, right) : anyOf(left, right);
    }
    if (node.type === AST_NODE_TYPES.BinaryExpression) return this.classifyBinary(node, true);
    // The negation of an allowlist check admits every other origin.
    this.negatedDepth++;
    const verdict = this.classify(node);
    this.negatedDepth--;
    if (verdict.kind === 'safe' || verdict.kind === 'weak') return OPEN;
    if (verdict.kind === 'absent') return OPEN;
    if (verdict.kind === 'open') return UNKNOWN;
    return verdict;
  }

  private classifyBinary(node: TSESTree.BinaryExpression, negated: boolean): CheckVerdict {
    const { operator } = node;
    const equality = operator === '===' || operator === '==';
    const inequality = operator === '!==' || operator === '!=';
    const index = indexComparison(this.ctx, node);
    if (index) {
      const { call, comparison } = index;
      if (comparison === 'other') return this.fallback(node);
      if (comparison === 'at-start') {
        const callee = unwrap(call.callee) as TSESTree.MemberExpression;
        const arg = call.arguments[0];
        if (negated || !this.isOriginOrHost(callee.object) || !arg || arg.type === AST_NODE_TYPES.SpreadElement) return this.fallback(node);
        // origin.search(/^…$/) === 0 is the RegExp's verdict; origin.indexOf('https://x') === 0 is a prefix test.
        if (getPropertyName(this.ctx, callee) === 'search' || this.isRegExp(arg)) return this.regExpCheck(arg, false);
        return this.prefixCheck(call, arg);
      }
      if ((comparison === 'found') !== negated) return this.classifyCall(call);
      this.negatedDepth++;
      const verdict = this.classifyCall(call);
      this.negatedDepth--;
      return verdict.kind === 'safe' || verdict.kind === 'weak' ? OPEN : verdict.kind === 'unrelated' ? UNRELATED : UNKNOWN;
    }
    if (!equality && !inequality) return this.fallback(node);
    const answer = this.booleanComparison(node, equality !== negated);
    if (answer) return answer;
    return this.classifyEquality(node.left, node.right, equality !== negated) ?? this.fallback(node);
  }

  /** `'.' + origin`: a static prefix joined to the origin or its host. */
  private isPrefixedOrigin(node: Node): boolean {
    const current = unwrap(node);
    return current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+' && getStaticString(this.ctx, current.left) !== null && this.isOriginOrHost(current.right);
  }

  /** `ok === true`, `isAllowed(origin) === false`: the condition itself, or its negation. */
  private booleanComparison(node: TSESTree.BinaryExpression, matches: boolean): CheckVerdict | null {
    const left = getStaticValue(this.ctx, node.left);
    const right = getStaticValue(this.ctx, node.right);
    const [value, other] = typeof left?.value === 'boolean' ? [left.value, node.right] : typeof right?.value === 'boolean' ? [right.value, node.left] : [null, null];
    // origin === true never holds for a string: left to the equality reading.
    if (value === null || !other || this.isOriginOrHost(other)) return null;
    return value === matches ? this.classify(other) : this.classifyNegated(other);
  }

  /** `a === b` when `matches`, else `a !== b`; null when neither side holds the origin. */
  private classifyEquality(a: Node, b: Node, matches: boolean): CheckVerdict | null {
    const left = unwrap(a);
    const right = unwrap(b);
    const typeofOther = isTypeofOf(left, (n) => this.isOriginOrHost(n)) ? right : isTypeofOf(right, (n) => this.isOriginOrHost(n)) ? left : null;
    if (typeofOther) {
      // typeof origin === 'undefined': no Origin header at all (same-origin or not from a browser).
      if (getStaticString(this.ctx, typeofOther) === 'undefined') return matches ? ABSENT : OPEN;
      // typeof origin === 'string'
      return matches ? OPEN : UNKNOWN;
    }
    const [subject, other] = this.isOriginOrHost(left) ? [left, right] : this.isOriginOrHost(right) ? [right, left] : [null, null];
    if (!subject || !other) return null;
    if (isNullish(this.ctx, other)) return matches ? ABSENT : OPEN;
    if (!matches) {
      // origin !== 'https://evil.example' — a denylist: every other origin passes.
      return OPEN;
    }
    const target = this.substitute(other);
    if (getStaticString(this.ctx, target) === 'null') this.addNullEntry(resolveExpression(this.ctx, target));
    return SAFE;
  }

  /**
   * `switch (discriminant) { case a: case b: … }`: the body runs when the
   * discriminant equals one of the values (`switch (true)`: when one holds).
   */
  classifyCases(discriminant: Node, values: readonly Node[]): CheckVerdict {
    const always = unwrap(discriminant);
    let result: CheckVerdict | null = null;
    for (const value of values) {
      const verdict =
        always.type === AST_NODE_TYPES.Literal && always.value === true
          ? this.classify(value)
          : (this.classifyEquality(discriminant, value, true) ?? anyOf(this.fallback(discriminant), this.fallback(value)));
      result = result ? anyOf(result, verdict) : verdict;
    }
    return result ?? UNKNOWN;
  }

  private classifyCall(call: TSESTree.CallExpression): CheckVerdict {
    const callee = unwrap(call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Boolean' && call.arguments[0] && this.isOriginOrHost(call.arguments[0]) && !findVariable(this.ctx, callee)?.defs.length) {
      return OPEN;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return this.helperCheck(call) ?? this.fallback(call);
    const method = getPropertyName(this.ctx, callee);
    const receiver = callee.object;
    const arg = call.arguments[0];
    const plainArg = arg !== undefined && arg.type !== AST_NODE_TYPES.SpreadElement ? arg : null;
    const receiverIsOrigin = this.isOriginOrHost(receiver);
    const argIsOrigin = plainArg !== null && this.isOriginOrHost(plainArg);

    if (receiverIsOrigin && plainArg && !argIsOrigin) {
      switch (method) {
        case 'includes':
        case 'indexOf':
        case 'lastIndexOf':
          if (this.isRegExp(plainArg)) return this.regExpCheck(plainArg, false);
          return weak(call, 'substring', null, staticExample(this.ctx, this.substitute(plainArg), substringExample));
        case 'search':
        case 'match':
          return this.regExpCheck(plainArg, false);
        case 'endsWith':
          return this.suffixCheck(plainArg);
        case 'startsWith':
          return this.prefixCheck(call, plainArg);
        default:
          break;
      }
    }
    // ('.' + hostname).endsWith('.example.com'): the host ends with the suffix, or is what follows the prefix in it.
    if (method === 'endsWith' && plainArg && this.isPrefixedOrigin(receiver)) return this.suffixCheck(plainArg);
    if (argIsOrigin) {
      if (method === 'test' || method === 'exec') return this.regExpCheck(receiver, this.isStateful(receiver, call));
      if (method === 'includes' || method === 'indexOf' || method === 'lastIndexOf' || method === 'has') return this.listCheck(receiver);
    }
    // allowed.some((pattern) => pattern.test(origin)) and similar.
    if ((method === 'some' || method === 'find' || method === 'findIndex') && plainArg && this.flow.mentionsOrigin(plainArg)) {
      const fn = unwrap(plainArg);
      const body = isFunctionNode(fn) ? singleReturn(fn) : null;
      const param = isFunctionNode(fn) ? fn.params[0] : undefined;
      if (!body || param?.type !== AST_NODE_TYPES.Identifier) return UNKNOWN;
      const elements = this.listElements(receiver);
      if (!elements) {
        const inner = this.child();
        const verdict = inner.classify(body);
        this.nullEntries.push(...inner.nullEntries);
        return verdict;
      }
      return this.classifyWithElements(body, param.name, elements);
    }
    // policy.isAllowed(origin), this.isAllowed(origin)
    return this.helperCheck(call) ?? this.fallback(call);
  }

  /** `pattern.test(origin)` inside `list.some((pattern) => …)` or a `for (const pattern of list)` loop, once per element. */
  private classifyWithElements(body: Node, name: string, elements: readonly Node[]): CheckVerdict {
    if (elements.length === 0) return UNKNOWN;
    let result: CheckVerdict | null = null;
    for (const element of elements) {
      const substituted = this.child();
      substituted.substitution = { name, value: element };
      const verdict = substituted.classify(body);
      this.nullEntries.push(...substituted.nullEntries);
      result = result ? anyOf(result, verdict) : verdict;
    }
    return result!;
  }


}
