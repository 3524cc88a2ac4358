// @ts-nocheck
// API Gateway response mappings in a CDK stack: a static value is written in single
// quotes, and API Gateway sends what is inside them.
import * as apigateway from 'aws-cdk-lib/aws-apigateway';

export function addApi(stack, handler) {
  const api = new apigateway.RestApi(stack, 'Api');
  const integration = new apigateway.LambdaIntegration(handler, {
    proxy: false,
    integrationResponses: [
      {
        statusCode: '200',
        responseParameters: {
          'method.response.header.Access-Control-Allow-Origin': "'*'", // @cors A wildcard-credentials nofix
          'method.response.header.Access-Control-Allow-Credentials': "'true'",
        },
      },
    ],
  });
  api.root.addMethod('GET', integration);

  api.addGatewayResponse('Default4xx', {
    type: apigateway.ResponseType.DEFAULT_4XX,
    responseHeaders: {
      'Access-Control-Allow-Origin': "'https://app.example.com'",
      'Access-Control-Allow-Credentials': "'True'", // @cors B invalid-credentials-value nofix
    },
  });
  return api;
}
