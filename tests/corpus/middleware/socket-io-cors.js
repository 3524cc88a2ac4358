/* @cors-rules no-reflected-origin-with-credentials */
const { createServer } = require('node:http');
const { Server } = require('socket.io');

const httpServer = createServer();
const io = new Server(httpServer, {
  cors: { origin: true, credentials: true }, // @cors A reflected-origin
});
io.on('connection', (socket) => socket.emit('hello'));
httpServer.listen(3000);
