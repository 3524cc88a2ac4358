// RegExps built at run time from constants of the module.
const express = require('express');
const cors = require('cors');

const app = express();
const hosts = ['localhost', 'example.com'];
const domain = 'example.com';
const appHost = 'app.example.com';

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

app.use(
  '/a',
  cors({
    credentials: true,
    origin: (origin, callback) => callback(null, new RegExp(hosts.join('|')).test(origin)), // @cors R1 permissive-origin-pattern nofix
  }),
);

app.use(
  '/b',
  cors({
    credentials: true,
    origin: new RegExp(escapeRegExp(domain) + '(:3033)?$'), // @cors R2 permissive-origin-pattern nofix
  }),
);

app.use('/c', (req, res, next) => {
  const origin = req.headers.origin;
  if (new RegExp('^https://' + appHost + '$').test(origin)) { // @cors R3 permissive-origin-pattern nofix
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});

// Escaped and anchored: safe. Built from configuration: not judged.
app.use('/d', cors({ credentials: true, origin: new RegExp('^https://' + escapeRegExp(appHost) + '$') }));
app.use('/e', cors({ credentials: true, origin: new RegExp('^https://' + process.env.APP_HOST + '$') }));

app.listen(3000);
