/* @cors-rules no-wildcard-origin-with-credentials, no-reflected-origin-with-credentials */
// kcors 2.x (the former name of @koa/cors): with no origin every request's Origin is
// echoed, with credentials when they are on; '*' is sent as is, also with credentials.
const Koa = require('koa');
const cors = require('kcors');

const api = new Koa();
api.use(
  cors({
    credentials: true, // @cors A reflected-origin nofix
    allowMethods: ['GET', 'POST'],
  }),
);

const admin = new Koa();
admin.use(cors({ origin: '*', credentials: true })); // @cors B wildcard-credentials nofix

module.exports = { api, admin };
