import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { HEADER } from '../analysis/server/header-names.js';
import { hasVaryOrigin, varyAlongside } from '../analysis/server/queries.js';
import { addOriginToVary, headerNameLike, insertHeaderAfter, varyCallLike } from '../fixes/header-edits.js';
import { createCorsRule } from '../util/cors-rule.js';
import type { TSESTree } from '@typescript-eslint/types';
import { effectiveOrigin, type CorsPolicy } from '../analysis/policies/index.js';
import type { Contribution, ResponseScope } from '../analysis/server/response-scopes.js';
import { middlewareCovers, registrationTarget } from '../analysis/server/routes.js';
import { findVariable, type ValueContext } from '../analysis/core/values.js';

export type MessageIds = 'missingVary';
export type Options = [];

export default createCorsRule<Options, MessageIds>({
  name: 'require-vary-origin',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `Vary: Origin` on responses whose Access-Control-Allow-Origin depends on the request',
      recommended: true,
    },
    fixable: 'code',
    schema: [],
    messages: {
      missingVary:
        "Access-Control-Allow-Origin is chosen per request but the response lacks `Vary: Origin`, so caches can serve one origin's answer to another. Add `Vary: Origin`.",
    },
  },
  gate: 'headers',
  create(context) {
    const { model, values } = context;
    const headers = model.headers;
    if (!headers) return;
    const fixedScopes = new Set<unknown>();
    const varyPolicies = (model.policies?.policies ?? []).filter(setsVaryOrigin);
    for (const scope of headers.scopes) {
      for (const contribution of scope.own) {
        const { write } = contribution;
        if (write.name !== HEADER.allowOrigin || !headers.isPerRequest(write)) continue;
        if (hasVaryOrigin(values, scope, contribution) || middlewareVaryReaches(values, varyPolicies, scope)) continue;
        const canFix = !fixedScopes.has(scope.node);
        fixedScopes.add(scope.node);
        // The last `Vary` that replaces the header on this response: Origin goes into it, so no later write drops it.
        const lastVary = varyAlongside(scope, contribution)
          .filter((v) => scope.own.includes(v) && !v.write.append)
          .reduce<Contribution | null>((last, v) => (last && last.site.range[0] > v.site.range[0] ? last : v), null);
        const varyName = headerNameLike(values, write, HEADER.vary);
        context.report({
          node: write.node,
          messageId: 'missingVary',
          fix: canFix
            ? (fixer) =>
                lastVary
                  ? addOriginToVary(values, fixer, lastVary.write)
                  : insertHeaderAfter(values, fixer, write, varyName, 'Origin', varyCallLike(values, write, headers.imports, varyName))
            : null,
        });
      }
    }
  },
});

/** Libraries that send `Vary: Origin` themselves whenever their Access-Control-Allow-Origin is not `*` (docs/cors-semantics.md). */
const VARY_SETTING_LIBRARIES = new Set(['cors', 'nestjs', 'socket.io', 'apollo-server', '@koa/cors', '@fastify/cors', 'hono/cors', 'h3']);

function setsVaryOrigin(policy: CorsPolicy): boolean {
  if (!VARY_SETTING_LIBRARIES.has(policy.semantics.library)) return false;
  const effective = effectiveOrigin(policy);
  if (effective === 'wildcard' || effective === 'disabled') return false;
  // @fastify/cors sends one fixed origin without Vary.
  return !(policy.semantics.library === '@fastify/cors' && policy.origin.kind === 'fixed');
}

/** The calls that register a policy's middleware: `app.use(cors())`, `fastify.register(cors, …)`, `app.use(corsMiddleware)`. */
function registeringCalls(ctx: ValueContext, node: TSESTree.Node): TSESTree.CallExpression[] {
  const parent = node.parent;
  if (node.type === AST_NODE_TYPES.CallExpression && registrationTarget(ctx, node)) return [node];
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(node as TSESTree.CallExpressionArgument)) return [parent];
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.id.type !== AST_NODE_TYPES.Identifier) return [];
  const calls: TSESTree.CallExpression[] = [];
  for (const ref of findVariable(ctx, parent.id)?.references ?? []) {
    const use = ref.identifier.parent;
    if (use?.type === AST_NODE_TYPES.CallExpression && use.arguments.includes(ref.identifier as TSESTree.Identifier)) calls.push(use);
  }
  return calls;
}

/**
 * True when CORS middleware that sends `Vary: Origin` runs before the handler
 * of `scope`: on the same app for a path that covers the handler's, registered
 * earlier, or in the handler's own route registration.
 */
function middlewareVaryReaches(ctx: ValueContext, policies: readonly CorsPolicy[], scope: ResponseScope): boolean {
  for (const policy of policies) {
    for (const call of registeringCalls(ctx, policy.node)) {
      const target = registrationTarget(ctx, call);
      if (!target) continue;
      for (const reg of scope.registrations) {
        if (reg.call === call) return true;
        if (target.method !== 'use' || reg.app !== target.app || call.range[1] > reg.call.range[0]) continue;
        if (target.global || middlewareCovers(target.path, reg.path)) return true;
      }
    }
  }
  return false;
}
