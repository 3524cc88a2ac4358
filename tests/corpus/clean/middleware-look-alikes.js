// CORS off, a configured origin with a fixed fallback, and an exact list: nothing to report.
const express = require('express');
const cors = require('cors');

const app = express();
app.use('/off', cors({ origin: false, credentials: true }));
app.use('/env', cors({ origin: process.env.APP_ORIGIN ?? 'https://app.example.com', credentials: true }));
app.use(
  '/list',
  cors({
    origin(origin, callback) {
      const allowed = ['https://app.example.com', 'https://admin.example.com'];
      callback(null, allowed.indexOf(origin) !== -1);
    },
    credentials: true,
  }),
);
module.exports = app;
