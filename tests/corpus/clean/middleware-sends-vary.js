// cors() with a non-wildcard origin sends `Vary: Origin` on every response it handles,
// including the ones whose Access-Control-Allow-Origin a handler writes again.
const express = require('express');
const cors = require('cors');

const app = express();
const allowed = ['https://app.example.com', 'https://admin.example.com'];

app.use(cors({ origin: allowed, credentials: true }));

app.get('/embed', (req, res) => {
  const origin = req.get('origin');
  if (allowed.includes(origin)) res.set('Access-Control-Allow-Origin', origin);
  res.json({ ok: true });
});

module.exports = app;
