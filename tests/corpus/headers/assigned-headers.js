// Headers assigned one by one to a headers object (the shape of http-server and
// cors-anywhere, and of many Lambda handlers).
exports.handler = async (event) => {
  const response = { statusCode: 200, headers: {}, body: JSON.stringify({ path: event.path }) };
  response.headers['Access-Control-Allow-Origin'] = '*'; // @cors A wildcard-credentials
  response.headers['Access-Control-Allow-Credentials'] = 'true'; // @cors A
  return response;
};
