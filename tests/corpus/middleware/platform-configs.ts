// @ts-nocheck
// Infrastructure and framework configuration that sets CORS for deployed APIs.
import * as cdk from 'aws-cdk-lib';
import { Cors, LambdaRestApi } from 'aws-cdk-lib/aws-apigateway';

export class ApiStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const api = new LambdaRestApi(this, 'Api', {
      handler: props.handler,
      defaultCorsPreflightOptions: {
        allowOrigins: Cors.ALL_ORIGINS, // @cors A wildcard-credentials
        allowCredentials: true,
      },
    });
    const admin = api.root.addResource('admin');
    admin.addCorsPreflight({ allowOrigins: ['https://admin.example.com'], allowCredentials: true });
    props.handler.addFunctionUrl({
      cors: { allowedOrigins: ['*'] },
    });
  }
}

export const nitro = {
  routeRules: {
    '/api/session/**': {
      cors: true, // @cors B wildcard-credentials @cors C wildcard-with-credentials
      headers: { 'Access-Control-Allow-Credentials': 'true' },
    },
    '/assets/**': { cors: true },
  },
};
