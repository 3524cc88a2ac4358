// The socket.io options come from ./io-options.js, which configures no CORS: nothing to report.
const http = require('http');
const { Server } = require('socket.io');
const { ioOptions } = require('./io-options');

const server = http.createServer();
const io = new Server(server, ioOptions);

module.exports = { server, io };
