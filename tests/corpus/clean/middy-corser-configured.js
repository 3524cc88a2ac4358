// @middy/http-cors and corser with their origins listed.
const middy = require('@middy/core');
const httpCors = require('@middy/http-cors');
const corser = require('corser');

exports.handler = middy(lambda).use(httpCors({ origins: ['https://app.example.com', 'https://*.example.com'], credentials: true }));
exports.public = middy(feed).use(httpCors({ origin: '*' }));

app.use(corser.create({ origins: ['https://app.example.com'], supportsCredentials: true }));
