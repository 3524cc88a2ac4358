// @ts-nocheck
// Headers an Elysia app adds to every response meet the headers its routes write:
// credentials there make a route's `*` unusable, and a preflight of another app
// (or an object that only looks like an app) still lacks them.
import { Elysia } from 'elysia';
import { Elysia as Local } from './local-elysia';

const WEB = 'https://app.example.com';

export const app = new Elysia()
  .headers({ 'Access-Control-Allow-Credentials': 'true' })
  .get('/api/public', ({ set }) => {
    set.headers['Access-Control-Allow-Origin'] = '*'; // @cors A wildcard-credentials nofix
    return { ok: true };
  });

export const admin = new Elysia().options('/admin/*', ({ set }) => {
  set.headers['Access-Control-Allow-Origin'] = WEB; // @cors B preflight-credentials fix
  return new Response(null, { status: 204 });
});

export const local = new Local().headers({ 'Access-Control-Allow-Credentials': 'true' });
local.options('/local/*', ({ set }) => {
  set.headers['Access-Control-Allow-Origin'] = WEB; // @cors C preflight-credentials fix
  return new Response(null, { status: 204 });
});

export const shared = new Elysia().headers({
  'Access-Control-Allow-Origin': '*', // @cors D wildcard-credentials nofix
  'Access-Control-Allow-Credentials': 'true',
});
