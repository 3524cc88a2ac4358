/**
 * Hand-written reflection: `Access-Control-Allow-Origin` set from the request's
 * Origin (or to `'null'`) on a response that allows credentials, with the
 * checks on the path to that write judged by the shared origin-check classifier.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { conditionsOf, judgePath, type Condition, type DecisionVerdict } from '../trust/decisions.js';
import { echoPaths } from './echo-paths.js';
import { HEADER } from './header-names.js';
import type { HeaderWrite } from './headers.js';
import { OriginCheckClassifier } from '../trust/origin-checks.js';
import { grantCondition, grantedUnderSameTest, grantsAlongside } from './queries.js';
import { bothConditions } from '../core/alternatives.js';
import { describeTest } from '../core/conditions.js';
import { isRequestOriginRead, OriginFlow } from './request-origin.js';
import { requestDataValue, sameValueAs, type RequestDataKind } from './request-data.js';
import { scopeContributions, type Contribution, type ResponseHeaderModel } from './response-scopes.js';
import { findVariable, getStaticString, isForeignNode, nearestFunction, resolveExpression, unwrap, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

export interface ReflectedWrite {
  readonly write: HeaderWrite;
  /** The credential grants that reach the same response. */
  readonly grants: readonly Contribution[];
  /** How the origin is checked before it is echoed (`unguarded`: not at all). */
  readonly verdict: DecisionVerdict;
  /** The expression that puts the request Origin (or other request data) into the header. */
  readonly echoNode: Node;
  /** Where the echoed value comes from: the Origin header, other request data, or null when that is not known. */
  readonly source: RequestDataKind | null;
  /** The echo is inside a function the value calls (`pick(req)`): `echoNode` is the call, and replacing it changes other paths too. */
  readonly throughCall: boolean;
  /** When the grants allow credentials ("when CORS_CREDENTIALS is unset"); null when on every path. */
  readonly condition: string | null;
}

export interface NullOriginWrite {
  readonly write: HeaderWrite;
  /** `'null'` sent or trusted: the literal. */
  readonly node: Node;
  readonly grants: readonly Contribution[];
  /** When the grants allow credentials (with the `'null'` path when that is known); null when on every path. */
  readonly condition: string | null;
}

export interface ReflectionModel {
  /** Per-request ACAO writes from the request Origin, with credentials. */
  readonly reflected: readonly ReflectedWrite[];
  /** `'null'` sent as ACAO, as a fallback, or trusted by an allowlist, with credentials. */
  readonly nullOrigins: readonly NullOriginWrite[];
  /** ACAO writes (any value kind) on responses without credentials, for the strict any-origin rule. */
  readonly publicWrites: readonly { readonly write: HeaderWrite; readonly echo: ReflectedWrite | null }[];
}

/** A test for an expression whose value is the request Origin itself (not merely derived from it). */
function originValueTest(ctx: ValueContext): (n: Node) => boolean {
  const flow = new OriginFlow(ctx);
  const memo = new Map<Node, boolean>();
  const isOriginValue = (n: Node, depth = 0): boolean => {
    const node = unwrap(n);
    if (depth > 8) return false;
    if (depth === 0) {
      // Conditions are judged once per path that reaches an echo: the same test is asked about many times.
      let known = memo.get(node);
      if (known === undefined) memo.set(node, (known = isOriginValue(node, 1)));
      return known;
    }
    if (isRequestOriginRead(ctx, node)) return true;
    const inner = sameValueAs(ctx, node);
    if (inner) return isOriginValue(inner, depth + 1);
    if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '&&') return isOriginValue(node.left, depth + 1);
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const resolved = resolveExpression(ctx, node);
    if (resolved !== node) return isOriginValue(resolved, depth + 1);
    const variable = findVariable(ctx, node);
    const def = variable?.defs[0];
    if (!def) return false;
    if (def.type === 'Parameter' || (def.type === 'Variable' && def.node.id.type !== AST_NODE_TYPES.Identifier)) {
      return flow.dependsOnRequestOrigin(node);
    }
    if (def.type === 'Variable' && variable!.defs.length === 1) {
      // let origin = req.headers.origin; … reassigned: every assignment must be an origin value.
      const writes = variable!.references.filter((r) => r.isWrite() && r.writeExpr);
      return writes.length > 0 && writes.every((r) => isOriginValue(r.writeExpr!, depth + 1));
    }
    return false;
  };
  return (n) => isOriginValue(n);
}

