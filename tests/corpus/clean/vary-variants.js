// Vary given as a list, as `*`, or appended: all cover Origin.
const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com']);

exports.a = (req, res) => {
  const origin = req.headers.origin;
  if (ALLOWED.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  res.setHeader('Vary', ['Origin', 'Accept-Encoding']);
  res.end();
};

exports.b = (req, res) => {
  const origin = req.headers.origin;
  if (ALLOWED.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Vary', '*');
  res.end();
};

exports.c = (req, res) => {
  const origin = req.headers.origin;
  if (ALLOWED.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  res.appendHeader('Vary', 'Accept-Encoding, Origin');
  res.end();
};
