// Values known only at run time are not judged.
const config = require('./config');

module.exports = function cors(req, res, next) {
  res.setHeader('Access-Control-Allow-Origin', config.corsOrigin);
  res.setHeader('Access-Control-Allow-Credentials', String(config.corsCredentials));
  res.setHeader('Access-Control-Allow-Headers', process.env.CORS_HEADERS);
  next();
};
