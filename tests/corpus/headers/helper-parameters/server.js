// Access-Control-Allow-Origin passed through a function that returns its
// parameter: a local one, an arrow that re-spells it, one of another module.
const express = require('express');
const { originOrDefault, listedOrigin } = require('./origin-helpers');

const app = express();
const FALLBACK_ORIGIN = 'https://app.example.com';

function pickOrigin(requested) {
  return requested || FALLBACK_ORIGIN;
}
const normalizeOrigin = (value) => `${value}`.toLowerCase();

app.get('/widgets', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', pickOrigin(req.query.origin)); // @cors A reflected-origin nofix
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  res.json([]);
});

app.get('/partners', (req, res) => {
  res.set({
    'Access-Control-Allow-Origin': normalizeOrigin(req.headers.origin), // @cors B reflected-origin nofix
    'Access-Control-Allow-Credentials': 'true',
    Vary: 'Origin',
  });
  res.json([]);
});

app.get('/embed', (req, res) => {
  const origin = originOrDefault(req.body.origin); // (the value is read below)
  res.setHeader('Access-Control-Allow-Origin', origin); // @cors C reflected-origin nofix @cors D missing-vary fix
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
});

app.get('/account', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', listedOrigin(req.query.origin));
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  res.json(req.user);
});

const cors = {
  originFor(site) {
    return originOrDefault(site);
  },
};

app.get('/sites', (req, res) => {
  res.setHeader(
    'Access-Control-Allow-Origin',
    cors.originFor(req.params.site), // @cors E reflected-origin nofix
  );
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  res.end();
});

module.exports = app;
