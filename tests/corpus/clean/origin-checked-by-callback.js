// The origin is checked by a helper that answers through a callback (the corser shape):
// only listed origins are echoed.
const ALLOWED = ['https://app.example.com', 'https://admin.example.com'];

function checkOrigin(origin, list, callback) {
  callback(null, list.includes(origin));
}

module.exports = function cors(req, res, next) {
  checkOrigin(req.headers.origin, ALLOWED, (err, originMatches) => {
    if (err || !originMatches) return next(err);
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
    next();
  });
};
