// Access-Control-Allow-Origin values that are `*` or `null` on one path only:
// a fallback for unset configuration, a branch, a variable set in a switch, a helper.
const express = require('express');

const app = express();
const WEB_ORIGIN = process.env.WEB_ORIGIN ?? '*';
const isProduction = process.env.NODE_ENV === 'production';

app.get('/account', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', WEB_ORIGIN); // @cors A wildcard-credentials nofix
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json(req.user);
});

app.get('/orders', (req, res) => {
  res.set('Access-Control-Allow-Origin', process.env.SHOP_ORIGIN || '*'); // @cors B wildcard-credentials nofix
  res.set('Access-Control-Allow-Credentials', 'true');
  res.json([]);
});

app.get('/profile', (req, res) => {
  res.set('Access-Control-Allow-Origin', isProduction ? 'https://app.example.com' : '*'); // @cors C wildcard-credentials nofix
  res.set('Access-Control-Allow-Credentials', 'true');
  res.json({});
});

app.get('/settings', (req, res) => {
  let origin;
  switch (process.env.DEPLOY_TARGET) {
    case 'production':
      origin = 'https://app.example.com';
      break;
    case 'staging':
      origin = 'https://staging.example.com';
      break;
    default:
      origin = '*';
  }
  res.setHeader('Access-Control-Allow-Origin', origin); // @cors D wildcard-credentials nofix
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({});
});

function embedOrigin() {
  if (process.env.EMBED_SANDBOX) {
    return 'null'; // @cors E null-origin
  }
  return 'https://app.example.com';
}

app.get('/embed', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', embedOrigin());
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.send('<p>embed</p>');
});

module.exports = app;
