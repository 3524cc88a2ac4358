// A public, cookie-less API: `*` without credentials is what CORS is for.
const express = require('express');

const app = express();

app.use('/public', (req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', '*');
  res.setHeader('Access-Control-Allow-Headers', '*');
  res.setHeader('Access-Control-Expose-Headers', '*');
  next();
});

app.get('/public/status', (req, res) => res.json({ up: true }));

module.exports = app;
