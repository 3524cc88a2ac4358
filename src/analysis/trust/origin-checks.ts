/**
 * Origin checks: which conditions decide that an origin is trusted, and
 * whether each one is safe (exact comparison with full origins, anchored and
 * escaped RegExp, dot-bounded host suffix) or weak (substring, unbounded
 * suffix or prefix, unanchored RegExp, shared-hosting suffix). One classifier,
 * used for CORS-library origin callbacks and hand-written reflection guards.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { listTextExample, prefixExample, substringExample, suffixExample } from './bypass-examples.js';
import { analyzeOriginRegExp, isPublicSuffix, sharedHostingSuffixOf, type RegExpWeakness } from './origin-regexp.js';
import {
  nearestFunction,
  findVariable,
  getPropertyName,
  getStaticString,
  getStaticValue,
  isFunctionNode,
  propertyKeyName,
  resolveExpression,
  resolveFunction,
  unwrap,
  type ValueContext,
} from '../core/values.js';

type Node = TSESTree.Node;

export type WeakCheckReason =
  | 'substring'
  | 'unbounded-suffix'
  | 'prefix'
  | 'shared-hosting'
  | 'public-suffix'
  | RegExpWeakness;

export interface WeakCheck {
  /** The smallest node showing the weakness: the RegExp, the `endsWith(...)` argument. */
  readonly node: Node;
  readonly reason: WeakCheckReason;
  /** Replacement source text for `node` that makes the check safe, when one is evident. */
  readonly replacement: string | null;
  /** An origin that gets past the check, built from its own text and confirmed against it. */
  readonly example: string | null;
}

export type CheckVerdict =
  /** No Origin at all (`!origin`): same-origin or non-browser requests. */
  | { readonly kind: 'absent' }
  /**
   * Holds for any origin that is present: a truthiness test (`if (origin)`),
   * a scheme-only prefix, a denylist, the negation of an allowlist check.
   */
  | { readonly kind: 'open' }
  | { readonly kind: 'safe' }
  | { readonly kind: 'weak'; readonly checks: readonly WeakCheck[] }
  /** The condition does not look at the origin. */
  | { readonly kind: 'unrelated' }
  | { readonly kind: 'unknown' };

/** Allowlist entries spelled `'null'` that a check trusts. */
export interface NullEntry {
  readonly node: Node;
}

const ABSENT: CheckVerdict = { kind: 'absent' };
const OPEN: CheckVerdict = { kind: 'open' };
const SAFE: CheckVerdict = { kind: 'safe' };
const UNKNOWN: CheckVerdict = { kind: 'unknown' };
const UNRELATED: CheckVerdict = { kind: 'unrelated' };

const ENVIRONMENT_NAME = /^(?:NODE_ENV|is(?:Dev|Development|Prod|Production|Local|Test|Debug)|dev|development|production|debug)$/i;

/** `process.env.NODE_ENV !== 'production'`, `import.meta.env.DEV`, `isDev`: a deployment switch. */
export function readsEnvironment(node: Node, depth = 0): boolean {
  if (depth > 12) return false;
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.Identifier) return ENVIRONMENT_NAME.test(current.name);
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const property = !current.computed && current.property.type === AST_NODE_TYPES.Identifier ? current.property.name : null;
    if (property === 'env' || (property !== null && ENVIRONMENT_NAME.test(property))) return true;
    return readsEnvironment(current.object, depth + 1);
  }
  if (current.type === AST_NODE_TYPES.BinaryExpression || current.type === AST_NODE_TYPES.LogicalExpression) {
    return readsEnvironment(current.left, depth + 1) || readsEnvironment(current.right, depth + 1);
  }
  if (current.type === AST_NODE_TYPES.UnaryExpression) return readsEnvironment(current.argument, depth + 1);
  if (current.type === AST_NODE_TYPES.CallExpression) return readsEnvironment(current.callee, depth + 1);
  return false;
}

function weak(node: Node, reason: WeakCheckReason, replacement: string | null = null, example: string | null = null): CheckVerdict {
  return { kind: 'weak', checks: [{ node, reason, replacement, example }] };
}

