// Options of the socket.io server: transports and timeouts only.
const ioOptions = {
  pingTimeout: 20000,
  transports: ['websocket'],
};

module.exports = { ioOptions };
