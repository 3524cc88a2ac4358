// Look-alikes: fallbacks to a real origin, configuration alone, a helper that
// returns the request origin only after an allowlist check (with Vary).
const express = require('express');

const app = express();
const WEB_ORIGIN = process.env.WEB_ORIGIN ?? 'https://app.example.com';
const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com']);

function allowedOrigin(req) {
  const origin = req.headers.origin;
  if (ALLOWED.has(origin)) return origin;
  return 'https://app.example.com';
}

app.get('/account', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', WEB_ORIGIN);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json(req.user);
});

app.get('/orders', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', process.env.SHOP_ORIGIN);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json([]);
});

app.get('/profile', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', allowedOrigin(req));
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  res.json({});
});

app.get('/public', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', process.env.PUBLIC_ORIGIN || '*');
  res.json({ status: 'ok' });
});

module.exports = app;