/** Both conditions hold: one safe conjunct is enough. */
export function allOf(a: CheckVerdict, b: CheckVerdict): CheckVerdict {
  if (a.kind === 'safe' || b.kind === 'safe') return SAFE;
  if (a.kind === 'absent' || b.kind === 'absent') return ABSENT;
  if (a.kind === 'weak' || b.kind === 'weak') return mergeWeak(a, b);
  if (a.kind === 'unknown' || b.kind === 'unknown') return UNKNOWN;
  if (a.kind === 'open' && b.kind === 'open') return OPEN;
  // A conjunct that does not look at the origin (a feature flag) lets every origin through.
  if (a.kind === 'unrelated') return b;
  if (b.kind === 'unrelated') return a;
  return UNKNOWN;
}

/** Either condition holds: the weakest decides. */
export function anyOf(a: CheckVerdict, b: CheckVerdict): CheckVerdict {
  if (a.kind === 'open' || b.kind === 'open') return OPEN;
  if (a.kind === 'weak' || b.kind === 'weak') return mergeWeak(a, b);
  if (a.kind === 'unknown' || b.kind === 'unknown') return UNKNOWN;
  if (a.kind === 'unrelated' || b.kind === 'unrelated') return a.kind === b.kind ? UNRELATED : UNKNOWN;
  if (a.kind === 'safe' || b.kind === 'safe') return SAFE;
  return ABSENT;
}

type Comparison = 'found' | 'not-found' | 'at-start' | 'other';

/** `x.indexOf(y) !== -1` → found, `=== -1` → not-found, `=== 0` → at-start; operands in either order. */
function indexComparison(ctx: ValueContext, node: TSESTree.BinaryExpression): { call: TSESTree.CallExpression; comparison: Comparison } | null {
  const left = unwrap(node.left);
  const right = unwrap(node.right);
  const flip: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
  let call: Node;
  let other: Node;
  let operator: string = node.operator;
  if (left.type === AST_NODE_TYPES.CallExpression) {
    call = left;
    other = right;
  } else if (right.type === AST_NODE_TYPES.CallExpression) {
    call = right;
    other = left;
    operator = flip[operator] ?? operator;
  } else {
    return null;
  }
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getPropertyName(ctx, callee);
  if (method !== 'indexOf' && method !== 'search' && method !== 'findIndex' && method !== 'lastIndexOf') return null;
  const value = getStaticValue(ctx, other)?.value;
  if (typeof value !== 'number') return { call, comparison: 'other' };
  const eq = operator === '===' || operator === '==';
  const ne = operator === '!==' || operator === '!=';
  let comparison: Comparison = 'other';
  if ((ne && value === -1) || (operator === '>' && value === -1) || (operator === '>=' && value === 0)) comparison = 'found';
  else if ((eq && value === -1) || (operator === '<' && value === 0) || (operator === '<=' && value === -1)) comparison = 'not-found';
  else if (eq && value === 0) comparison = 'at-start';
  return { call, comparison };
}

function isNullish(ctx: ValueContext, node: Node): boolean {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.Identifier && current.name === 'undefined') return true;
  const value = getStaticValue(ctx, current);
  return value !== null && (value.value === null || value.value === undefined);
}

function isTypeofOf(node: Node, test: (n: Node) => boolean): boolean {
  const current = unwrap(node);
  return current.type === AST_NODE_TYPES.UnaryExpression && current.operator === 'typeof' && test(current.argument);
}

export class OriginCheckClassifier {
  /** `'null'` allowlist entries seen while classifying positive checks. */
  readonly nullEntries: NullEntry[] = [];

  /** While classifying a `some` callback or a `for…of` body: a variable stands for one list element. */
  private substitution: { name: string; value: Node } | null = null;

  /** Negated checks do not trust the entries they name. */
  private negatedDepth = 0;

  constructor(
    private readonly ctx: ValueContext,
    /** True for an expression that holds the origin being checked. */
    private readonly isOrigin: (node: Node) => boolean,
  ) {}

  private child(): OriginCheckClassifier {
    const inner = new OriginCheckClassifier(this.ctx, this.isOrigin);
    inner.negatedDepth = this.negatedDepth;
    inner.active = this.active;
    return inner;
  }

