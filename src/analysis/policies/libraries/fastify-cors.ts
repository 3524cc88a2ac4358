/**
 * `@fastify/cors`, registered as a plugin: `fastify.register(cors, options)`.
 * The plugin is the module, its `default` and its `fastifyCors` export.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { getPropertyName, unwrap } from '../../core/values.js';
import type { PolicyCollector } from '../collector.js';
import { READ, type CorsLibrary } from '../library.js';
import { CORS_LIKE, type LibrarySemantics } from '../types.js';

type Node = TSESTree.Node;

export const fastifyCorsSemantics: LibrarySemantics = {
  ...CORS_LIKE,
  library: '@fastify/cors',
  label: '@fastify/cors',
  listWithWildcard: 'any',
  promiseOrigins: true,
  credentialsTruthy: true,
  delegatorKey: 'delegator',
};

/** The expression around `node` that only wraps it (`cors as any`, `cors!`). */
function outermost(node: Node): Node {
  let current = node;
  while (current.parent && current.parent.type !== AST_NODE_TYPES.CallExpression && unwrap(current.parent) === node) current = current.parent;
  return current;
}

/** `x.register(plugin, options)` with the plugin read at `node`. */
function registered(collector: PolicyCollector, node: Node): void {
  for (const use of collector.readUses(node)) {
    const plugin = outermost(use);
    const call = plugin.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== plugin) continue;
    const callee = call.callee;
    if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(collector.ctx, callee) === 'register') {
      collector.argument(fastifyCorsSemantics, call, 1);
    }
  }
}

export const fastifyCors: CorsLibrary = {
  id: '@fastify/cors',
  modules: ['@fastify/cors', 'fastify-cors'],
  exports: { default: { [READ]: registered }, fastifyCors: { [READ]: registered } },
  semantics: fastifyCorsSemantics,
  example: `import cors from 'MODULE';\nawait fastify.register(cors, { origin: true, credentials: true });`,
};
