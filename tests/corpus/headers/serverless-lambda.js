// AWS Lambda proxy integration.
exports.handler = async (event) => {
  const user = event.requestContext && event.requestContext.authorizer;
  return {
    statusCode: 200,
    headers: {
      'Access-Control-Allow-Origin': '*', // @cors A wildcard-credentials
      'Access-Control-Allow-Credentials': true, // @cors A
    },
    body: JSON.stringify({ user }),
  };
};
