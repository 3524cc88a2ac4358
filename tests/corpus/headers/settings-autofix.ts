/* @cors-settings {"allowedOrigins": ["https://portal.example.com"]} */
// @ts-nocheck
import express from 'express';

const app = express();

app.use((_req, res, next) => {
  res.set('Access-Control-Allow-Origin', '*'); // @cors A wildcard-credentials fix
  res.set('Access-Control-Allow-Credentials', 'true'); // @cors A
  next();
});

export default app;
