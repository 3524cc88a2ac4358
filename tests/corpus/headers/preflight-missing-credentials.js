const express = require('express');

const app = express();
const WEB_ORIGIN = 'https://web.example.com';

app.options('/api/items/:id', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', WEB_ORIGIN); // @cors A preflight-credentials fix
  res.setHeader('Access-Control-Allow-Methods', 'PUT, DELETE');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
  res.sendStatus(204);
});

app.put('/api/items/:id', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', WEB_ORIGIN);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({ updated: true });
});

module.exports = app;
