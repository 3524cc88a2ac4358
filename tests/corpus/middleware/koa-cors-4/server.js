// @koa/cors 4 (from the package.json next to this file): with no origin, the
// request's Origin is echoed, with credentials when they are on.
const Koa = require('koa');
const cors = require('@koa/cors');

const api = new Koa();
api.use(
  cors({
    credentials: true, // @cors A reflected-origin nofix
    allowMethods: ['GET', 'POST'],
  }),
);

// An allowlist function: the decision is the app's own.
const ALLOWED = new Set(['https://app.example.com']);
const admin = new Koa();
admin.use(cors({ origin: (ctx) => (ALLOWED.has(ctx.get('Origin')) ? ctx.get('Origin') : ''), credentials: true }));

module.exports = { api, admin };
