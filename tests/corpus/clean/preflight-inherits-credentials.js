// The global middleware runs for OPTIONS requests too, so the preflight response
// already carries Access-Control-Allow-Credentials: true.
const express = require('express');

const app = express();
const WEB = 'https://web.example.com';

app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', WEB);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.options('/api/:id', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', WEB);
  res.setHeader('Access-Control-Allow-Methods', 'PUT, DELETE');
  res.status(204).end();
});

module.exports = app;
