// nextjs-cors with a pinned origin list, a public route without credentials, and a
// project helper of the same name that is not the library.
import NextCors from 'nextjs-cors';
import runCors from '../lib/next-cors';

const ORIGINS = ['https://app.example.com', 'https://admin.example.com'];

export async function account(req, res) {
  await NextCors(req, res, { origin: ORIGINS, credentials: true, methods: ['GET', 'POST'] });
  res.json({ user: req.cookies.user ?? null });
}

export async function feed(req, res) {
  await NextCors(req, res, { origin: process.env.FEED_ORIGIN, credentials: false });
  res.json({ items: [] });
}

export default async function handler(req, res) {
  await runCors(req, res, { origin: '*', credentials: true });
  res.json({ ok: true });
}
