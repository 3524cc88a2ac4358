/**
 * NestJS WebSocket gateways: `@WebSocketGateway(port?, { cors })` hands its
 * options to a socket.io `Server`, so `cors` means what it means there (the
 * `cors` package, applied to HTTP long-polling).
 */
import { CALL, corsLibrary, onCall } from '../library.js';
import { CORS_LIKE, type LibrarySemantics } from '../types.js';

const semantics: LibrarySemantics = { ...CORS_LIKE, library: '@nestjs/websockets', label: 'socket.io (Nest gateway)' };

export const nestGateway = corsLibrary({
  modules: ['@nestjs/websockets'],
  exports: {
    WebSocketGateway: {
      [CALL]: onCall((collector, call) => collector.corsEntry(semantics, call, collector.corsOption(collector.lastObjectArgument(call.arguments)))),
    },
  },
  semantics,
  example: `import { WebSocketGateway } from 'MODULE';\n@WebSocketGateway(81, { cors: { origin: true, credentials: true } })\nexport class EventsGateway {}`,
});
