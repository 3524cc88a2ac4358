module.exports = (req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Methods', '*'); // @cors A wildcard-with-credentials
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization, *'); // @cors B wildcard-with-credentials
  next();
};
