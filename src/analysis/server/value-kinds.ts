/**
 * What the value of an Access-Control-Allow-Origin or -Credentials write
 * means: `*`, `null`, a fixed origin, the request Origin, or something only
 * known at run time (and then whether it is the same for every request).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { HeaderWrite } from './headers.js';
import type { OriginFlow } from './request-origin.js';
import type { CredentialsValue, OriginValue } from './scope-types.js';
import { describeConditions, type Alternative } from '../core/alternatives.js';
import { getPossibleValues } from '../core/possible-values.js';
import { findSourceLiteral, findVariable, getStaticValue, isForeignNode, isStableVariable, resolveImport, unwrap, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

const DYNAMIC: OriginValue = { kind: 'dynamic', literal: null, constant: false };

/** A literal of this file: another module's nodes are read, never reported on or edited. */
function localLiteral(ctx: ValueContext, literal: OriginValue['literal']): OriginValue['literal'] {
  return literal && !isForeignNode(ctx, literal) ? literal : null;
}

/** The kind of a value known statically: `*`, `null`, a fixed origin; null when not static. */
function staticOriginValue(ctx: ValueContext, node: Node): OriginValue | null {
  const value = getStaticValue(ctx, node)?.value;
  const literal = findSourceLiteral(ctx, node);
  // The JavaScript null: Node sends the text `null` (docs/cors-semantics.md#js-null).
  if (value === null && literal?.type === AST_NODE_TYPES.Literal && literal.raw === 'null') return { kind: 'null', literal, constant: true };
  // `setHeader(name, ['*'])` sends the one value of the array.
  const text = typeof value === 'string' ? value : Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' ? value[0] : null;
  if (text === null) return null;
  const trimmed = text.trim();
  if (trimmed === '*') return { kind: 'wildcard', literal, constant: true };
  if (trimmed.toLowerCase() === 'null') return { kind: 'null', literal, constant: true };
  return { kind: 'fixed', literal, constant: true };
}

/**
 * `*` or `null` on some of the paths a value can take: a fallback
 * (`process.env.WEB_ORIGIN ?? '*'`), a branch, a `let` assigned in an `if`, a
 * local function returning `'*'` on one path. The condition names the path;
 * null when every path sends it. A bare `process.env.X` is configuration and
 * stays dynamic.
 */
function pathOriginValue(ctx: ValueContext, node: Node): OriginValue | null {
  const alternatives = getPossibleValues(ctx, node);
  const kinds = alternatives.map((alt) => (alt.kind === 'value' && alt.node ? staticOriginValue(alt.context, alt.node) : null));
  for (const wanted of ['wildcard', 'null'] as const) {
    const index = kinds.findIndex((k) => k?.kind === wanted);
    if (index < 0) continue;
    const every = kinds.every((k) => k?.kind === wanted);
    const constant = alternatives.every((alt, i) => kinds[i] !== null || (alt.kind === 'unknown' && alt.reason === 'configuration'));
    const condition = every ? null : describeConditions(alternatives[index]!) || 'on some paths';
    return { kind: wanted, literal: kinds[index]!.literal, constant, condition };
  }
  return null;
}

/** The kind of an Access-Control-Allow-Origin value; `echo` when the write repeats the request Origin by construction (Next.js `has`). */
export function classifyOriginValue(ctx: ValueContext, write: HeaderWrite, echo: boolean, flow: OriginFlow): OriginValue {
  if (!write.valueNode) return DYNAMIC;
  if (echo) return { kind: 'request-origin', literal: null, constant: false };
  const value = staticOriginValue(ctx, write.valueNode);
  if (value) return { ...value, literal: localLiteral(ctx, value.literal) };
  // `req.headers.origin || '*'`: an echo first (its fallbacks are judged with the echo).
  if (flow.dependsOnRequestOrigin(write.valueNode)) return { kind: 'request-origin', literal: null, constant: false };
  const onPath = pathOriginValue(ctx, write.valueNode);
  if (onPath) return { ...onPath, literal: localLiteral(ctx, onPath.literal) };
  return { kind: 'dynamic', literal: null, constant: isConfigurationRead(ctx, write.valueNode) };
}

/** The kind of a credentials value known statically (`True` is mis-cased, `yes` is invalid); null when not static. */
function staticCredentialsValue(ctx: ValueContext, node: Node): CredentialsValue | null {
  const value = getStaticValue(ctx, node);
  if (!value) return null;
  const literal = localLiteral(ctx, findSourceLiteral(ctx, node));
  const raw = value.value;
  if (raw === true) return { kind: 'true', literal, text: 'true' };
  if (raw === false) return { kind: 'false', literal, text: 'false' };
  const text = typeof raw === 'string' ? raw : String(raw);
  if (text === 'true') return { kind: 'true', literal, text };
  if (text.trim().toLowerCase() === 'true') return { kind: 'miscased', literal, text };
  if (text.trim().toLowerCase() === 'false') return { kind: 'false', literal, text };
  return { kind: 'invalid', literal, text };
}

