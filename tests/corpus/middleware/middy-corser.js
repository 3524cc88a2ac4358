/* @cors-rules no-reflected-origin-with-credentials */
// @middy/http-cors and corser both turn "any origin" into an echo of the request's Origin once credentials are on.
const middy = require('@middy/core');
const httpCors = require('@middy/http-cors');
const corser = require('corser');

exports.handler = middy(lambda).use(httpCors({ origin: '*', credentials: true })); // @cors A reflected-origin nofix

exports.admin = middy(adminLambda).use(
  httpCors({
    origins: ['https://admin.example.com', '*'], // @cors B reflected-origin nofix
    credentials: true,
  }),
);

app.use(corser.create({ supportsCredentials: true, methods: ['GET', 'POST'] })); // @cors C reflected-origin nofix
