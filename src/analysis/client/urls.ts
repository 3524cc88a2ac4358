/**
 * Where a client request goes, as far as the code says statically: the text
 * its URL starts with (through constants, template literals, concatenation and
 * `new URL(path, base)`), the origin of an absolute URL, and the base-URL
 * expression it starts with when that is not static (`${API_URL}/me`).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { contextOf } from '../core/context.js';
import { findVariable, getPropertyName, getStaticString, resolveExpression, unwrap, type ValueContext } from '../core/values.js';
import { definitionOf, isPageLocation } from './url-definitions.js';

type Node = TSESTree.Node;

export type RequestUrlKind =
  /** `https://api.example.com/me`, `//api.example.com`, or a static prefix of one. */
  | 'absolute'
  /** `/me`, `me`, `./me`: same origin, cookies go by default. */
  | 'relative'
  /** Starts with an expression that is not static: `${API_URL}/me`, `process.env.API + path`. */
  | 'expression'
  /** Nothing useful is known (a parameter, a `data:` URL, a ternary). */
  | 'unknown';

export interface RequestUrl {
  readonly kind: RequestUrlKind;
  /** Static text the URL starts with (`''` when it starts with an expression). */
  readonly prefix: string;
  /** True when `prefix` is the whole URL. */
  readonly complete: boolean;
  /** Lower-cased `scheme://host[:port]` of an absolute URL. */
  readonly origin: string | null;
  /** False when the static prefix may stop inside the host name (`'https://api.' + domain`). */
  readonly originCertain: boolean;
  /**
   * Normalised source texts of the expression the URL starts with, as written
   * and through each constant it resolves through (`API`, `process.env.API_URL`).
   */
  readonly baseTexts: readonly string[];
  /** The base-URL expression the URL starts with, when it names a module-level value (for grouping). */
  readonly baseKey: string | null;
}

