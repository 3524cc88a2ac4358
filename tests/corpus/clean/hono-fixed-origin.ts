// @ts-nocheck
import { Hono } from 'hono';

const app = new Hono();
const FRONTEND = 'https://app.example.com';

app.options('/api/*', (c) => {
  c.header('Access-Control-Allow-Origin', FRONTEND);
  c.header('Access-Control-Allow-Credentials', 'true');
  c.header('Access-Control-Allow-Methods', 'GET, POST, DELETE');
  c.header('Access-Control-Allow-Headers', 'Content-Type, X-CSRF-Token');
  return c.body(null, 204);
});

app.use('/api/*', async (c, next) => {
  await next();
  c.header('Access-Control-Allow-Origin', FRONTEND);
  c.header('Access-Control-Allow-Credentials', 'true');
});

export default app;
