const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/me', (ctx) => {
  ctx.response.set({
    'Access-Control-Allow-Origin': '*', // @cors A wildcard-credentials
    'Access-Control-Allow-Credentials': 'true', // @cors A
  });
  ctx.body = { user: ctx.state.user };
});

app.use(router.routes());
module.exports = app;
