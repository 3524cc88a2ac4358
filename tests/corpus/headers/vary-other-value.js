// A Vary header is there, but without Origin.
const allowed = ['https://app.example.com', 'https://m.example.com'];

module.exports = function cors(req, res, next) {
  const origin = req.get('origin');
  if (allowed.indexOf(origin) !== -1) {
    res.setHeader('Access-Control-Allow-Origin', origin); // @cors A missing-vary fix
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  res.setHeader('Vary', 'Accept-Encoding');
  next();
};
