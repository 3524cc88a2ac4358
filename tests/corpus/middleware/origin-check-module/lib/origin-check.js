// An origin check shared by the app: any domain ending in "example.com" passes, evilexample.com too.
function isAllowedOrigin(origin) {
  return typeof origin === 'string' && origin.endsWith('example.com');
}

module.exports = { isAllowedOrigin };
