// Functions handed request data that return it only after a check against a
// list, or return a constant whatever they are given: nothing is echoed.
const express = require('express');

const app = express();
const ALLOWED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];

function allowedOrigin(origin) {
  return ALLOWED_ORIGINS.includes(origin) ? origin : ALLOWED_ORIGINS[0];
}
const trustedOrigin = (origin) => {
  const value = String(origin).trim();
  if (ALLOWED_ORIGINS.indexOf(value) === -1) return ALLOWED_ORIGINS[0];
  return value;
};
function homeOrigin(_origin) {
  return 'https://app.example.com';
}

app.get('/me', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', allowedOrigin(req.query.origin));
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  res.json(req.user);
});

app.get('/cart', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', trustedOrigin(req.headers.origin));
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  res.json([]);
});

app.get('/home', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', homeOrigin(req.query.origin));
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({});
});

module.exports = app;
