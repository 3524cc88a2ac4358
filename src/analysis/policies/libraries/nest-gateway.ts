/**
 * NestJS WebSocket gateways: `@WebSocketGateway(port?, { cors })` hands its
 * options to a socket.io `Server`, so `cors` means what it means there (the
 * `cors` package, applied to HTTP long-polling).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { CALL, type CorsLibrary } from '../library.js';
import { CORS_LIKE, type LibrarySemantics } from '../types.js';

const semantics: LibrarySemantics = { ...CORS_LIKE, library: '@nestjs/websockets', label: 'socket.io (Nest gateway)' };

export const nestGateway: CorsLibrary = {
  id: '@nestjs/websockets',
  modules: ['@nestjs/websockets'],
  exports: {
    WebSocketGateway: {
      [CALL]: (collector, node) => {
        if (node.type !== AST_NODE_TYPES.CallExpression) return;
        collector.corsEntry(semantics, node, collector.corsOption(collector.lastObjectArgument(node.arguments)));
      },
    },
  },
  semantics,
  example: `import { WebSocketGateway } from 'MODULE';\n@WebSocketGateway(81, { cors: { origin: true, credentials: true } })\nexport class EventsGateway {}`,
};
