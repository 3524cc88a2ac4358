// The Vary header is added by a helper of another module before the origin is written
// (the shape of @fastify/cors): the response does carry `Vary: Origin`.
const { addOriginToVaryHeader } = require('./vary');

const allowed = new Set(['https://app.example.com']);

function addCorsHeaders(req, reply) {
  const origin = req.headers.origin;
  if (allowed.has(origin)) {
    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Access-Control-Allow-Credentials', 'true');
  }
}

module.exports = function onRequest(req, reply, done) {
  addOriginToVaryHeader(reply);
  addCorsHeaders(req, reply);
  done();
};
