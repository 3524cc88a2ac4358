// Access-Control-Allow-Origin taken from request data on one path: a fallback,
// a branch of a constant, a helper that returns it for unknown sites.
const express = require('express');

const app = express();

app.get('/widget', (req, res) => {
  res.set('Access-Control-Allow-Origin', process.env.WIDGET_ORIGIN ?? req.query.origin); // @cors A reflected-origin @cors B missing-vary fix
  res.set('Access-Control-Allow-Credentials', 'true');
  res.json({ ok: true });
});

app.get('/embed', (req, res) => {
  const origin = req.path === '/embed/partner' ? req.query.origin : 'https://app.example.com'; // @cors C reflected-origin
  res.set('Access-Control-Allow-Origin', origin); // @cors D missing-vary fix
  res.set('Access-Control-Allow-Credentials', 'true');
  res.json({ ok: true });
});

function siteOrigin(req) {
  switch (req.query.site) {
    case 'shop':
      return 'https://shop.example.com';
    default:
      return req.query.origin;
  }
}

app.get('/sites', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', siteOrigin(req)); // @cors E reflected-origin nofix
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  res.end();
});

module.exports = app;
