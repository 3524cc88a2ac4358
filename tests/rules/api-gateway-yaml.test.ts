/**
 * API Gateway mappings in `serverless.yml`: `http.response.headers` of a
 * non-proxy integration and CloudFormation `ResponseParameters` under
 * `resources`, whose static values are single-quoted.
 */
import { RuleTester } from 'eslint';
import * as yamlParser from 'yaml-eslint-parser';
import { describe, it } from 'vitest';
import plugin from '../../src/index.js';
import { at } from './locate.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const rules = plugin.rules as unknown as Record<string, import('eslint').Rule.RuleModule>;
const yamlTester = new RuleTester({ languageOptions: { parser: yamlParser } });

const lambdaEvent = (headers: string, statusCodes = '') => `functions:
  me:
    handler: handler.me
    events:
      - http:
          path: me
          method: get
          integration: lambda
          response:
            headers:
${headers}${statusCodes}`;

const wildcardResponse = lambdaEvent(`              Access-Control-Allow-Origin: "'*'"
              Access-Control-Allow-Credentials: "'true'"
`);
/** Credentials for every status code; `*` only on the 403 answer. */
const wildcardForbidden = lambdaEvent(
  `              Access-Control-Allow-Credentials: "'true'"
`,
  `            statusCodes:
              200:
                pattern: ''
                headers:
                  Access-Control-Allow-Origin: "'https://app.example.com'"
              403:
                pattern: '.*Forbidden.*'
                headers:
                  Access-Control-Allow-Origin: "'*'"
`,
);
const gatewayResponse = `service: api
resources:
  Resources:
    GatewayResponseDefault4XX:
      Type: AWS::ApiGateway::GatewayResponse
      Properties:
        ResponseParameters:
          gatewayresponse.header.Access-Control-Allow-Origin: "'*'"
          gatewayresponse.header.Access-Control-Allow-Credentials: "'true'"
        ResponseType: DEFAULT_4XX
        RestApiId:
          Ref: ApiGatewayRestApi
`;

yamlTester.run('no-wildcard-origin-with-credentials: serverless.yml API Gateway mappings', rules['no-wildcard-origin-with-credentials']!, {
  valid: [
    { filename: 'serverless.yml', code: wildcardResponse.replace(`"'*'"`, `"'https://app.example.com'"`) },
    // A mapping expression: the integration's own header, unknown here.
    { filename: 'serverless.yml', code: wildcardResponse.replace(`"'*'"`, 'integration.response.header.Origin') },
    { filename: 'serverless.yml', code: gatewayResponse.replace(`"'true'"`, `"'false'"`) },
    // The same text in a file that is not a serverless configuration.
    { filename: 'template.yml', code: gatewayResponse },
  ],
  invalid: [
    {
      filename: 'serverless.yml',
      code: wildcardResponse,
      output: null,
      errors: [
        {
          messageId: 'wildcardWithCredentials',
          ...at(wildcardResponse, `"'*'"`),
          suggestions: [],
        },
      ],
    },
    {
      filename: 'serverless.yml',
      code: wildcardForbidden,
      output: null,
      errors: [{ messageId: 'wildcardWithCredentials', ...at(wildcardForbidden, `"'*'"`), suggestions: [] }],
    },
    {
      filename: 'serverless.yml',
      code: gatewayResponse,
      output: null,
      errors: [
        {
          messageId: 'wildcardWithCredentials',
          ...at(gatewayResponse, `"'*'"`),
          suggestions: [],
        },
      ],
    },
  ],
});

const miscased = lambdaEvent(`              Access-Control-Allow-Origin: "'https://app.example.com'"
              Access-Control-Allow-Credentials: "'True'"
`);

yamlTester.run('valid-credentials-header: serverless.yml API Gateway mappings', rules['valid-credentials-header']!, {
  valid: [{ filename: 'serverless.yml', code: miscased.replace(`"'True'"`, `"'true'"`) }, { filename: 'serverless.yml', code: gatewayResponse }],
  invalid: [
    // Mis-cased inside the quotes; the quoted mapping value is not rewritten.
    { filename: 'serverless.yml', code: miscased, output: null, errors: [{ messageId: 'miscasedTrue', ...at(miscased, `"'True'"`) }] },
  ],
});
