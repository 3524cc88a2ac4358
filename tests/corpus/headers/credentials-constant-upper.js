// One mis-cased constant shared by two responses: each response is broken.
const ALLOW_CREDENTIALS = 'TRUE'; // @cors A @cors B
const ORIGIN = 'https://app.example.com';

function api(req, res) {
  res.setHeader('Access-Control-Allow-Origin', ORIGIN);
  res.setHeader('Access-Control-Allow-Credentials', ALLOW_CREDENTIALS); // @cors A invalid-credentials-value fix
  res.end('{}');
}

function assets(req, res) {
  res.setHeader('Access-Control-Allow-Origin', ORIGIN);
  res.setHeader('Access-Control-Allow-Credentials', ALLOW_CREDENTIALS); // @cors B invalid-credentials-value fix
  res.end();
}

module.exports = { api, assets };
