// Credentials that depend on configuration or on a test, never on the same
// path as `*`, `null` or an echo: nothing to report.
const express = require('express');

const app = express();
const isPublic = process.env.PUBLIC_API === 'yes';

app.get('/feed', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', isPublic ? '*' : 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', isPublic ? 'false' : 'true');
  res.json([]);
});

app.get('/widget', (req, res) => {
  const sandboxed = req.query.mode === 'sandbox';
  res.setHeader('Access-Control-Allow-Origin', sandboxed ? 'null' : 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', sandboxed ? undefined : 'true');
  res.end();
});

app.get('/status', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Credentials', process.env.CORS_CREDENTIALS);
  res.setHeader('Access-Control-Allow-Headers', '*');
  res.json({ ok: true });
});

app.get('/me', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', process.env.CORS_CREDENTIALS ?? 'true');
  res.setHeader('Access-Control-Allow-Methods', 'GET');
  res.json(req.user);
});

app.get('/toggle', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', req.user ? 'true' : 'false');
  res.json({});
});

module.exports = app;
