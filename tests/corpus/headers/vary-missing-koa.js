import Koa from 'koa';

const TRUSTED = ['https://app.example.com', 'https://admin.example.com'];
const app = new Koa();

app.use(async (ctx, next) => {
  const requestOrigin = ctx.get('Origin');
  if (TRUSTED.includes(requestOrigin)) {
    ctx.set('Access-Control-Allow-Origin', requestOrigin); // @cors A missing-vary fix
    ctx.set('Access-Control-Allow-Credentials', 'true');
  }
  await next();
});

export default app;
