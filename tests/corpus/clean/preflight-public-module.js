// A preflight without credentials in a module that never grants credentials.
const express = require('express');

const app = express();

app.options('/upload', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://uploader.example.com');
  res.setHeader('Access-Control-Allow-Methods', 'POST');
  res.sendStatus(204);
});

app.post('/upload', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://uploader.example.com');
  res.status(201).end();
});

module.exports = app;
