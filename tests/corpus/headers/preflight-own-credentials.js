// An OPTIONS handler that writes its own CORS headers is judged on its own: it must
// grant credentials itself rather than rely on the order middleware happens to run in.
const express = require('express');

const app = express();
const WEB = 'https://web.example.com';

app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', WEB);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.options('/api/:id', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', WEB); // @cors A preflight-credentials fix
  res.setHeader('Access-Control-Allow-Methods', 'PUT, DELETE');
  res.status(204).end();
});

module.exports = app;
