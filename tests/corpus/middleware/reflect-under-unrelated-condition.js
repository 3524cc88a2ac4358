// The condition says nothing about the request's origin: every origin is echoed with credentials.
module.exports = (options) => (req, res, next) => {
  if (options.allowCrossOrigin) {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin); // @cors A reflected-origin
    res.setHeader('Vary', 'Origin');
  }
  res.setHeader('Access-Control-Allow-Credentials', 'true'); // @cors A
  next();
};
