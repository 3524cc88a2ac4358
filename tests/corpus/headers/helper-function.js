// The headers are written by a helper that each handler calls.
function setCorsHeaders(res) {
  res.setHeader('Access-Control-Allow-Origin', '*'); // @cors A wildcard-credentials
  res.setHeader('Access-Control-Allow-Credentials', 'true'); // @cors A
}

exports.listOrders = (req, res) => {
  setCorsHeaders(res);
  res.end(JSON.stringify([]));
};

exports.getOrder = (req, res) => {
  setCorsHeaders(res);
  res.end(JSON.stringify({ id: req.params.id }));
};