  private addNullEntry(node: Node): void {
    if (this.negatedDepth === 0) this.nullEntries.push({ node });
  }

  /** True when `node` is the origin or its host (`new URL(origin).hostname`, `url.host`, `const { hostname } = new URL(origin)`). */
  isOriginOrHost(node: Node, depth = 0): boolean {
    const current = unwrap(node);
    if (depth > 10) return false;
    if (this.isOrigin(current)) return true;
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = getPropertyName(this.ctx, current);
      if (name === 'hostname' || name === 'host' || name === 'origin') return this.isParsedOrigin(current.object, depth + 1);
      return false;
    }
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = getPropertyName(this.ctx, current.callee);
      if (name === 'toLowerCase' || name === 'trim' || name === 'toString') return this.isOriginOrHost(current.callee.object, depth + 1);
      return false;
    }
    if (current.type === AST_NODE_TYPES.Identifier) {
      const resolved = resolveExpression(this.ctx, current);
      if (resolved !== current) return this.isOriginOrHost(resolved, depth + 1);
      const variable = findVariable(this.ctx, current);
      const def = variable?.defs[0];
      // const { hostname } = new URL(origin)
      if (variable?.defs.length === 1 && def?.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.ObjectPattern && def.node.init) {
        for (const prop of def.node.id.properties) {
          if (prop.type !== AST_NODE_TYPES.Property) continue;
          const target = prop.value.type === AST_NODE_TYPES.AssignmentPattern ? prop.value.left : prop.value;
          if (target !== def.name) continue;
          const key = propertyKeyName(this.ctx, prop);
          return (key === 'hostname' || key === 'host' || key === 'origin') && this.isParsedOrigin(def.node.init, depth + 1);
        }
      }
    }
    return false;
  }

  /** `new URL(origin)`, `URL.parse(origin)`, or a variable holding one. */
  private isParsedOrigin(node: Node, depth: number): boolean {
    const object = resolveExpression(this.ctx, node);
    if (object.type === AST_NODE_TYPES.NewExpression && object.callee.type === AST_NODE_TYPES.Identifier && object.callee.name === 'URL') {
      return object.arguments[0] !== undefined && this.isOriginOrHost(object.arguments[0], depth + 1);
    }
    if (
      object.type === AST_NODE_TYPES.CallExpression &&
      object.callee.type === AST_NODE_TYPES.MemberExpression &&
      unwrap(object.callee.object).type === AST_NODE_TYPES.Identifier &&
      (unwrap(object.callee.object) as TSESTree.Identifier).name === 'URL' &&
      getPropertyName(this.ctx, object.callee) === 'parse'
    ) {
      return object.arguments[0] !== undefined && this.isOriginOrHost(object.arguments[0], depth + 1);
    }
    return this.isOriginOrHost(object, depth + 1);
  }

  /**
   * True when the origin flows into `node`: read directly, through a variable's
   * initialiser (`const ok = isAllowed(origin)`), or as the parameter of a
   * callback handed to a call that also receives the origin
   * (`check(origin, (err, ok) => …)`).
   */
  private mentionsOrigin(node: Node): boolean {
    let found = false;
    const seen = new Set<Node>();
    const visit = (n: Node, depth: number) => {
      if (found || depth > 40 || seen.has(n)) return;
      seen.add(n);
      if (this.isOriginOrHost(n)) {
        found = true;
        return;
      }
      if (n.type === AST_NODE_TYPES.Identifier) {
        const source = this.flowSource(n);
        if (source) visit(source, depth + 1);
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

  /** Where an identifier's value comes from: its initialiser, or the call its callback parameter belongs to. */
  private flowSource(id: TSESTree.Identifier): Node | null {
    const parent = id.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === id && !parent.computed) return null;
    const variable = findVariable(this.ctx, id);
    const def = variable?.defs[0];
    if (!variable || variable.defs.length !== 1 || !def) return null;
    if (def.type === 'Variable') return def.node.init ?? null;
    if (def.type === 'Parameter') {
      const fn = def.node;
      const call = fn.parent;
      if ((call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) && call.arguments.includes(fn as never)) {
        return { ...call, arguments: call.arguments.filter((a) => a !== fn) } as TSESTree.CallExpression;
      }
    }
    return null;
  }

  /** The condition a constant names (`const ok = allowed.includes(origin)`), or null. */
  private namedCondition(node: Node): Node | null {
    if (node.type !== AST_NODE_TYPES.Identifier || this.isOriginOrHost(node) || node.name === this.substitution?.name) return null;
    const resolved = resolveExpression(this.ctx, node);
    if (resolved === node || resolved.type === AST_NODE_TYPES.Identifier || isFunctionNode(resolved)) return null;
    return resolved;
  }

  /**
   * `isAllowedOrigin(origin)` for a function of this module that returns one
   * expression: that expression, with the parameter standing for the origin.
   */
  private helperCheck(call: TSESTree.CallExpression): CheckVerdict | null {
    const fn = resolveFunction(this.ctx, call.callee);
    if (!fn || this.active.has(fn) || this.active.size > 4) return null;
    const body = singleReturn(fn);
    if (!body) return null;
    const indexes = call.arguments.flatMap((arg, i) => (arg.type !== AST_NODE_TYPES.SpreadElement && this.isOriginOrHost(arg) ? [i] : []));
    const params = indexes.map((i) => fn.params[i]).filter((p): p is TSESTree.Identifier => p?.type === AST_NODE_TYPES.Identifier);
    if (params.length === 0) return null;
    const variables = new Set(params.map((p) => findVariable(this.ctx, p)).filter((v) => v !== null));
    const outer = this.isOrigin;
    const inner = new OriginCheckClassifier(this.ctx, (n) => {
      const current = unwrap(n);
      return (current.type === AST_NODE_TYPES.Identifier && variables.has(findVariable(this.ctx, current)!)) || outer(n);
    });
    inner.negatedDepth = this.negatedDepth;
    inner.active = new Set([...this.active, fn]);
    const verdict = inner.classify(body);
    this.nullEntries.push(...inner.nullEntries);
    return verdict;
  }

  /** Helper functions being classified (against recursion). */
  private active: ReadonlySet<Node> = new Set();

  /**
   * A condition the classifier cannot read: unknown when it depends on the
   * origin or on the deployment (`process.env.NODE_ENV`), else unrelated.
   */
  private fallback(node: Node): CheckVerdict {
    return this.mentionsOrigin(node) || readsEnvironment(node) ? UNKNOWN : UNRELATED;
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
        return this.fallback(node);
      default:
        // `if (origin)`, `if (hostname)`: present, nothing more.
        if (this.isOriginOrHost(node)) return OPEN;
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
    const left = unwrap(node.left);
    const right = unwrap(node.right);
    // typeof origin === 'string'
    if (isTypeofOf(left, (n) => this.isOriginOrHost(n)) || isTypeofOf(right, (n) => this.isOriginOrHost(n))) return negated === equality ? UNKNOWN : OPEN;
    const [subject, other] = this.isOriginOrHost(left) ? [left, right] : this.isOriginOrHost(right) ? [right, left] : [null, null];
    if (!subject || !other) return this.fallback(node);
    const matches = equality !== negated;
    if (isNullish(this.ctx, other)) return matches ? ABSENT : OPEN;
    if (!matches) {
      // origin !== 'https://evil.example' — a denylist: every other origin passes.
      return OPEN;
    }
    const target = this.substitute(other);
    if (getStaticString(this.ctx, target) === 'null') this.addNullEntry(resolveExpression(this.ctx, target));
    return SAFE;
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
          return weak(call, 'substring', null, this.staticExample(plainArg, substringExample));
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
    if (argIsOrigin) {
      if (method === 'test' || method === 'exec') return this.regExpCheck(receiver, this.isStateful(receiver, call));
      if (method === 'includes' || method === 'indexOf' || method === 'lastIndexOf' || method === 'has') return this.listCheck(receiver);
    }
    // allowed.some((pattern) => pattern.test(origin)) and similar.
    if ((method === 'some' || method === 'find' || method === 'findIndex') && plainArg && this.mentionsOrigin(plainArg)) {
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
    return this.fallback(call);
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

  /** A `for (const x of LIST)` variable with a static list, used in `test`. */
  private loopVariableIn(test: Node): { name: string; elements: Node[] } | null {
    let found: { name: string; elements: Node[] } | null = null;
    const visit = (n: Node, depth: number) => {
      if (found || depth > 20) return;
      if (n.type === AST_NODE_TYPES.Identifier) {
        const parent = n.parent;
        if (n.name === this.substitution?.name) return;
        if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === n && !parent.computed) return;
        if (parent?.type === AST_NODE_TYPES.Property && parent.key === n && !parent.computed) return;
        const def = findVariable(this.ctx, n)?.defs[0];
        if (def?.type !== 'Variable' || def.node.id !== def.name) return;
        const declaration = def.parent;
        const loop = declaration.parent;
        if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === declaration) {
          const elements = this.listElements(loop.right);
          if (elements) found = { name: n.name, elements };
        }
        return;
      }
      for (const key of this.ctx.sourceCode.visitorKeys[n.type] ?? []) {
        const value = (n as unknown as Record<string, unknown>)[key];
        for (const item of Array.isArray(value) ? value : [value]) {
          if (item && typeof item === 'object' && typeof (item as Node).type === 'string') visit(item as Node, depth + 1);
        }
      }
    };
    visit(test, 0);
    return found;
  }

  private substitute(node: Node): Node {
    const current = unwrap(node);
    if (this.substitution && current.type === AST_NODE_TYPES.Identifier && current.name === this.substitution.name) {
      return this.substitution.value;
    }
    return current;
  }

  private listElements(node: Node): Node[] | null {
    const resolved = resolveExpression(this.ctx, this.substitute(node));
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
    if (resolved.type === AST_NODE_TYPES.Literal && 'regex' in resolved && resolved.regex !== undefined) return true;
    return (
      (resolved.type === AST_NODE_TYPES.NewExpression || resolved.type === AST_NODE_TYPES.CallExpression) &&
      resolved.callee.type === AST_NODE_TYPES.Identifier &&
      resolved.callee.name === 'RegExp'
    );
  }

  /** A RegExp kept across calls (a module constant) carries `lastIndex` from one `.test` to the next; an inline one does not. */
  private isStateful(receiver: Node, call: Node): boolean {
    const resolved = resolveExpression(this.ctx, this.substitute(receiver));
    return nearestFunction(resolved) !== nearestFunction(call);
  }

  /**
   * A RegExp used to test the origin. `stateful` is false where `g`/`y` do
   * no harm: `String#match`/`search`, or a literal created anew on each call.
   */
  regExpCheck(node: Node, stateful = true): CheckVerdict {
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
      resolved.arguments[0] &&
      resolved.arguments[0].type !== AST_NODE_TYPES.SpreadElement
    ) {
      const first = resolveExpression(this.ctx, resolved.arguments[0]);
      if (first.type === AST_NODE_TYPES.Literal && 'regex' in first && first.regex) {
        pattern = first.regex.pattern;
        flags = first.regex.flags;
      } else {
        pattern = getStaticString(this.ctx, first);
      }
      const second = resolved.arguments[1];
      if (second && second.type !== AST_NODE_TYPES.SpreadElement) flags = getStaticString(this.ctx, second) ?? '';
    }
    if (pattern === null) return UNKNOWN;
    const analysis = analyzeOriginRegExp(pattern, stateful ? flags : flags.replace(/[gy]/g, ''));
    if (!analysis.valid) return UNKNOWN;
    if (analysis.weaknesses.length === 0) return SAFE;
    const reportOn = literal ?? resolved;
    return {
      kind: 'weak',
      checks: analysis.weaknesses.map((reason, i) => ({
        node: reportOn,
        reason,
        replacement: i === 0 && literal ? analysis.suggestion : null,
        example: analysis.examples[reason] ?? null,
      })),
    };
  }

  /** `origin.endsWith(suffix)` / `hostname.endsWith(suffix)`. */
  private suffixCheck(arg: Node): CheckVerdict {
    const target = this.substitute(arg);
    const suffix = getStaticString(this.ctx, target);
    if (suffix === null) return UNKNOWN;
    const literal = resolveExpression(this.ctx, target);
    if (sharedHostingSuffixOf(suffix)) return weak(literal, 'shared-hosting');
    if (isPublicSuffix(suffix)) return weak(literal, 'public-suffix');
    if (suffix.startsWith('.') || suffix.includes('://')) return SAFE;
    const example = suffixExample(suffix);
    if (!/^[a-z0-9]/i.test(suffix)) return suffix === '' ? OPEN : weak(literal, 'unbounded-suffix', null, example);
    const canRewrite = literal.type === AST_NODE_TYPES.Literal && /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i.test(suffix) && this.usedOnce(target);
    return weak(literal, 'unbounded-suffix', canRewrite ? quoteLike(this.ctx.sourceCode.getText(literal), `.${suffix}`) : null, example);
  }

  /** An example built from the static text of `node`, if it has one. */
  private staticExample(node: Node, build: (text: string) => string | null): string | null {
    const text = getStaticString(this.ctx, this.substitute(node));
    return text === null ? null : build(text);
  }

  /** A literal written in place, or a constant read only here: rewriting it changes nothing else. */
  private usedOnce(node: Node): boolean {
    const current = unwrap(node);
    if (current.type !== AST_NODE_TYPES.Identifier) return true;
    const variable = findVariable(this.ctx, current);
    return variable !== null && variable.references.filter((ref) => !ref.init).length === 1;
  }

  /** `origin.startsWith(prefix)`: a scheme alone restricts nothing; `scheme://host:` only varies the port. */
  private prefixCheck(call: Node, arg: Node): CheckVerdict {
    const prefix = getStaticString(this.ctx, this.substitute(arg));
    if (prefix === null) return weak(call, 'prefix');
    if (/^[a-z][a-z0-9+.-]*:(\/\/)?$/i.test(prefix) || prefix === '') return OPEN;
    // https://example.com: (any port of one host) or https://example.com/ (never a browser origin).
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/:]+(:|\/.*)$/i.test(prefix)) return SAFE;
    return weak(call, 'prefix', null, prefixExample(prefix));
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
    if (
      (resolved.type === AST_NODE_TYPES.Literal && typeof resolved.value === 'string') ||
      resolved.type === AST_NODE_TYPES.TemplateLiteral ||
      isEnvVariable(this.ctx, resolved)
    ) {
      // 'https://a.com,https://b.com'.includes(origin), process.env.ORIGINS.includes(origin): a substring test on a string.
      return weak(resolved, 'substring', null, this.staticExample(resolved, listTextExample));
    }
    for (const element of elements ?? []) {
      if (element && element.type !== AST_NODE_TYPES.SpreadElement && getStaticString(this.ctx, element) === 'null') {
        this.addNullEntry(resolveExpression(this.ctx, element));
      }
    }
    return SAFE;
  }
}

