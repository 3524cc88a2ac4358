// A proxy copies the upstream's headers: names and values are not known here.
const http = require('http');

http.createServer((req, res) => {
  const upstream = http.request({ host: 'localhost', port: 9000, path: req.url, method: req.method }, (up) => {
    for (const [name, value] of Object.entries(up.headers)) {
      res.setHeader(name, value);
    }
    res.writeHead(up.statusCode);
    up.pipe(res);
  });
  req.pipe(upstream);
}).listen(8080);
