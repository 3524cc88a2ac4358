// A host read inside try and compared with a suffix that has no leading dot:
// evilexample.com passes.
const express = require('express');

const app = express();

app.use((req, res, next) => {
  const origin = req.headers.origin;
  let host = '';
  try {
    host = new URL(origin).hostname;
  } catch {}
  if (host === 'example.com' || host.endsWith('example.com')) { // @cors H1 permissive-origin-pattern nofix
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});

app.listen(3000);
