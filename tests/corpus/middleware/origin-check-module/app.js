// The origin check lives in lib/origin-check.js; the bypass is reported where this file relies on it.
const express = require('express');
const cors = require('cors');
const { isAllowedOrigin } = require('./lib/origin-check');

const app = express();

app.use(
  cors({
    origin(origin, callback) {
      callback(null, isAllowedOrigin(origin)); // @cors A permissive-origin-pattern
    },
    credentials: true,
  }),
);

app.use('/legacy', (req, res, next) => {
  const origin = req.headers.origin;
  if (isAllowedOrigin(origin)) { // @cors B permissive-origin-pattern
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});

module.exports = app;
