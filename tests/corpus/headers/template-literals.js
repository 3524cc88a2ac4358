// Template literals without expressions are static strings too.
module.exports = function cors(req, res, next) {
  res.header(`Access-Control-Allow-Origin`, `*`); // @cors A wildcard-credentials
  res.header(`Access-Control-Allow-Credentials`, `True`); // @cors A @cors B invalid-credentials-value fix
  next();
};
