/* @cors-rules no-wildcard-origin-with-credentials, no-reflected-origin-with-credentials, no-null-origin, no-permissive-origin-check */
// @ts-nocheck
// Safe shapes that must stay quiet.
import express from 'express';
import cors from 'cors';
import Koa from 'koa';
import koaCors from '@koa/cors';

const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com']);
const app = express();

app.use('/list', cors({ origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true }));
app.use('/env', cors({ origin: process.env.CORS_ORIGIN, credentials: true }));
app.use('/public', cors());
app.use('/reflect-no-credentials', cors({ origin: true }));
app.use('/regex', cors({ origin: /^https:\/\/(app|admin)\.example\.com$/, credentials: true }));
app.use(
  '/callback',
  cors({
    origin(origin, callback) {
      callback(null, origin !== undefined && ALLOWED.has(origin));
    },
    credentials: true,
  }),
);

const koa = new Koa();
koa.use(koaCors({ origin: 'https://app.example.com', credentials: true }));

export { app, koa };
