/**
 * `@fastify/cors`, registered as a plugin: `fastify.register(cors, options)`.
 * The plugin is the module, its `default` and its `fastifyCors` export.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { getObjectEntry, getPropertyName, resolveFunction, unwrap, type FunctionNode } from '../../core/values.js';
import type { PolicyCollector } from '../collector.js';
import { corsLibrary, READ } from '../library.js';
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

/** What a function hands back: its expression body, or a `return` of its body. */
function returnedFunction(collector: PolicyCollector, fn: FunctionNode): FunctionNode | null {
  if (fn.body?.type !== AST_NODE_TYPES.BlockStatement) return fn.body ? resolveFunction(collector.ctx, fn.body) : null;
  for (const statement of fn.body.body) {
    if (statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument) return resolveFunction(collector.ctx, statement.argument);
  }
  return null;
}

/**
 * The per-request options function of a registration: options given as a
 * function of the instance (`register(cors, () => (req, cb) => cb(null, opts))`),
 * or a `delegator` option.
 */
function delegatorOf(collector: PolicyCollector, options: Node | undefined): FunctionNode | null {
  if (!options || options.type === AST_NODE_TYPES.SpreadElement) return null;
  const factory = resolveFunction(collector.ctx, options);
  if (factory) return returnedFunction(collector, factory);
  const delegator = getObjectEntry(collector.ctx, options, 'delegator');
  return delegator ? resolveFunction(collector.ctx, delegator.value) : null;
}

/** `x.register(plugin, options)` with the plugin read at `node`. */
function registered(collector: PolicyCollector, node: Node): void {
  for (const use of collector.readUses(node)) {
    const plugin = outermost(use);
    const call = plugin.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== plugin) continue;
    const callee = call.callee;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(collector.ctx, callee) !== 'register') continue;
    const delegator = delegatorOf(collector, call.arguments[1]);
    if (delegator) collector.delegate(fastifyCorsSemantics, delegator);
    else collector.argument(fastifyCorsSemantics, call, 1);
  }
}

export const fastifyCors = corsLibrary({
  modules: ['@fastify/cors', 'fastify-cors'],
  exports: { default: { [READ]: registered }, fastifyCors: { [READ]: registered } },
  semantics: fastifyCorsSemantics,
  example: `import cors from 'MODULE';\nawait fastify.register(cors, { origin: true, credentials: true });`,
});
