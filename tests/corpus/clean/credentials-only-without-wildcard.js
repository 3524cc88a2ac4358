// The origin falls back to `*` when none is configured, and credentials are
// granted only when it is a real origin: `*` never goes with credentials.
const FRONTEND_ORIGIN = process.env.FRONTEND_ORIGIN ?? '*';

function applyCors(req, res) {
  res.setHeader('Access-Control-Allow-Origin', FRONTEND_ORIGIN);
  if (FRONTEND_ORIGIN !== '*') {
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
}

function corsFor(options = {}) {
  const { origin = '*', credentials = true } = options;
  return (req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', origin);
    if (origin === '*' || !credentials) return next();
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    next();
  };
}

module.exports = { applyCors, corsFor };
