// `*` on a public route and credentials on another route never meet on one response.
const express = require('express');

const app = express();

app.get('/feed.json', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.json({ items: [] });
});

app.get('/account', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({ id: 42 });
});

module.exports = app;
