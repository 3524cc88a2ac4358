// Access-Control-Allow-Credentials granted on one path only: a fallback for
// unset configuration, a constant holding one, a helper, a `let` set in a branch.
const express = require('express');

const app = express();
const CORS_CREDENTIALS = process.env.CORS_CREDENTIALS || 'true';

function credentialsFlag() {
  return process.env.ALLOW_CREDENTIALS ?? 'true';
}

app.get('/account', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*'); // @cors A wildcard-credentials nofix
  res.setHeader('Access-Control-Allow-Credentials', process.env.CORS_CREDENTIALS ?? 'true');
  res.json(req.user);
});

app.get('/orders', (req, res) => {
  res.set('Access-Control-Allow-Origin', req.headers.origin); // @cors B reflected-origin nofix @cors C missing-vary fix
  res.set('Access-Control-Allow-Credentials', CORS_CREDENTIALS);
  res.json([]);
});

app.get('/embed', (req, res) => {
  res.set({
    'Access-Control-Allow-Origin': 'null', // @cors D null-origin
    'Access-Control-Allow-Credentials': credentialsFlag(),
  });
  res.send('<p>embed</p>');
});

app.get('/upload', (req, res) => {
  let allowCredentials;
  if (req.user) allowCredentials = 'true';
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Headers', '*'); // @cors E wildcard-with-credentials
  res.setHeader('Access-Control-Allow-Credentials', allowCredentials);
  res.end();
});

app.get('/profile', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', process.env.CORS_CREDENTIALS ?? 'True'); // @cors F invalid-credentials-value fix
  res.json({});
});

module.exports = app;
