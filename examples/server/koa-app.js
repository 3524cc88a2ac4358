// A Koa API. `@koa/cors` with `credentials: true` and no `origin` does not send
// `*`: it copies the request's Origin, so every site gets credentialed access.
import cors from '@koa/cors';
import Router from '@koa/router';
import Koa from 'koa';

const app = new Koa();
const router = new Router();

app.use(cors({ credentials: true, allowMethods: ['GET', 'POST'] }));

router.get('/me', (ctx) => {
  ctx.body = { user: ctx.state.user };
});

app.use(router.routes());
app.listen(3001);
