const http = require('node:http');

const server = http.createServer((req, res) => {
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Access-Control-Allow-Origin': '*', // @cors A wildcard-credentials
    'Access-Control-Allow-Credentials': 'true', // @cors A
  });
  res.end(JSON.stringify({ ok: true }));
});

server.listen(8080);
