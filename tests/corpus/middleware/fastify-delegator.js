/* @cors-rules no-reflected-origin-with-credentials */
// @fastify/cors options built per request: options handed back without an Origin check echo every origin.
const fastify = require('fastify')();
const cors = require('@fastify/cors');

fastify.register(cors, () => (req, callback) => {
  const options = { credentials: true, origin: true }; // @cors A reflected-origin nofix
  callback(null, options);
});

fastify.register(cors, {
  delegator: (req, callback) => {
    if (TRUSTED.has(req.headers.origin)) callback(null, { origin: true, credentials: true });
    else callback(null, { origin: false });
  },
});
