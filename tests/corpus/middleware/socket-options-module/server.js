// The socket.io options come from ./io-options.js: this file never names CORS.
const http = require('http');
const { Server } = require('socket.io');
const { ioOptions } = require('./io-options');

const server = http.createServer();
const io = new Server(server, ioOptions); // @cors A reflected-origin

module.exports = { server, io };