export function buildReflectionModel(ctx: ValueContext, headers: ResponseHeaderModel): ReflectionModel {
  const isOriginValue = originValueTest(ctx);
  const classifier = new OriginCheckClassifier(ctx, (n) => isOriginValue(n));
  // Other request data (query, body, route parameters, cookies, other headers), checked by the same classifier.
  const dataMemo = new Map<Node, boolean>();
  const isDataValue = (n: Node): boolean => {
    let known = dataMemo.get(n);
    if (known === undefined) dataMemo.set(n, (known = requestDataValue(ctx, n) !== null));
    return known;
  };
  const dataClassifier = new OriginCheckClassifier(ctx, isDataValue);
  const reflected: ReflectedWrite[] = [];
  const nullOrigins: NullOriginWrite[] = [];
  const publicWrites: Array<{ write: HeaderWrite; echo: ReflectedWrite | null }> = [];
  const seen = new Set<HeaderWrite>();
  const seenPublic = new Set<HeaderWrite>();

  for (const scope of headers.scopes) {
    for (const contribution of scopeContributions(scope)) {
      const { write } = contribution;
      if (write.name !== HEADER.allowOrigin || !write.valueNode) continue;
      const grants = grantsAlongside(headers, scope, contribution);
      const echo =
        echoOf(ctx, write, contribution, isOriginValue, classifier, 'origin') ??
        echoOf(ctx, write, contribution, isDataValue, dataClassifier, null);
      if (grants.length === 0) {
        if (!seenPublic.has(write)) {
          seenPublic.add(write);
          publicWrites.push({ write, echo });
        }
        continue;
      }
      if (seen.has(write)) continue;
      seen.add(write);
      const origin = headers.classifyOrigin(write);
      // Credentials on some paths only (`process.env.CORS_CREDENTIALS ?? 'true'`): named in the report.
      const grantWhen = grantCondition(headers, grants);
      // `'null'` on some paths, credentials under conditions of their own: whether the two meet is not known.
      const meets = !origin.condition || !grants.every((g) => grantedUnderSameTest(ctx, g, contribution, origin.condition!));
      // `'null'` and credentials on opposite branches of one test (`sandboxed ? 'null' : ORIGIN`, `sandboxed ? undefined : 'true'`) never meet.
      const nullWhen = origin.kind === 'null' ? bothConditions(origin.condition, grantWhen) : null;
      if (nullWhen !== false) {
        if (origin.kind === 'null' && meets) nullOrigins.push({ write, node: origin.literal ?? write.valueNode, grants, condition: grantWhen && nullWhen });
        for (const fallback of nullFallbacks(ctx, write.valueNode)) nullOrigins.push({ write, node: fallback, grants, condition: grantWhen });
      }
      // An echo only where credentials are not granted (`debug ? origin : ORIGIN` with `debug ? 'false' : 'true'`) never goes with them.
      if (echo && echo.whens.some((when) => bothConditions(when, grantWhen) !== false)) {
        reflected.push({ ...echo, grants, condition: grantWhen });
        for (const entry of echo.nullEntries) nullOrigins.push({ write, node: entry, grants, condition: grantWhen });
      }
    }
  }
  return { reflected, nullOrigins, publicWrites };
}

interface EchoAnalysis extends ReflectedWrite {
  readonly nullEntries: readonly Node[];
  /** Each path of the echo described as a message puts it ("when `debug` is true"), for comparison with the credentials' paths. */
  readonly whens: readonly string[];
}

/**
 * The most conditions judged on one path to an echo: a longer path (an
 * `else if` chain of hundreds of tests) is judged unknown, so such a chain
 * costs time in proportion to its length rather than its square.
 */
const MAX_PATH_CONDITIONS = 64;

/** The conditions of a path as a message puts them; a `switch` case is left out. */
function describePath(ctx: ValueContext, conditions: readonly Condition[]): string {
  const clauses = conditions.flatMap((c) => (c.cases ? [] : [describeTest(ctx, c.test, !c.negated)]));
  return clauses.length === 0 ? '' : `when ${clauses.join(' and ')}`;
}

/** The worst verdict over several paths: one unguarded path is enough to echo any origin. */
function worst(verdicts: readonly DecisionVerdict[]): DecisionVerdict {
  if (verdicts.some((v) => v.kind === 'unguarded')) return { kind: 'unguarded' };
  const checks = verdicts.flatMap((v) => (v.kind === 'weak' ? v.checks : []));
  if (checks.length > 0) return { kind: 'weak', checks };
  if (verdicts.some((v) => v.kind === 'unknown')) return { kind: 'unknown' };
  return { kind: 'safe' };
}

