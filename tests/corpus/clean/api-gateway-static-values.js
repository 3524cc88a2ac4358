// API Gateway static values (single-quoted) and mapping expressions that are fine:
// aws-cdk-lib's own preflight builder, which collects quoted values in a plain object
// before turning it into `method.response.header.*` parameters, and mappings whose
// credentials or origin come from the integration's response.
const apigateway = require('aws-cdk-lib/aws-apigateway');

function preflightParameters(options) {
  const headers = {};
  headers['Access-Control-Allow-Headers'] = `'${options.allowHeaders.join(',')}'`;
  headers['Access-Control-Allow-Origin'] = `'${options.allowOrigins[0]}'`;
  if (options.allowOrigins[0] !== '*') headers.Vary = "'Origin'";
  if (options.allowCredentials) headers['Access-Control-Allow-Credentials'] = "'true'";
  const parameters = {};
  for (const [name, value] of Object.entries(headers)) parameters[`method.response.header.${name}`] = value;
  return parameters;
}

function integration(handler) {
  return new apigateway.LambdaIntegration(handler, {
    proxy: false,
    integrationResponses: [
      {
        statusCode: '200',
        responseParameters: {
          'method.response.header.Access-Control-Allow-Origin': 'integration.response.header.Access-Control-Allow-Origin',
          'method.response.header.Access-Control-Allow-Credentials': "'true'",
        },
      },
      {
        statusCode: '403',
        responseParameters: {
          'method.response.header.Access-Control-Allow-Origin': "'*'",
          'method.response.header.Access-Control-Allow-Credentials': 'integration.response.header.X-Credentials',
        },
      },
    ],
  });
}

module.exports = { preflightParameters, integration };
