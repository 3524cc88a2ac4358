// The preflight echoes any origin and lacks the credentials header. The preflight does
// fail for credentialed requests, but adding `Access-Control-Allow-Credentials: true`
// here as it stands would let every origin's credentialed PUT and DELETE through the
// preflight (the server would run them): only a suggestion may do that.
const express = require('express');

const app = express();

app.options('/api/items/:id', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin); // @cors A preflight-credentials nofix
  res.setHeader('Access-Control-Allow-Methods', 'PUT, DELETE');
  res.setHeader('Vary', 'Origin');
  res.sendStatus(204);
});

app.delete('/api/items/:id', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.sendStatus(204);
});

module.exports = app;