/** When the write echoes the request Origin: the conditions on the way and their verdict. */
function echoOf(
  ctx: ValueContext,
  write: HeaderWrite,
  contribution: Contribution,
  isOriginValue: (n: Node) => boolean,
  classifier: OriginCheckClassifier,
  source: 'origin' | null,
): EchoAnalysis | null {
  const echo = echoPaths(ctx, write.valueNode!, isOriginValue);
  if (!echo) return null;
  const shared: Condition[] = [];
  const fn = nearestFunction(write.node);
  if (fn) shared.push(...conditionsOf(write.node, fn, MAX_PATH_CONDITIONS));
  if (contribution.site !== write.node) {
    const caller = nearestFunction(contribution.site);
    if (caller) shared.push(...conditionsOf(contribution.site, caller, MAX_PATH_CONDITIONS));
  }
  const verdicts: DecisionVerdict[] = [];
  const nullEntries: Node[] = [];
  const whens: string[] = [];
  for (const path of echo.paths) {
    const conditions = [...path.conditions, ...shared];
    if (conditions.length > MAX_PATH_CONDITIONS) {
      verdicts.push({ kind: 'unknown' });
      whens.push('');
      continue;
    }
    // A helper's parameter holding the origin (`pick(req.query.origin)`): its checks inside the helper are checks of the origin.
    const isOrigin = path.parameters ? holdsOrigin(ctx, path.parameters, isOriginValue) : isOriginValue;
    const judge = path.parameters ? new OriginCheckClassifier(ctx, isOrigin) : classifier;
    const judged = judgePath(judge, conditions, isOrigin);
    verdicts.push(judged.verdict);
    nullEntries.push(...judged.nullEntries);
    whens.push(describePath(ctx, conditions));
  }
  return {
    write,
    grants: [],
    condition: null,
    whens,
    verdict: shownHere(ctx, worst(verdicts), echo.echoNode),
    echoNode: echo.echoNode,
    throughCall: echo.throughCall,
    source: source ?? requestDataValue(ctx, echo.origin),
    nullEntries: [...new Set(nullEntries)],
  };
}

/** Weak checks inside a function of another module are shown at the value that calls it, the place in this file that relies on them. */
function shownHere(ctx: ValueContext, verdict: DecisionVerdict, echoNode: Node): DecisionVerdict {
  if (verdict.kind !== 'weak' || !verdict.checks.some((c) => isForeignNode(ctx, c.node))) return verdict;
  return { kind: 'weak', checks: verdict.checks.map((c) => (isForeignNode(ctx, c.node) ? { ...c, node: echoNode, replacement: null } : c)) };
}

/** `isOriginValue`, and also the parameters (or re-spellings of them: `o.trim()`) that hold the origin on a path. */
function holdsOrigin(ctx: ValueContext, parameters: readonly TSESTree.Identifier[], isOriginValue: (n: Node) => boolean): (n: Node) => boolean {
  const variables = new Set(parameters.map((p) => findVariable(ctx, p)));
  const isParameter = (n: Node, depth: number): boolean => {
    const node = unwrap(n);
    if (node.type === AST_NODE_TYPES.Identifier) return variables.has(findVariable(ctx, node));
    const inner = depth < 4 ? sameValueAs(ctx, node) : null;
    return inner !== null && isParameter(inner, depth + 1);
  };
  return (n) => isParameter(n, 0) || isOriginValue(n);
}

/** `'null'` leaves of an ACAO value: `allowed.includes(o) ? o : 'null'`, `origin || 'null'`. */
function nullFallbacks(ctx: ValueContext, node: Node): Node[] {
  const value = resolveExpression(ctx, node);
  if (value.type === AST_NODE_TYPES.ConditionalExpression) {
    return [...leafNulls(ctx, value.consequent), ...leafNulls(ctx, value.alternate)];
  }
  if (value.type === AST_NODE_TYPES.LogicalExpression) return [...leafNulls(ctx, value.left), ...leafNulls(ctx, value.right)];
  return [];
}

function leafNulls(ctx: ValueContext, node: Node): Node[] {
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.ConditionalExpression || value.type === AST_NODE_TYPES.LogicalExpression) return nullFallbacks(ctx, value);
  const text = getStaticString(ctx, value);
  return text !== null && text.trim().toLowerCase() === 'null' ? [resolveExpression(ctx, value)] : [];
}
