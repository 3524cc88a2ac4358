// @ts-nocheck
import { Hono } from 'hono';

const app = new Hono();

app.use('*', async (c, next) => {
  await next();
  c.header('Access-Control-Allow-Origin', '*'); // @cors A wildcard-credentials
  c.header('Access-Control-Allow-Credentials', 'true'); // @cors A
  c.header('Access-Control-Expose-Headers', '*'); // @cors B wildcard-with-credentials
});

app.get('/api/session', (c) => c.json({ user: null }));

export default app;
