// Reading the preflight's request headers is not writing response headers.
module.exports = function preflight(req, res) {
  const method = req.headers['access-control-request-method'];
  const requested = req.get('Access-Control-Request-Headers') || '';
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Methods', method || 'GET');
  res.setHeader('Access-Control-Allow-Headers', requested);
  res.statusCode = 204;
  res.end();
};
