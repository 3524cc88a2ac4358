// The request's Origin with `*` as fallback, and credentials: every origin is trusted.
module.exports = function cors(req, res, next) {
  res.set('Access-Control-Allow-Origin', req.headers.origin || '*'); // @cors A reflected-origin
  res.set('Access-Control-Allow-Credentials', 'true'); // @cors A
  res.vary('Origin');
  next();
};
