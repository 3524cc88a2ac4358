// @ts-nocheck
// Names and a pinned origin from a constants module; a Map keyed by a constant; a module that does not exist.
import express from 'express';
import { ALLOW_ORIGIN, ALLOW_CREDENTIALS, APP_ORIGIN, CACHE_KEY } from './constants';
import { ORIGIN_HEADER, ANY } from './missing-constants';

const app = express();
const cache = new Map<string, string>();

app.get('/me', (req, res) => {
  res.setHeader(ALLOW_ORIGIN, APP_ORIGIN);
  res.setHeader(ALLOW_CREDENTIALS, 'true');
  cache.set(CACHE_KEY, String(req.query.id));
  res.json({});
});

app.get('/other', (req, res) => {
  res.setHeader(ORIGIN_HEADER, ANY);
  res.setHeader(ALLOW_CREDENTIALS, 'true');
  res.json({});
});

export default app;
