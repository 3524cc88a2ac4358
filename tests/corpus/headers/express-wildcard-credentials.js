// The misconfiguration copied most often: a wildcard origin together with credentials.
const express = require('express');

const app = express();

app.use((req, res, next) => {
  res.header('Access-Control-Allow-Origin', '*'); // @cors A wildcard-credentials
  res.header('Access-Control-Allow-Credentials', 'true'); // @cors A
  res.header('Access-Control-Allow-Headers', 'Origin, X-Requested-With, Content-Type, Accept');
  next();
});

app.get('/api/profile', (req, res) => {
  res.json({ name: req.user && req.user.name });
});

module.exports = app;
