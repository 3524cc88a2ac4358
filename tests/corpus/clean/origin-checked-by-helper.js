// The origin is checked by a helper of this module whose answer is kept in a variable
// (the @elysiajs/cors shape): only listed origins are echoed.
const ALLOWED = ['https://app.example.com', 'https://admin.example.com'];

function isAllowed(origin) {
  return ALLOWED.includes(origin);
}

module.exports = function cors(req, res, next) {
  const from = req.headers.origin;
  const allowed = isAllowed(from);
  if (allowed === true) {
    res.setHeader('Access-Control-Allow-Origin', from);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
};
