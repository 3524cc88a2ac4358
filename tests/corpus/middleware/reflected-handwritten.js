/* @cors-rules no-reflected-origin-with-credentials */
module.exports = function (req, res, next) {
  res.set('Access-Control-Allow-Origin', req.headers['origin']); // @cors A reflected-origin
  res.set('Access-Control-Allow-Credentials', 'true'); // @cors A
  res.vary('Origin');
  next();
};
