// Correct CORS with credentials: a fixed allowlist of exact origins, `Vary: Origin`
// on every per-request answer, and the same headers on the preflight.
// `npm run demo` must report nothing in this file.
import cors from 'cors';
import express from 'express';

const ALLOWED_ORIGINS = new Set(['https://app.example.com', 'https://admin.example.com']);

const app = express();

// Hand-written: answer only listed origins, and always vary on Origin.
app.use('/api', (req, res, next) => {
  const origin = req.headers.origin;
  res.vary('Origin');
  if (origin && ALLOWED_ORIGINS.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-Request-Id');
      res.sendStatus(204);
      return;
    }
  }
  next();
});

// With the `cors` package: an explicit list of full origins (it adds `Vary: Origin` itself).
app.use(
  '/v2',
  cors({
    origin: ['https://app.example.com', 'https://admin.example.com'],
    credentials: true,
  }),
);

// One exact origin with credentials needs no Vary.
app.get('/session', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({ ok: true });
});

app.listen(3003);
