/* @cors-rules no-permissive-origin-check */
const express = require('express');
const cors = require('cors');

const app = express();

app.use('/a', cors({ origin: /example\.com$/, credentials: true })); // @cors A permissive-origin-pattern

app.use(
  '/b',
  cors({
    origin(origin, callback) {
      if (!origin || origin.endsWith('example.com')) return callback(null, true); // @cors B permissive-origin-pattern
      return callback(new Error('Not allowed by CORS'));
    },
    credentials: true,
  }),
);

app.use('/c', (req, res, next) => {
  const origin = req.headers.origin;
  if (origin && origin.includes('example.com')) { // @cors C permissive-origin-pattern
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});

module.exports = app;
