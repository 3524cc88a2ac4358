/**
 * CORS declared in tool configuration written in JavaScript: webpack-dev-server
 * header lists, Nuxt/Nitro route rules, AWS CDK preflight and function-URL
 * options, Serverless Framework configs in TypeScript.
 */
import noReflected from '../../src/rules/no-reflected-origin-with-credentials.js';
import noWildcardHeaders from '../../src/rules/no-wildcard-headers-with-credentials.js';
import noWildcardOrigin from '../../src/rules/no-wildcard-origin-with-credentials.js';
import validCredentialsHeader from '../../src/rules/valid-credentials-header.js';
import { corsSettings, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const ruleTester = createRuleTester();

const webpack = `module.exports = {
  devServer: {
    headers: [
      { key: 'Access-Control-Allow-Origin', value: '*' },
      { key: 'Access-Control-Allow-Credentials', value: 'true' },
    ],
  },
};
`;

const nuxt = `export default defineNuxtConfig({
  routeRules: {
    '/api/**': { cors: true, headers: { 'access-control-allow-credentials': 'true' } },
    '/public/**': { cors: true },
  },
});
`;

const cdk = `import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import { Cors } from 'aws-cdk-lib/aws-apigateway';
new apigateway.RestApi(this, 'Api', {
  defaultCorsPreflightOptions: { allowOrigins: Cors.ALL_ORIGINS, allowCredentials: true },
});
api.root.addCorsPreflight({ allowOrigins: ['*'], allowCredentials: true });
fn.addFunctionUrl({ cors: { allowedOrigins: ['*'], allowCredentials: true } });
`;

const serverlessTs = `import type { AWS } from '@serverless/typescript';
const config: AWS = {
  service: 'api',
  functions: {
    me: {
      handler: 'me.handler',
      events: [{ http: { method: 'get', path: '/me', cors: { origin: '*', allowCredentials: true } } }],
    },
  },
};
module.exports = config;
`;

ruleTester.run('no-wildcard-origin-with-credentials: configuration objects', noWildcardOrigin, {
  valid: [
    // Public: no credentials.
    `module.exports = { devServer: { headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] } };`,
    `export default defineNuxtConfig({ routeRules: { '/api/**': { cors: true } } });`,
    // The route's own header replaces the `*` that cors: true adds.
    `export default defineNuxtConfig({ routeRules: { '/api/**': { cors: true, headers: {
  'access-control-allow-origin': 'https://app.example.com', 'access-control-allow-credentials': 'true' } } } });`,
    `new RestApi(this, 'Api', { defaultCorsPreflightOptions: { allowOrigins: ['https://app.example.com'], allowCredentials: true } });`,
    `api.root.addCorsPreflight({ allowOrigins: Cors.ALL_ORIGINS });`,
    serverlessTs.replace(`origin: '*'`, `origin: 'https://app.example.com'`),
  ],
  invalid: [
    {
      code: webpack,
      settings: corsSettings({ allowedOrigins: ['https://app.example.com'] }),
      output: webpack.replace(`value: '*'`, `value: 'https://app.example.com'`),
      errors: [
        {
          messageId: 'wildcardWithCredentials',
          ...at(webpack, `'*'`),
          suggestions: [
            {
              messageId: 'removeCredentials',
              output: `module.exports = {
  devServer: {
    headers: [
      { key: 'Access-Control-Allow-Origin', value: '*' },
    ],
  },
};
`,
            },
          ],
        },
      ],
    },
    // The `*` that `cors: true` implies has no text of its own: the configured origin is never written over `true`.
    ...[undefined, corsSettings({ allowedOrigins: ['https://app.example.com'] })].map((settings) => ({
      code: nuxt,
      ...(settings ? { settings } : {}),
      output: null,
      errors: [
        {
          messageId: 'wildcardWithCredentials' as const,
          ...at(nuxt, 'true'),
          suggestions: [
            {
              messageId: 'removeCredentials' as const,
              output: nuxt.replace(`headers: { 'access-control-allow-credentials': 'true' }`, `headers: { }`),
            },
          ],
        },
      ],
    })),
    {
      code: cdk,
      output: null,
      errors: [
        {
          messageId: 'wildcardPolicy',
          data: { library: 'CDK `defaultCorsPreflightOptions`', option: 'allowOrigins' },
          ...at(cdk, 'Cors.ALL_ORIGINS'),
          suggestions: [{ messageId: 'removeCredentialsOption', output: cdk.replace('ALL_ORIGINS, allowCredentials: true', 'ALL_ORIGINS, allowCredentials: false') }],
        },
        {
          messageId: 'wildcardPolicy',
          data: { library: 'CDK `addCorsPreflight`', option: 'allowOrigins' },
          ...at(cdk, `'*'`),
          suggestions: [
            { messageId: 'removeCredentialsOption', output: cdk.replace(`allowOrigins: ['*'], allowCredentials: true`, `allowOrigins: ['*'], allowCredentials: false`) },
          ],
        },
        {
          messageId: 'wildcardPolicy',
          data: { library: 'Lambda function URL `cors`', option: 'allowedOrigins' },
          ...at(cdk, `'*'`, 2),
          suggestions: [
            { messageId: 'removeCredentialsOption', output: cdk.replace(`allowedOrigins: ['*'], allowCredentials: true`, `allowedOrigins: ['*'], allowCredentials: false`) },
          ],
        },
      ],
    },
    {
      code: serverlessTs,
      settings: corsSettings({ allowedOrigins: ['https://app.example.com'] }),
      output: serverlessTs.replace(`origin: '*'`, `origin: 'https://app.example.com'`),
      errors: [
        {
          messageId: 'wildcardPolicy',
          data: { library: 'Serverless `http` cors for "/me"', option: 'origin' },
          ...at(serverlessTs, `'*'`),
          suggestions: [{ messageId: 'removeCredentialsOption', output: serverlessTs.replace('allowCredentials: true', 'allowCredentials: false') }],
        },
      ],
    },
  ],
});

const echo = `const config = {
  functions: {
    me: { events: [{ http: { path: '/me', cors: { origins: ['*'], allowCredentials: true } } }] },
  },
};
export default config;
`;

ruleTester.run('no-reflected-origin-with-credentials: configuration objects', noReflected, {
  valid: [echo.replace('allowCredentials: true', 'allowCredentials: false')],
  invalid: [
    {
      code: echo,
      output: null,
      errors: [
        {
          messageId: 'reflectedOption',
          ...at(echo, `'*'`),
          suggestions: [{ messageId: 'removeCredentials', output: echo.replace('allowCredentials: true', 'allowCredentials: false') }],
        },
      ],
    },
  ],
});

const shared = `const CREDENTIALS = 'True';
module.exports = { devServer: { headers: [{ key: 'Access-Control-Allow-Credentials', value: CREDENTIALS }] } };
`;

ruleTester.run('valid-credentials-header: configuration objects', validCredentialsHeader, {
  valid: [`module.exports = { devServer: { headers: [{ key: 'Access-Control-Allow-Credentials', value: 'true' }] } };`],
  invalid: [
    {
      // A value read through a constant is reported at the use, and not rewritten.
      code: shared,
      output: null,
      errors: [{ messageId: 'miscasedTrue', ...at(shared, 'CREDENTIALS', 2) }],
    },
  ],
});

ruleTester.run('no-wildcard-headers-with-credentials: configuration objects', noWildcardHeaders, {
  valid: [`export default defineNuxtConfig({ routeRules: { '/api/**': { cors: true } } });`],
  invalid: [
    {
      // cors: true also sends `*` for methods and headers, a literal name once credentials are on.
      code: nuxt,
      output: null,
      errors: [{ messageId: 'wildcardListWithCredentials', data: { header: 'Access-Control-Allow-Methods' }, ...at(nuxt, 'true') }],
    },
  ],
});
