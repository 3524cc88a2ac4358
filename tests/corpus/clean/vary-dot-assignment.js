// Elysia-style handlers assign headers to `set.headers`; `set.headers.vary` is the Vary header.
import { Elysia } from 'elysia';

const allowed = new Set(['https://app.example.com']);

export const app = new Elysia().onRequest(({ set, request }) => {
  const origin = request.headers.get('Origin') ?? '';
  if (allowed.has(origin)) {
    set.headers.vary = 'Origin';
    set.headers['access-control-allow-origin'] = origin;
    set.headers['access-control-allow-credentials'] = 'true';
  }
});
