/**
 * Questions rules ask of the response-header model, phrased once.
 */
import { HEADER } from './header-names.js';
import type { HeaderWrite } from './headers.js';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { nearestFunction, unwrap, type ValueContext } from '../core/values.js';
import { conditionsOf } from '../trust/decisions.js';
import { alongside } from './co-occurrence.js';
import {
  contains,
  scopeContributions,
  varyCoversOrigin,
  type Contribution,
  type ResponseHeaderModel,
  type ResponseScope,
} from './response-scopes.js';

/** `Access-Control-Allow-Credentials` writes of a scope whose value means `true` (including mis-cased `True`). */
export function credentialGrants(model: ResponseHeaderModel, contributions: readonly Contribution[]): Contribution[] {
  return contributions.filter((c) => {
    if (c.write.name !== HEADER.allowCredentials) return false;
    const kind = model.classifyCredentials(c.write).kind;
    return kind === 'true' || kind === 'miscased';
  });
}

/**
 * When `grants` allow credentials, as a message puts it ("when
 * CORS_CREDENTIALS is unset"): null when one of them does on every path.
 */
export function grantCondition(model: ResponseHeaderModel, grants: readonly Contribution[]): string | null {
  let condition: string | null = null;
  for (const grant of grants) {
    const own = model.classifyCredentials(grant.write).condition ?? null;
    if (own === null) return null;
    condition ??= own;
  }
  return condition;
}

/** Contributions of `scope` (own and inherited) that name `header`. */
export function writesOf(scope: ResponseScope, header: string): Contribution[] {
  return scopeContributions(scope).filter((c) => c.write.name === header);
}

const grantCache = new WeakMap<ResponseScope, Contribution[]>();
const varyCache = new WeakMap<ResponseScope, Contribution[]>();

function scopeGrants(model: ResponseHeaderModel, scope: ResponseScope): Contribution[] {
  let grants = grantCache.get(scope);
  if (!grants) grantCache.set(scope, (grants = credentialGrants(model, scopeContributions(scope))));
  return grants;
}

function scopeVary(scope: ResponseScope): Contribution[] {
  let vary = varyCache.get(scope);
  if (!vary) varyCache.set(scope, (vary = writesOf(scope, HEADER.vary)));
  return vary;
}

/**
 * The credential grants of `scope` that can reach the same response as
 * `contribution`. The answer is shared by every contribution under the same
 * branch (see `alongside`): treat it as read-only.
 */
export function grantsAlongside(
  model: ResponseHeaderModel,
  scope: ResponseScope,
  contribution: Contribution,
): readonly Contribution[] {
  return alongside(scopeGrants(model, scope), contribution.site);
}

/** The `Vary` writes of `scope` that can reach the same response as `contribution` (read-only, shared). */
export function varyAlongside(scope: ResponseScope, contribution: Contribution): readonly Contribution[] {
  return alongside(scopeVary(scope), contribution.site);
}

/**
 * True when a `Vary` naming Origin (or `*`, or an unknown value) reaches the
 * same response as `contribution`, or may do so through headers not known statically.
 */
export function hasVaryOrigin(ctx: ValueContext, scope: ResponseScope, contribution: Contribution): boolean {
  if (alongside(scope.opaque, contribution.site).length > 0) return true;
  return varyAlongside(scope, contribution).some((v) => varyCoversOrigin(ctx, v.write));
}

/** The credential grants of the actual (non-preflight) responses of the module. */
export function moduleCredentialGrants(model: ResponseHeaderModel): Contribution[] {
  return model.scopes.flatMap((s) => (s.preflight ? [] : credentialGrants(model, s.own.filter((c) => !model.isPreflightSite(c.site)))));
}

/**
 * True when the write is written where the scope makes it (`res.set(name, v)`,
 * an inline `{ … }` argument), not in a helper or a shared constant that other
 * responses use too: only such writes are edited in place for one response.
 */
export function isWrittenAtSite(contribution: Contribution): boolean {
  return contains(contribution.site, contribution.write.node);
}

/**
 * True when `grant` is written under a test that also picks the value of
 * `contribution` on the path described by `condition` ("when `isPublic` is
 * true", with `if (!isPublic) res.setHeader('Access-Control-Allow-Credentials', 'true')`):
 * whether the two paths ever meet is not known statically.
 */
export function grantedUnderSameTest(ctx: ValueContext, grant: Contribution, contribution: Contribution, condition: string): boolean {
  const fn = nearestFunction(grant.site);
  if (!fn) return false;
  const own = new Set(nearestFunction(contribution.site) === fn ? conditionsOf(contribution.site, fn).map((c) => c.test) : []);
  return conditionsOf(grant.site, fn).some((c) => {
    if (own.has(c.test)) return false;
    let test = unwrap(c.test);
    while (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!') test = unwrap(test.argument);
    return condition.includes(`\`${ctx.sourceCode.getText(test)}\``);
  });
}

/** Visits each write once across scopes (a write can belong to several scopes). */
export function once<T>(): (key: T) => boolean {
  const seen = new Set<T>();
  return (key) => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

export type { Contribution, HeaderWrite, ResponseScope };
