const express = require('express');
const url = require('node:url');

const app = express();
const allowed = ['https://app.example.com', 'https://admin.example.com'];

// The caller picks the allowed origin through the query string, the body, a route parameter or the Referer.
app.get('/widget', (req, res) => {
  res.set('Access-Control-Allow-Origin', req.query.origin); // @cors A reflected-origin
  res.set('Access-Control-Allow-Credentials', 'true');
  res.vary('Origin');
  res.json({ ok: true });
});

app.post('/embed', (req, res) => {
  const { site } = req.body;
  res.set('Access-Control-Allow-Origin', site); // @cors B reflected-origin @cors C missing-vary fix
  res.set('Access-Control-Allow-Credentials', 'true');
  res.json({ ok: true });
});

app.get('/sites/:site', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', `${req.params.site}`); // @cors D reflected-origin @cors E missing-vary fix
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
});

app.get('/referer', (req, res) => {
  const from = new URL(req.headers.referer).origin;
  res.setHeader('Access-Control-Allow-Origin', from); // @cors F reflected-origin @cors G missing-vary fix
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
});

app.get('/legacy', (req, res) => {
  const { query } = url.parse(req.url, true);
  res.setHeader('Access-Control-Allow-Origin', String(req.headers.origin).trim()); // @cors H reflected-origin @cors I missing-vary fix
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end(query.page);
});

// Checked against the allowlist first: only listed origins are sent.
app.get('/checked', (req, res) => {
  const requested = req.query.origin;
  if (allowed.includes(requested)) {
    res.set('Access-Control-Allow-Origin', requested);
    res.set('Access-Control-Allow-Credentials', 'true');
    res.vary('Origin');
  }
  res.json({ page: Number(req.query.page) });
});

module.exports = app;
