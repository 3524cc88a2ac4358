/* @cors-rules no-wildcard-origin-with-credentials */
// micro-cors allows credentials by default: with its default origin `*`, browsers reject every credentialed call.
const { send } = require('micro');
const microCors = require('micro-cors');

const cors = microCors({ allowMethods: ['GET', 'POST'] }); // @cors A wildcard-credentials nofix

async function handler(req, res) {
  send(res, 200, { ok: true });
}

const admin = microCors({ origin: '*', allowCredentials: true }); // @cors B wildcard-credentials nofix

module.exports = { api: cors(handler), admin: admin(handler) };
