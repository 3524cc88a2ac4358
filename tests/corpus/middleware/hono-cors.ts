/* @cors-rules no-wildcard-origin-with-credentials, no-reflected-origin-with-credentials */
// @ts-nocheck
import { Hono } from 'hono';
import { cors } from 'hono/cors';

const app = new Hono();
app.use('/api/*', cors({ origin: '*', credentials: true })); // @cors A wildcard-credentials
app.use(
  '/auth/*',
  cors({
    origin: (origin) => origin, // @cors B reflected-origin
    credentials: true, // @cors B
  }),
);
export default app;
