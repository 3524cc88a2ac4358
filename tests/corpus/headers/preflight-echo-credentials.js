// A preflight that echoes any origin with credentials: every website passes the
// preflight, and its credentialed PUT / DELETE requests reach the server with the
// user's cookies, even though the actual response allows one origin only.
const http = require('http');

http
  .createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Origin', req.headers.origin); // @cors A reflected-origin
      res.setHeader('Access-Control-Allow-Credentials', 'true'); // @cors A
      res.setHeader('Access-Control-Allow-Methods', 'PUT, DELETE');
      res.setHeader('Vary', 'Origin');
      res.writeHead(204);
      res.end();
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.end('ok');
  })
  .listen(3000);
