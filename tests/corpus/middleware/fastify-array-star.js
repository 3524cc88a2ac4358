// @fastify/cors treats an array containing '*' as '*': sent together with credentials, browsers reject it.
const fastify = require('fastify')();

fastify.register(require('@fastify/cors'), {
  origin: ['https://app.example.com', '*'], // @cors A wildcard-credentials
  credentials: true, // @cors A
});

module.exports = fastify;
