// Global middleware grants credentials to every response, preflights included; the
// OPTIONS handler then replaces the origin with whatever the request sent.
const express = require('express');

const app = express();

app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.options('/api/*', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin); // @cors A reflected-origin @cors B preflight-credentials nofix
  res.setHeader('Access-Control-Allow-Methods', 'PUT, DELETE');
  res.setHeader('Vary', 'Origin');
  res.sendStatus(204);
});

module.exports = app;