const DYNAMIC_CREDENTIALS: CredentialsValue = { kind: 'dynamic', literal: null, text: null };

/**
 * The kind of an Access-Control-Allow-Credentials value. A value that differs
 * by path (`process.env.CORS_CREDENTIALS ?? 'true'`, a branch, a `let`
 * assigned in an `if`, a local function) lists its known values in `paths`;
 * it grants credentials (`true`, or mis-cased `True`) when some path does,
 * and `condition` names the first such path unless every path does. A bare
 * `process.env.X` stays dynamic.
 */
export function classifyCredentialsValue(ctx: ValueContext, write: HeaderWrite): CredentialsValue {
  // Asked once per scope and rule: read once per write and linted file.
  const known = credentialsCache.get(write);
  if (known?.sourceCode === ctx.sourceCode) return known.value;
  const value = credentialsValue(ctx, write);
  credentialsCache.set(write, { sourceCode: ctx.sourceCode, value });
  return value;
}

const credentialsCache = new WeakMap<HeaderWrite, { readonly sourceCode: ValueContext['sourceCode']; readonly value: CredentialsValue }>();

function credentialsValue(ctx: ValueContext, write: HeaderWrite): CredentialsValue {
  if (!write.valueNode) return DYNAMIC_CREDENTIALS;
  const whole = staticCredentialsValue(ctx, write.valueNode);
  if (whole) return whole;
  const alternatives = getPossibleValues(ctx, write.valueNode);
  // `flag ? 'true' : undefined`: no header on that path, nothing to judge.
  const sent = (alt: Alternative) => alt.kind === 'value' && alt.node !== null && getStaticValue(alt.context, alt.node)?.value != null;
  const kinds = alternatives.map((alt) => (sent(alt) ? staticCredentialsValue(alt.context, alt.node!) : null));
  if (kinds.every((k) => k === null)) return DYNAMIC_CREDENTIALS;
  const paths = kinds.flatMap((k, i) => (k ? [{ ...k, literal: localLiteral(ctx, k.literal), condition: describeConditions(alternatives[i]!) || 'on some paths' }] : []));
  const grants = paths.filter((p) => p.kind === 'true' || p.kind === 'miscased');
  const first = grants.find((p) => p.kind === 'true') ?? grants[0];
  if (!first) return { ...DYNAMIC_CREDENTIALS, paths };
  const everyPath = grants.length === alternatives.length;
  return { ...first, condition: everyPath ? null : first.condition, paths };
}

/** Names that hold the request or the response: a value read from them changes per request. */
const REQUEST_NAMES = /^(req|request|res|response|reply|ctx|context|c|event|evt|e|h|headers|params|query|body|cookies|session|user)$/i;

/**
 * A value read from constants, the environment or configuration: an
 * identifier or a chain of property reads (`WEB_ORIGIN`, `process.env.ORIGIN`,
 * `config.cors.origin`), with no call and nothing read from the request.
 */
function isConfigurationRead(ctx: ValueContext, node: Node, depth = 0): boolean {
  const current = unwrap(node);
  if (depth > 8) return false;
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    if (current.computed && getStaticValue(ctx, current.property) === null) return false;
    return isConfigurationRead(ctx, current.object, depth + 1);
  }
  if (current.type === AST_NODE_TYPES.LogicalExpression) {
    // process.env.ORIGIN ?? 'https://app.example.com'
    const side = (n: Node) => getStaticValue(ctx, n) !== null || isConfigurationRead(ctx, n, depth + 1);
    return side(current.left) && side(current.right);
  }
  if (current.type !== AST_NODE_TYPES.Identifier || REQUEST_NAMES.test(current.name)) return false;
  const variable = findVariable(ctx, current);
  const def = variable?.defs[0];
  if (!variable || !def) return true; // a global such as `process`
  if (def.type === 'ImportBinding' || resolveImport(ctx, current) !== null) return true;
  if (def.type !== 'Variable' || !isStableVariable(variable) || !def.node.init) return false;
  if (def.node.id.type !== AST_NODE_TYPES.Identifier) return isConfigurationRead(ctx, def.node.init, depth + 1);
  return getStaticValue(ctx, def.node.init) !== null || isConfigurationRead(ctx, def.node.init, depth + 1);
}
