/** socket.io: `new Server(httpServer, { cors })`, `require('socket.io')(httpServer, { cors })`. */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { CALL, CONSTRUCT, type Action, type CorsLibrary } from '../library.js';
import { CORS_LIKE, type LibrarySemantics } from '../types.js';

const semantics: LibrarySemantics = { ...CORS_LIKE, library: 'socket.io', label: 'socket.io' };

const server: Action = (collector, node) => {
  if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return;
  collector.corsEntry(semantics, node, collector.corsOption(collector.lastObjectArgument(node.arguments)));
};

export const socketIo: CorsLibrary = {
  id: 'socket.io',
  modules: ['socket.io'],
  exports: { Server: { [CONSTRUCT]: server }, default: { [CALL]: server, [CONSTRUCT]: server } },
  semantics,
  example: `import { Server } from 'MODULE';\nconst io = new Server(httpServer, { cors: { origin: true, credentials: true } });`,
};
