/* @cors-settings {"allowedOrigins": ["https://shop.example.com"]} */
// The wildcard comes through a constant; with one allowed origin in settings the fix is automatic.
import Koa from 'koa';

const ALLOW_ANY = '*'; // @cors A wildcard-credentials fix
const app = new Koa();

app.use(async (ctx, next) => {
  ctx.set('Access-Control-Allow-Origin', ALLOW_ANY); // @cors A
  ctx.set('Access-Control-Allow-Credentials', 'true'); // @cors A
  await next();
});

export default app;
