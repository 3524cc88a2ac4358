// @ts-nocheck
// Elysia adds the headers given to `app.headers()` to every response of the app,
// preflights included, and to the apps that `use` it: each preflight below grants
// credentials, and each per-request origin is sent with `Vary: Origin`.
import { Elysia, type Context } from 'elysia';

const WEB = 'https://app.example.com';
const allowed = new Set([WEB, 'https://admin.example.com']);

// A plugin in the shape of @elysiajs/cors: the header object is filled first, then given to the app.
export const credentialsPlugin = (config: { credentials?: boolean }) => {
  const app = new Elysia({ name: 'credentials' });
  const defaultHeaders: Record<string, string> = {};
  if (config.credentials !== false) defaultHeaders['access-control-allow-credentials'] = 'true';
  app.headers(defaultHeaders);
  app.options('/*', ({ set }: Context) => {
    set.headers['access-control-allow-origin'] = WEB;
    set.headers['access-control-allow-methods'] = 'GET, PUT, DELETE';
    return new Response(null, { status: 204 });
  });
  return app;
};

const varyOrigin = (app: Elysia) => app.headers({ Vary: 'Origin' });

export const api = new Elysia()
  .use(varyOrigin)
  .headers({ 'Access-Control-Allow-Credentials': 'true' })
  .options('/api/*', ({ set }) => {
    set.headers['Access-Control-Allow-Origin'] = WEB;
    return new Response(null, { status: 204 });
  })
  .get('/api/me', ({ set, request }) => {
    const origin = request.headers.get('origin');
    if (origin && allowed.has(origin)) set.headers['Access-Control-Allow-Origin'] = origin;
    return { id: 1 };
  });
