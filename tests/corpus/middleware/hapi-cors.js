/* @cors-rules no-reflected-origin-with-credentials */
// hapi answers a credentialed request to origin ['*'] by echoing the request's Origin.
const Hapi = require('@hapi/hapi');

const server = Hapi.server({
  port: 3000,
  routes: { cors: { origin: ['*'], credentials: true } }, // @cors A reflected-origin
});

server.route({
  method: 'GET',
  path: '/me',
  options: { cors: { credentials: true } }, // @cors B reflected-origin
  handler: (request) => request.auth.credentials,
});

module.exports = server;
