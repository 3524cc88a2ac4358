const http = require('node:http');

// Node sends the JavaScript null as the header value "null", which sandboxed documents match.
http
  .createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', null); // @cors A null-origin
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.end('ok');
  })
  .listen(8080);

// Without credentials nothing is shared with the null origin's documents.
http
  .createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', null);
    res.end('public');
  })
  .listen(8081);
