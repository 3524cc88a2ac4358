// A Hono API on an edge runtime.
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';

type Env = { Variables: { userId: string } };

const app = new Hono<Env>();

// Echoing the origin with credentials: any site can act as the logged-in user.
app.use(
  '/api/*',
  cors({
    origin: (origin: string) => origin,
    credentials: true,
  }),
);

// Once credentials are allowed, `*` in Access-Control-Allow-Headers is a literal
// header name, not a wildcard: a request sending `X-Request-Id` fails its preflight.
app.get('/export', (c: Context<Env>) => {
  c.header('Access-Control-Allow-Origin', 'https://app.example.com');
  c.header('Access-Control-Allow-Credentials', 'true');
  c.header('Access-Control-Allow-Headers', '*');
  return c.json({ user: c.get('userId') });
});

export default app;
