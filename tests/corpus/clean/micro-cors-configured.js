// micro-cors with one front-end origin (credentials on by default, correctly), and a public endpoint without credentials.
const microCors = require('micro-cors');

const app = microCors({ origin: 'https://app.example.com', allowMethods: ['GET', 'POST'] });
const publicFeed = microCors({ allowCredentials: false });

module.exports = { app: app(handler), feed: publicFeed(feedHandler) };
