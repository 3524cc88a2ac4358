// The early exit only checks that an Origin is present (and that CORS is on): every origin
// that is sent is echoed with credentials (the shape of @whatwg-node/server, under graphql-yoga).
module.exports = (options) => (req, res, next) => {
  const origin = req.headers.origin;
  if (options === false || origin == null) return next();
  res.setHeader('Access-Control-Allow-Origin', origin); // @cors A reflected-origin
  res.setHeader('Access-Control-Allow-Credentials', 'true'); // @cors A
  res.setHeader('Vary', 'Origin');
  next();
};
