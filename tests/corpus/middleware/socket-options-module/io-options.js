// Options of the socket.io server; socket.io hands `cors` to the cors package.
const ioOptions = {
  pingTimeout: 20000,
  cors: {
    origin: true,
    credentials: true,
  },
};

module.exports = { ioOptions };