/** `process.env.X` (a string, never a list). */
function isEnvVariable(ctx: ValueContext, node: Node): boolean {
  const current = unwrap(node);
  if (current.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrap(current.object);
  return (
    object.type === AST_NODE_TYPES.MemberExpression &&
    getPropertyName(ctx, object) === 'env' &&
    unwrap(object.object).type === AST_NODE_TYPES.Identifier &&
    (unwrap(object.object) as TSESTree.Identifier).name === 'process'
  );
}

/** The returned expression of `(x) => expr` or `function (x) { return expr; }`. */
function singleReturn(fn: TSESTree.FunctionLike): Node | null {
  if (!fn.body) return null;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return fn.body;
  const [statement, ...rest] = fn.body.body;
  return rest.length === 0 && statement?.type === AST_NODE_TYPES.ReturnStatement ? statement.argument : null;
}

function mergeWeak(a: CheckVerdict, b: CheckVerdict): CheckVerdict {
  const checks = [...(a.kind === 'weak' ? a.checks : []), ...(b.kind === 'weak' ? b.checks : [])];
  return { kind: 'weak', checks };
}

function quoteLike(original: string, value: string): string {
  const quote = original[0] === '"' || original[0] === '`' ? original[0] : "'";
  return `${quote}${value}${quote}`;
}
