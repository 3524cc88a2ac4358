// kcors with one pinned origin, an origin function that checks a list, a public app
// without credentials, and a project module of the same name.
const Koa = require('koa');
const cors = require('kcors');
const localCors = require('./kcors');

const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com']);

const app = new Koa();
app.use(cors({ origin: 'https://app.example.com', credentials: true }));

const admin = new Koa();
admin.use(
  cors({
    origin: (ctx) => (ALLOWED.has(ctx.get('Origin')) ? ctx.get('Origin') : ''),
    credentials: true,
  }),
);

const docs = new Koa();
docs.use(cors({ origin: '*', allowMethods: 'GET' }));

const legacy = new Koa();
legacy.use(localCors({ credentials: true }));

module.exports = { app, admin, docs, legacy };
