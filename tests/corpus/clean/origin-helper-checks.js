// Origin checks done by helpers of the module that compare full origins or
// dot-bounded hosts: nothing here is bypassable.
const express = require('express');
const cors = require('cors');

const app = express();
const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com']);

function isAllowedOrigin(origin) {
  if (!origin) return false;
  return ALLOWED.has(origin);
}

const hostAllowed = (origin) => {
  const { hostname } = new URL(origin);
  return ('.' + hostname).endsWith('.example.com');
};

app.use(
  '/a',
  cors({
    credentials: true,
    async origin(origin, callback) {
      const ok = isAllowedOrigin(origin) || (await hostAllowed(origin));
      callback(null, ok);
    },
  }),
);

class OriginPolicy {
  trusts(origin) {
    return ALLOWED.has(origin);
  }

  apply(req, res) {
    const origin = req.headers.origin;
    if (this.trusts(origin) === true) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
    }
  }
}

app.use('/b', (req, res, next) => {
  new OriginPolicy().apply(req, res);
  next();
});

function origins(origin, done) {
  done(null, ALLOWED.has(origin));
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
