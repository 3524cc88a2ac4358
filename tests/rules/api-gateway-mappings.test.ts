/**
 * API Gateway parameter mappings: a static value is written in single quotes
 * (`"'true'"` is the value `true`), a value without them is a mapping
 * expression. Mapping keys (`method.response.header.X`) and CDK
 * `responseHeaders` are read as headers with the value inside the quotes;
 * quoted values in other headers objects are not values sent as written.
 */
import credentialsRule from '../../src/rules/valid-credentials-header.js';
import wildcardRule from '../../src/rules/no-wildcard-origin-with-credentials.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const ruleTester = createRuleTester();

/** aws-cdk-lib's `addCorsPreflight`: a plain object of quoted values, turned into `method.response.header.*` parameters. */
const cdkPreflight = `function addCorsPreflight(options) {
  const headers = {};
  headers['Access-Control-Allow-Origin'] = \`'\${options.allowOrigins[0]}'\`;
  if (options.allowCredentials) headers['Access-Control-Allow-Credentials'] = "'true'";
  headers['Access-Control-Allow-Methods'] = "'" + options.allowMethods.join(',') + "'";
  const integrationResponseParams = {};
  for (const [name, value] of Object.entries(headers)) integrationResponseParams[\`method.response.header.\${name}\`] = value;
  return integrationResponseParams;
}`;

const integrationResponse = (origin: string, credentials: string) => `new apigateway.LambdaIntegration(handler, {
  proxy: false,
  integrationResponses: [
    {
      statusCode: '200',
      responseParameters: {
        'method.response.header.Access-Control-Allow-Origin': ${origin},
        'method.response.header.Access-Control-Allow-Credentials': ${credentials},
      },
    },
  ],
});`;

const miscased = integrationResponse(`"'https://app.example.com'"`, `"'True'"`);
const notTrue = `api.addGatewayResponse('Default4xx', {
  type: apigateway.ResponseType.DEFAULT_4XX,
  responseHeaders: { 'Access-Control-Allow-Origin': "'https://app.example.com'", 'Access-Control-Allow-Credentials': "'yes'" },
});`;
const setterQuoted = `app.get('/api', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', "'true'");
  res.json(data);
});`;
const unbalanced = `export const handler = async () => ({
  statusCode: 200,
  headers: { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': "'true" },
  body: '{}',
});`;

ruleTester.run('valid-credentials-header: API Gateway mappings', credentialsRule, {
  assertionOptions,
  valid: [
    cdkPreflight,
    integrationResponse(`"'https://app.example.com'"`, `"'true'"`),
    // A mapping expression: whatever the integration sends, unknown here.
    integrationResponse(`'integration.response.header.Access-Control-Allow-Origin'`, `'integration.response.header.Access-Control-Allow-Credentials'`),
    `api.addGatewayResponse('Default4xx', {
  type: apigateway.ResponseType.DEFAULT_4XX,
  responseHeaders: { 'Access-Control-Allow-Origin': "'https://app.example.com'", 'Access-Control-Allow-Credentials': "'true'" },
});`,
    // Method responses declare which headers exist, with `true`.
    `methodResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.Access-Control-Allow-Credentials': true } }]`,
  ],
  invalid: [
    // The static value `True` is mis-cased; a mapping value is not rewritten without its quotes.
    { code: miscased, output: null, errors: [{ messageId: 'miscasedTrue', ...at(miscased, `"'True'"`) }] },
    {
      code: notTrue,
      output: null,
      errors: [
        {
          messageId: 'invalidCredentials',
          ...at(notTrue, `"'yes'"`),
          suggestions: [{ messageId: 'removeHeader', output: notTrue.replace(`, 'Access-Control-Allow-Credentials': "'yes'"`, '') }],
        },
      ],
    },
    // A setter sends its value as written: the quotes reach the browser.
    {
      code: setterQuoted,
      output: null,
      errors: [
        {
          messageId: 'invalidCredentials',
          ...at(setterQuoted, `"'true'"`),
          suggestions: [
            { messageId: 'useTrue', output: setterQuoted.replace(`"'true'"`, `"true"`) },
            { messageId: 'removeHeader', output: setterQuoted.replace(`\n  res.setHeader('Access-Control-Allow-Credentials', "'true'");`, '') },
          ],
        },
      ],
    },
    // Not one quoted value.
    {
      code: unbalanced,
      output: null,
      errors: [
        {
          messageId: 'invalidCredentials',
          ...at(unbalanced, `"'true"`),
          suggestions: [
            { messageId: 'useTrue', output: unbalanced.replace(`"'true"`, `"true"`) },
            { messageId: 'removeHeader', output: unbalanced.replace(`, 'Access-Control-Allow-Credentials': "'true"`, '') },
          ],
        },
      ],
    },
  ],
});

const wildcardMapping = integrationResponse(`"'*'"`, `"'true'"`);
const wildcardGatewayResponse = `api.addGatewayResponse('Default4xx', {
  type: apigateway.ResponseType.DEFAULT_4XX,
  responseHeaders: {
    'Access-Control-Allow-Origin': "'*'",
    'Access-Control-Allow-Credentials': "'true'",
  },
});`;

ruleTester.run('no-wildcard-origin-with-credentials: API Gateway mappings', wildcardRule, {
  assertionOptions,
  valid: [
    integrationResponse(`"'https://app.example.com'"`, `"'true'"`),
    // `*` without credentials; credentials from a mapping expression (unknown).
    integrationResponse(`"'*'"`, `"'false'"`),
    integrationResponse(`"'*'"`, `'integration.response.header.Access-Control-Allow-Credentials'`),
    // The origin is a mapping expression.
    integrationResponse(`'integration.response.header.Access-Control-Allow-Origin'`, `"'true'"`),
    cdkPreflight,
  ],
  invalid: [
    {
      code: wildcardMapping,
      output: null,
      errors: [
        {
          messageId: 'wildcardWithCredentials',
          ...at(wildcardMapping, `"'*'"`),
          suggestions: [
            {
              messageId: 'removeCredentials',
              output: wildcardMapping.replace(`,\n        'method.response.header.Access-Control-Allow-Credentials': "'true'"`, ''),
            },
          ],
        },
      ],
    },
    {
      code: wildcardGatewayResponse,
      output: null,
      errors: [
        {
          messageId: 'wildcardWithCredentials',
          ...at(wildcardGatewayResponse, `"'*'"`),
          suggestions: [
            {
              messageId: 'removeCredentials',
              output: wildcardGatewayResponse.replace(`,\n    'Access-Control-Allow-Credentials': "'true'"`, ''),
            },
          ],
        },
      ],
    },
  ],
});
