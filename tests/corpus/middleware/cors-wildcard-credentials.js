/* @cors-rules no-wildcard-origin-with-credentials, no-reflected-origin-with-credentials */
const express = require('express');
const corsMiddleware = require('cors');

const app = express();
const options = {
  origin: '*', // @cors A wildcard-credentials
  credentials: true, // @cors A
};
app.use('/api', corsMiddleware(options)); // @cors A
module.exports = app;
