/**
 * hapi: `Hapi.server({ routes: { cors } })` for every route, and
 * `server.route({ options: { cors } })` per route. Any allowed origin is
 * answered with the request's own Origin; `origin: 'ignore'` sends `*`.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { getObjectEntry, resolveExpression } from '../../core/values.js';
import type { PolicyCollector } from '../collector.js';
import { CALL, CONSTRUCT, corsLibrary, onCall } from '../library.js';
import { CORS_LIKE, type LibrarySemantics } from '../types.js';

type Node = TSESTree.Node;

const semantics: LibrarySemantics = {
  ...CORS_LIKE,
  library: '@hapi/hapi',
  label: 'hapi',
  originTrue: 'unsupported',
  wildcardWithCredentials: 'echo',
  anyOriginEchoes: true,
  listWithWildcard: 'any',
  listWildcards: true,
  falsyDisables: false,
  stringOrigin: 'ignore-keyword',
  callbackStyle: 'return',
  // hapi validates its header lists: no `*` in them.
  headerLists: {},
};

const MODULES = ['@hapi/hapi', 'hapi'];

/** `Hapi.server({ routes: { cors } })`. */
const server = onCall((collector, call) => {
  const options = call.arguments[0];
  if (!options) return;
  const routes = getObjectEntry(collector.ctx, options, 'routes');
  collector.corsEntry(semantics, call, routes ? collector.corsOption(routes.value) : undefined);
});

/** `server.route({ method, path, options: { cors } })` or a list of such routes. */
function collectRoutes(collector: PolicyCollector, routes: Node): void {
  const resolved = resolveExpression(collector.ctx, routes);
  const items = resolved.type === AST_NODE_TYPES.ArrayExpression ? resolved.elements : [resolved];
  for (const item of items) {
    if (!item || item.type === AST_NODE_TYPES.SpreadElement) continue;
    for (const key of ['options', 'config']) {
      const holder = getObjectEntry(collector.ctx, item, key);
      collector.corsEntry(semantics, item, holder ? collector.corsOption(holder.value) : undefined);
    }
  }
}

export const hapi = corsLibrary({
  modules: MODULES,
  exports: {
    Server: { [CALL]: server, [CONSTRUCT]: server },
    server: { [CALL]: server, [CONSTRUCT]: server },
  },
  // Routes are added to servers passed around the application: any `.route()` of a hapi file counts.
  finish(collector) {
    if (!collector.importsFrom(MODULES)) return;
    for (const call of collector.methodCalls('route')) {
      if (call.arguments[0]) collectRoutes(collector, call.arguments[0]);
    }
  },
  semantics,
  example: `import Hapi from 'MODULE';\nconst server = Hapi.server({ port: 3000, routes: { cors: { origin: ['*'], credentials: true } } });`,
});
