const express = require('express');

const app = express();

app.options('/profile', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Methods', 'GET, PUT');
  res.sendStatus(204);
});

app.put('/profile', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({ ok: true });
});

app.get('/account', (req, res) => {
  const origin = req.headers.origin;
  if (origin === 'https://app.example.com' || origin === 'https://admin.example.com') {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.vary('Origin');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  res.json({ ok: true });
});

app.get('/feed', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json([]);
});

module.exports = app;
