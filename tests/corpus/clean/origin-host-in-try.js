// The origin's host is read inside try (new URL throws on a malformed Origin)
// and compared after it: only example.com and its subdomains are echoed.
const express = require('express');

const app = express();

app.use((req, res, next) => {
  const origin = req.headers.origin;
  let host;
  try {
    host = new URL(origin).hostname;
  } catch {
    host = null;
  }
  if (host === 'example.com' || host?.endsWith('.example.com')) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});

const cors = require('cors');

app.use(
  '/api',
  cors({
    credentials: true,
    origin(origin, callback) {
      let url = null;
      try {
        url = new URL(origin);
      } catch {}
      callback(null, url !== null && url.hostname === 'app.example.com');
    },
  }),
);

app.listen(3000);
