/* @cors-rules no-wildcard-origin-with-credentials, no-reflected-origin-with-credentials */
// @koa/cors 3.3 (from the package.json next to this file) sends '*' as is, also
// with credentials (broken: browsers reject it); 3.4.1 and later echo instead.
// With no origin, the request's Origin is echoed.
const Koa = require('koa');
const cors = require('@koa/cors');

const app = new Koa();
app.use(cors({ origin: '*', credentials: true })); // @cors A wildcard-credentials nofix

const legacy = new Koa();
legacy.use(cors({ credentials: true, maxAge: 600 })); // @cors B reflected-origin nofix

module.exports = { app, legacy };
