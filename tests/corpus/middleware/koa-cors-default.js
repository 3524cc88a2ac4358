/* @cors-rules no-reflected-origin-with-credentials */
// @koa/cors echoes the request Origin when credentials are on and no origin is set, or origin is '*'.
const Koa = require('koa');
const cors = require('@koa/cors');

const app = new Koa();
app.use(cors({ credentials: true, allowMethods: 'GET,POST' })); // @cors A reflected-origin

const admin = new Koa();
admin.use(cors({ origin: '*', credentials: true })); // @cors B reflected-origin

module.exports = { app, admin };
