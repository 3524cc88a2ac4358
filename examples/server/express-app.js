// An Express API used by the single-page app on https://app.example.com.
// Each route below carries a CORS mistake that `npm run demo` reports.
import cors from 'cors';
import express from 'express';

const app = express();

// Reflects whatever Origin the browser sends and allows cookies with it:
// any site can read the logged-in user's data.
app.use('/internal', cors({ origin: true, credentials: true }));

// `*` cannot be combined with credentials: browsers reject the response.
app.get('/api/notifications', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json([]);
});

// The preflight allows the origin but forgets the credentials header, so the
// browser never sends the PUT below.
app.options('/api/profile', (req, res) => {
  res.set('Access-Control-Allow-Origin', 'https://app.example.com');
  res.set('Access-Control-Allow-Methods', 'GET, PUT');
  res.set('Access-Control-Allow-Headers', 'Content-Type');
  res.sendStatus(204);
});

app.put('/api/profile', express.json(), (req, res) => {
  res.set('Access-Control-Allow-Origin', 'https://app.example.com');
  res.set('Access-Control-Allow-Credentials', 'True');
  res.json({ saved: true });
});

// A checked, per-request origin, but no `Vary: Origin`: a cache may hand the
// answer for one origin to another.
const PARTNER_ORIGINS = ['https://app.example.com', 'https://partner.example.org'];

app.get('/api/orders', (req, res) => {
  const origin = req.get('Origin');
  if (PARTNER_ORIGINS.includes(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
  }
  res.json([]);
});

app.listen(3000);
