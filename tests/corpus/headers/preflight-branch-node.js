const http = require('http');

const FRONTEND = 'https://dashboard.example.com';

http
  .createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Origin', FRONTEND); // @cors A preflight-credentials fix
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      res.writeHead(204);
      res.end();
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', FRONTEND);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.end(JSON.stringify({ ok: true }));
  })
  .listen(3000);
