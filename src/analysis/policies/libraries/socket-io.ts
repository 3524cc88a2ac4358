/** socket.io: `new Server(httpServer, { cors })`, `require('socket.io')(httpServer, { cors })`. */
import { CALL, CONSTRUCT, corsLibrary, onCall } from '../library.js';
import { CORS_LIKE, type LibrarySemantics } from '../types.js';

const semantics: LibrarySemantics = { ...CORS_LIKE, library: 'socket.io', label: 'socket.io' };

const server = onCall((collector, call) => collector.corsEntry(semantics, call, collector.corsOption(collector.lastObjectArgument(call.arguments))));

export const socketIo = corsLibrary({
  modules: ['socket.io'],
  exports: { Server: { [CONSTRUCT]: server }, default: { [CALL]: server, [CONSTRUCT]: server } },
  semantics,
  example: `import { Server } from 'MODULE';\nconst io = new Server(httpServer, { cors: { origin: true, credentials: true } });`,
});
