const express = require('express');

const app = express();
const allowedOrigins = new Set(['https://app.example.com', 'https://admin.example.com']);

app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && allowedOrigins.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin); // @cors A missing-vary fix
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

module.exports = app;