const MAX_DEPTH = 10;
const HTTP_PREFIX = /^(https?:\/\/)([^/?#]*)/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const LOOKS_LIKE_HOST = /(\.[a-z]{2,}|^localhost|:\d+|^\[[0-9a-f:.]+\]|^\d{1,3}(\.\d{1,3}){3})$/i;

export const UNKNOWN_URL: RequestUrl = Object.freeze({
  kind: 'unknown',
  prefix: '',
  complete: false,
  origin: null,
  originCertain: false,
  baseTexts: Object.freeze([]) as readonly string[],
  baseKey: null,
});

/** Source text of an expression with layout, optional chaining and non-null assertions removed. */
export function normaliseExpressionText(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/\?\./g, '.')
    .replace(/!(?=\.|$)/g, '')
    .replace(/\[(['"`])([A-Za-z_$][\w$]*)\1\]/g, '.$2');
}

/** The normalised text of an expression as written (comments and layout dropped). */
function nodeText(ctx: ValueContext, node: Node): string {
  return normaliseExpressionText(contextOf(ctx, node).sourceCode.getTokens(unwrap(node)).map((t) => t.value).join(' '));
}

interface Parts {
  prefix: string;
  complete: boolean;
  /** The deepest non-static expression at the start of the URL. */
  lead: Node | null;
  /** A URL object the expression was built with (`new URL(path, base)`): already resolved. */
  resolved: RequestUrl | null;
}

/** The page's own origin: a URL built on it is same-origin, like a relative one. */
const SAME_ORIGIN_URL: RequestUrl = Object.freeze({ ...UNKNOWN_URL, kind: 'relative' });

const LOCAL_HOST = /^(?:https?:)?\/\/(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(?:[:/?#]|$)/i;

/** An absolute http(s) URL that is not a local development server. */
function isDeployedAbsolute(prefix: string): boolean {
  return /^(?:https?:)?\/\/[^/?#]/i.test(prefix) && !LOCAL_HOST.test(prefix);
}


const NOTHING: Parts = Object.freeze({ prefix: '', complete: false, lead: null, resolved: null });

/** The URL object or string a conversion reads: `url.toString()`, `url.href`, `String(url)`. */
function convertedUrl(ctx: ValueContext, expr: Node): Node | null {
  if (
    expr.type === AST_NODE_TYPES.CallExpression &&
    expr.callee.type === AST_NODE_TYPES.MemberExpression &&
    expr.arguments.length === 0 &&
    getPropertyName(ctx, expr.callee) === 'toString'
  ) {
    return expr.callee.object;
  }
  if (
    expr.type === AST_NODE_TYPES.CallExpression &&
    expr.callee.type === AST_NODE_TYPES.Identifier &&
    expr.callee.name === 'String' &&
    expr.arguments.length === 1 &&
    !findVariable(ctx, expr.callee)?.defs.length
  ) {
    return expr.arguments[0]!;
  }
  return null;
}

function templateParts(ctx: ValueContext, expr: TSESTree.TemplateLiteral, texts: string[] | null, depth: number): Parts {
  let prefix = '';
  for (let i = 0; i < expr.quasis.length; i++) {
    prefix += expr.quasis[i]!.value.cooked ?? expr.quasis[i]!.value.raw;
    const part = expr.expressions[i];
    if (!part) return { prefix, complete: true, lead: null, resolved: null };
    const sub = readParts(ctx, part, prefix === '' ? texts : null, depth + 1);
    if (sub.resolved) {
      return prefix === '' ? sub : { prefix, complete: false, lead: null, resolved: null };
    }
    prefix += sub.prefix;
    if (!sub.complete) return { prefix, complete: false, lead: prefix === '' ? sub.lead : null, resolved: null };
  }
  return { prefix, complete: true, lead: null, resolved: null };
}

function concatenationParts(ctx: ValueContext, expr: TSESTree.BinaryExpression, texts: string[] | null, depth: number): Parts {
  const whole = getStaticString(ctx, expr);
  if (whole !== null) return { prefix: whole, complete: true, lead: null, resolved: null };
  const left = readParts(ctx, expr.left, texts, depth + 1);
  if (left.resolved) return left;
  if (!left.complete) return left;
  const right = readParts(ctx, expr.right, left.prefix === '' ? texts : null, depth + 1);
  if (right.resolved) return { prefix: left.prefix, complete: false, lead: null, resolved: null };
  const prefix = left.prefix + right.prefix;
  return { prefix, complete: right.complete, lead: left.prefix === '' ? right.lead : null, resolved: null };
}

/** `a ?? b`, `a || b` and `c ? a : b`: the deployed absolute URL among the alternatives, if any. */
function alternativeParts(ctx: ValueContext, expr: Node, texts: string[] | null, depth: number): Parts | null {
  if (expr.type === AST_NODE_TYPES.LogicalExpression && (expr.operator === '??' || expr.operator === '||')) {
    // process.env.API_URL ?? 'https://api.example.com': the expression names the API, a deployed fallback says where it is.
    texts?.push(nodeText(ctx, expr));
    const left = readParts(ctx, expr.left, texts, depth + 1);
    if (left.resolved || left.prefix !== '') return NOTHING;
    const right = readParts(ctx, expr.right, null, depth + 1);
    if (!right.resolved && isDeployedAbsolute(right.prefix)) return { ...right, lead: null };
    return { ...left, lead: left.lead ?? expr };
  }
  if (expr.type === AST_NODE_TYPES.ConditionalExpression) {
    // import.meta.env.PROD ? 'https://api.example.com' : 'http://localhost:8080'
    for (const branch of [expr.consequent, expr.alternate]) {
      const sub = readParts(ctx, branch, null, depth + 1);
      if (!sub.resolved && isDeployedAbsolute(sub.prefix)) return { ...sub, lead: null };
    }
    return NOTHING;
  }
  return null;
}

/** Reads the parts of a URL expression. `texts` collects the spellings of the leading expression. */
function readParts(ctx: ValueContext, node: Node, texts: string[] | null, depth: number): Parts {
  const expr = unwrap(node);
  if (depth > MAX_DEPTH) return { ...NOTHING, lead: expr };
  const converted = convertedUrl(ctx, expr);
  if (converted) return readParts(ctx, converted, texts, depth + 1);
  if (expr.type === AST_NODE_TYPES.MemberExpression && getPropertyName(ctx, expr) === 'href') {
    const objectUrl = urlObject(ctx, expr.object, depth);
    if (objectUrl) return { ...NOTHING, resolved: objectUrl };
  }
  const objectUrl = urlObject(ctx, expr, depth);
  if (objectUrl) return { ...NOTHING, resolved: objectUrl };
  if (expr.type === AST_NODE_TYPES.TemplateLiteral) return templateParts(ctx, expr, texts, depth);
  if (expr.type === AST_NODE_TYPES.BinaryExpression && expr.operator === '+') return concatenationParts(ctx, expr, texts, depth);
  if (expr.type === AST_NODE_TYPES.Identifier || expr.type === AST_NODE_TYPES.MemberExpression) {
    texts?.push(nodeText(ctx, expr));
  }
  if (isPageLocation(ctx, expr)) return { ...NOTHING, resolved: SAME_ORIGIN_URL };
  const value = getStaticString(ctx, expr);
  if (value !== null) return { prefix: value, complete: true, lead: null, resolved: null };
  // A name for another expression: a constant, a class field, an object property, a URL-building function.
  const target = definitionOf(ctx, expr);
  if (target) {
    const sub = readParts(ctx, target, texts, depth + 1);
    return sub.prefix === '' && !sub.resolved && sub.lead === null && expr.type !== AST_NODE_TYPES.CallExpression ? { ...sub, lead: expr } : sub;
  }
  const alternative = alternativeParts(ctx, expr, texts, depth);
  if (alternative) return alternative;
  if (
    expr.type === AST_NODE_TYPES.MemberExpression ||
    expr.type === AST_NODE_TYPES.Identifier ||
    expr.type === AST_NODE_TYPES.MetaProperty
  ) {
    return { ...NOTHING, lead: expr };
  }
  return NOTHING;
}

/** True when an identifier is the global `URL` constructor (not shadowed). */
function isGlobalUrl(ctx: ValueContext, node: Node): boolean {
  const callee = unwrap(node);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return callee.name === 'URL' && !findVariable(ctx, callee)?.defs.length;
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(ctx, callee) === 'URL') {
    const object = unwrap(callee.object);
    return (
      object.type === AST_NODE_TYPES.Identifier &&
      ['globalThis', 'window', 'self'].includes(object.name) &&
      !findVariable(ctx, object)?.defs.length
    );
  }
  return false;
}

/** `new URL(path, base)` (directly or through a constant): where it points. */
function urlObject(ctx: ValueContext, node: Node, depth: number): RequestUrl | null {
  const expr = resolveExpression(ctx, node);
  if (expr.type !== AST_NODE_TYPES.NewExpression || !isGlobalUrl(ctx, expr.callee)) return null;
  const [pathArg, baseArg] = expr.arguments;
  if (!pathArg || pathArg.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN_URL;
  const path = readUrl(ctx, pathArg, depth + 1);
  if (!baseArg || baseArg.type === AST_NODE_TYPES.SpreadElement || path.kind === 'absolute') {
    return path.kind === 'absolute' ? path : UNKNOWN_URL;
  }
  const base = readUrl(ctx, baseArg, depth + 1);
  return joinUrl(base, path, 'url');
}

function classify(prefix: string, complete: boolean, texts: readonly string[], baseKey: string | null): RequestUrl {
  let text = prefix;
  if (text.startsWith('//')) text = `https:${text}`;
  const http = HTTP_PREFIX.exec(text);
  if (http) {
    const authority = http[2]!;
    if (authority === '') return { ...UNKNOWN_URL, baseTexts: texts };
    const terminated = text.length > http[0].length;
    const origin = `${http[1]!}${authority}`.toLowerCase();
    const normalised = origin + text.slice(http[0].length);
    return {
      kind: 'absolute',
      prefix: normalised,
      complete,
      origin,
      originCertain: terminated || complete || LOOKS_LIKE_HOST.test(authority),
      baseTexts: texts,
      baseKey,
    };
  }
  if (SCHEME.test(text) || text.startsWith('/\\')) return { ...UNKNOWN_URL, baseTexts: texts };
  // 'http' + (secure ? 's' : '') + '://…' could still become absolute.
  if (!complete && /^[a-z][a-z0-9+.-]*$/i.test(text)) return { ...UNKNOWN_URL, baseTexts: texts };
  return { kind: 'relative', prefix: text, complete, origin: null, originCertain: false, baseTexts: texts, baseKey: null };
}

/** True when the root of a member chain (or the identifier itself) is a module-level value, an import or a global. */
function isModuleLevel(ctx: ValueContext, node: Node): boolean {
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    if (current.computed && current.property.type !== AST_NODE_TYPES.Literal) return false;
    current = unwrap(current.object);
  }
  if (current.type === AST_NODE_TYPES.MetaProperty) return true;
  if (current.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(ctx, current);
  if (!variable || variable.defs.length === 0) return true;
  const def = variable.defs[0]!;
  if (def.type === 'ImportBinding') return true;
  if (def.type !== 'Variable') return false;
  const scope = variable.scope.type;
  return scope === 'module' || scope === 'global';
}

/** Where a URL expression points. */
export function readUrl(ctx: ValueContext, node: Node, depth = 0): RequestUrl {
  const texts: string[] = [];
  const parts = readParts(ctx, node, texts, depth);
  if (parts.resolved) return parts.resolved;
  if (parts.prefix === '') {
    if (parts.lead === null) return { ...UNKNOWN_URL, baseTexts: texts };
    const baseKey = isModuleLevel(ctx, parts.lead) ? nodeText(ctx, parts.lead) : null;
    return { ...UNKNOWN_URL, kind: texts.length > 0 ? 'expression' : 'unknown', baseTexts: texts, baseKey };
  }
  return classify(parts.prefix, parts.complete, texts, null);
}

export type JoinStyle = 'url' | 'axios' | 'ky' | 'ofetch';

function joinPaths(base: string, path: string, style: JoinStyle): string {
  if (path === '') return base;
  if (style === 'url') {
    try {
      return new URL(path, base).href;
    } catch {
      return base;
    }
  }
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * The URL a request reaches when `path` is resolved against a base URL
 * (axios `baseURL`, ky `prefixUrl`, ofetch `baseURL`, `new URL(path, base)`).
 * An absolute path wins; a dynamic path is assumed to stay under the base.
 */
export function joinUrl(base: RequestUrl, path: RequestUrl, style: JoinStyle): RequestUrl {
  if (path.kind === 'absolute') return path;
  if (path.kind === 'relative' && style === 'url' && path.prefix.startsWith('/') && base.kind === 'absolute' && base.originCertain) {
    // new URL('/me', 'https://api.example.com/v1/') → https://api.example.com/me
    return classify(joinPaths(base.origin!, path.prefix, 'url'), path.complete, base.baseTexts, base.baseKey);
  }
  if (base.kind === 'absolute') {
    if (!base.complete) return base;
    const known = path.kind === 'relative' ? path.prefix : '';
    const complete = path.kind === 'relative' && path.complete;
    return classify(joinPaths(base.prefix, known, style), complete, base.baseTexts, base.baseKey);
  }
  if (base.kind === 'expression') return base;
  if (base.kind === 'relative') return base;
  return UNKNOWN_URL;
}
