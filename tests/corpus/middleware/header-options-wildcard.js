/* @cors-rules no-wildcard-headers-with-credentials */
// `'*'` in the header options of CORS middleware is a literal name once credentials are on.
const express = require('express');
const cors = require('cors');

const app = express();

app.use(
  cors({
    origin: ['https://app.example.com'],
    credentials: true,
    allowedHeaders: '*', // @cors A wildcard-with-credentials
    methods: ['GET', 'POST', '*'], // @cors B wildcard-with-credentials
    exposedHeaders: ['X-Request-Id'],
  }),
);

app.use('/public', cors({ origin: '*', allowedHeaders: '*', methods: '*' }));

module.exports = app;
