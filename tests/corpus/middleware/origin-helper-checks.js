// Origin checks done by helpers of the module: a function declaration, a
// method, an answer kept in a variable, an answer passed to a callback.
const express = require('express');
const cors = require('cors');

const app = express();

function isAllowedOrigin(origin) {
  if (!origin) return false;
  return ('.' + origin).endsWith('example.com'); // @cors H1 permissive-origin-pattern nofix
}

app.use(
  '/a',
  cors({
    credentials: true,
    origin(origin, callback) {
      const ok = isAllowedOrigin(origin);
      callback(null, ok);
    },
  }),
);

const policy = {
  trusts(origin) {
    return origin.includes('example.org'); // @cors H2 permissive-origin-pattern nofix
  },
};

app.use('/b', (req, res, next) => {
  const origin = req.headers.origin;
  if (policy.trusts(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});

function origins(origin, done) {
  done(null, /^https:\/\/.*example\.net$/.test(origin)); // @cors H3 permissive-origin-pattern nofix
}

app.use('/c', (req, res, next) => {
  origins(req.headers.origin, (err, matches) => {
    if (err || !matches) return next(err);
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
    next();
  });
});

app.listen(3000);
