module.exports = function cors(req, res, next) {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'True'); // @cors A invalid-credentials-value fix
  next();
};
