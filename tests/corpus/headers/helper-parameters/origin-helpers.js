// Origin helpers shared by the routes: one returns what it is given, one checks it first.
const DEFAULT_ORIGIN = 'https://app.example.com';
const ALLOWED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];

function originOrDefault(origin) {
  return origin ? String(origin).trim() : DEFAULT_ORIGIN;
}

function listedOrigin(origin) {
  if (!ALLOWED_ORIGINS.includes(origin)) return DEFAULT_ORIGIN;
  return origin;
}

module.exports = { originOrDefault, listedOrigin };
