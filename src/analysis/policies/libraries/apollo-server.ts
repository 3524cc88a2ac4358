/**
 * Apollo Server (v2/v3 integrations): `new ApolloServer({ cors })`, and the
 * `cors` option of `server.applyMiddleware`, `getMiddleware`, `createHandler`.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { unwrap } from '../../core/values.js';
import { CONSTRUCT, corsLibrary, onCall } from '../library.js';
import { CORS_LIKE, type LibrarySemantics } from '../types.js';

const semantics: LibrarySemantics = { ...CORS_LIKE, library: 'apollo-server', label: 'Apollo Server' };

const INSTANCE = 'apollo-server instance';
const MIDDLEWARE_METHODS = ['applyMiddleware', 'getMiddleware', 'createHandler'];

export const apolloServer = corsLibrary({
  modules: [
    'apollo-server',
    'apollo-server-express',
    'apollo-server-koa',
    'apollo-server-fastify',
    'apollo-server-hapi',
    'apollo-server-lambda',
    'apollo-server-micro',
    'apollo-server-azure-functions',
    'apollo-server-cloud-functions',
  ],
  exports: {
    ApolloServer: {
      [CONSTRUCT]: onCall((collector, construction) => {
        collector.mark(INSTANCE, construction);
        collector.corsEntry(semantics, construction, collector.corsOption(construction.arguments[0]));
      }),
    },
  },
  finish(collector) {
    for (const method of MIDDLEWARE_METHODS) {
      for (const call of collector.methodCalls(method)) {
        const callee = unwrap(call.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression || !collector.isMarked(INSTANCE, callee.object)) continue;
        collector.corsEntry(semantics, call, collector.corsOption(call.arguments[0]));
      }
    }
  },
  semantics,
  example: `import { ApolloServer } from 'MODULE';\nconst server = new ApolloServer({ typeDefs, resolvers, cors: { origin: true, credentials: true } });`,
});
