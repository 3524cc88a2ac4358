/**
 * The rules on deployment files: JSON through @eslint/json, YAML through
 * yaml-eslint-parser, each with exact locations and outputs.
 */
import json from '@eslint/json';
import { RuleTester } from 'eslint';
import * as yamlParser from 'yaml-eslint-parser';
import { describe, it } from 'vitest';
import plugin from '../../src/index.js';
import { ECHO_EVENT, HTTP_API_CREDENTIALS, serverlessYaml, WILDCARD_EVENT } from '../serverless-samples.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const rules = plugin.rules as unknown as Record<string, import('eslint').Rule.RuleModule>;
const jsonTester = new RuleTester({ plugins: { json }, language: 'json/json' });
const yamlTester = new RuleTester({ languageOptions: { parser: yamlParser } });
const oneOrigin = { cors: { allowedOrigins: ['https://app.example.com'] } };
const twoOrigins = { cors: { allowedOrigins: ['https://app.example.com', 'https://admin.example.com'] } };

const vercelWildcard = `{
  "headers": [
    {
      "source": "/api/(.*)",
      "headers": [
        { "key": "Access-Control-Allow-Origin", "value": "*" },
        { "key": "Access-Control-Allow-Credentials", "value": "true" }
      ]
    }
  ]
}`;

jsonTester.run('no-wildcard-origin-with-credentials (JSON)', rules['no-wildcard-origin-with-credentials']!, {
  valid: [
    { filename: 'vercel.json', code: `{ "headers": [{ "source": "/(.*)", "headers": [{ "key": "Access-Control-Allow-Origin", "value": "*" }] }] }` },
    {
      filename: 'vercel.json',
      code: `{ "headers": [{ "source": "/(.*)", "headers": [{ "key": "Access-Control-Allow-Origin", "value": "https://app.example.com" }, { "key": "Access-Control-Allow-Credentials", "value": "true" }] }] }`,
    },
    // Not a deployment file the plugin reads.
    { filename: 'fixtures/headers.json', code: vercelWildcard },
    // Two routes: the wildcard and the credentials never reach the same response.
    {
      filename: 'firebase.json',
      code: `{ "hosting": { "headers": [
  { "source": "/public/**", "headers": [{ "key": "Access-Control-Allow-Origin", "value": "*" }] },
  { "source": "/api/**", "headers": [{ "key": "Access-Control-Allow-Credentials", "value": "true" }] }
] } }`,
    },
  ],
  invalid: [
    {
      filename: 'vercel.json',
      code: vercelWildcard,
      output: null,
      errors: [
        {
          messageId: 'wildcardWithCredentials',
          line: 6,
          column: 58,
          endLine: 6,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'removeCredentials',
              output: `{
  "headers": [
    {
      "source": "/api/(.*)",
      "headers": [
        { "key": "Access-Control-Allow-Origin", "value": "*" }
      ]
    }
  ]
}`,
            },
          ],
        },
      ],
    },
    {
      filename: 'vercel.json',
      code: vercelWildcard,
      settings: oneOrigin,
      output: vercelWildcard.replace('"value": "*"', '"value": "https://app.example.com"'),
      errors: [{ messageId: 'wildcardWithCredentials', line: 6, column: 58, endLine: 6, endColumn: 61, suggestions: 1 }],
    },
    {
      filename: 'staticwebapp.config.json',
      code: `{\r\n  "globalHeaders": {\r\n    "Access-Control-Allow-Credentials": "true",\r\n    "Access-Control-Allow-Origin": "*"\r\n  }\r\n}`,
      settings: twoOrigins,
      output: null,
      errors: [
        {
          messageId: 'wildcardWithCredentials',
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'useAllowedOrigin',
              data: { origin: 'https://app.example.com' },
              output: `{\r\n  "globalHeaders": {\r\n    "Access-Control-Allow-Credentials": "true",\r\n    "Access-Control-Allow-Origin": "https://app.example.com"\r\n  }\r\n}`,
            },
            {
              messageId: 'useAllowedOrigin',
              data: { origin: 'https://admin.example.com' },
              output: `{\r\n  "globalHeaders": {\r\n    "Access-Control-Allow-Credentials": "true",\r\n    "Access-Control-Allow-Origin": "https://admin.example.com"\r\n  }\r\n}`,
            },
            {
              messageId: 'removeCredentials',
              output: `{\r\n  "globalHeaders": {\r\n    "Access-Control-Allow-Origin": "*"\r\n  }\r\n}`,
            },
          ],
        },
      ],
    },
  ],
});

jsonTester.run('valid-credentials-header (JSON)', rules['valid-credentials-header']!, {
  valid: [{ filename: 'firebase.json', code: `{ "hosting": { "headers": [{ "source": "**", "headers": [{ "key": "Access-Control-Allow-Credentials", "value": "true" }] }] } }` }],
  invalid: [
    {
      filename: 'firebase.json',
      code: `{ "hosting": { "headers": [{ "source": "**", "headers": [{ "key": "Access-Control-Allow-Credentials", "value": "True" }] }] } }`,
      output: `{ "hosting": { "headers": [{ "source": "**", "headers": [{ "key": "Access-Control-Allow-Credentials", "value": "true" }] }] } }`,
      errors: [{ messageId: 'miscasedTrue', data: { value: '"True"' }, line: 1, column: 112, endLine: 1, endColumn: 118 }],
    },
    {
      filename: 'firebase.json',
      code: `{ "hosting": { "headers": [{ "source": "**", "headers": [{ "key": "X-Frame-Options", "value": "DENY" }, { "key": "Access-Control-Allow-Credentials", "value": "false" }] }] } }`,
      output: null,
      errors: [
        {
          messageId: 'falseCredentials',
          line: 1,
          column: 159,
          endLine: 1,
          endColumn: 166,
          suggestions: [{ messageId: 'removeHeader', output: `{ "hosting": { "headers": [{ "source": "**", "headers": [{ "key": "X-Frame-Options", "value": "DENY" }] }] } }` }],
        },
      ],
    },
  ],
});

jsonTester.run('no-null-origin (JSON)', rules['no-null-origin']!, {
  valid: [{ filename: 'vercel.json', code: `{ "routes": [{ "src": "/(.*)", "headers": { "Access-Control-Allow-Origin": "null" } }] }` }],
  invalid: [
    {
      filename: 'vercel.json',
      code: `{ "routes": [{ "src": "/(.*)", "headers": { "Access-Control-Allow-Origin": "null", "Access-Control-Allow-Credentials": "true" } }] }`,
      output: null,
      errors: [
        {
          messageId: 'nullOrigin',
          line: 1,
          column: 76,
          endLine: 1,
          endColumn: 82,
          suggestions: [{ messageId: 'removeHeader', output: `{ "routes": [{ "src": "/(.*)", "headers": { "Access-Control-Allow-Credentials": "true" } }] }` }],
        },
      ],
    },
  ],
});

jsonTester.run('no-wildcard-headers-with-credentials (JSON)', rules['no-wildcard-headers-with-credentials']!, {
  valid: [{ filename: 'vercel.json', code: `{ "headers": [{ "source": "/(.*)", "headers": [{ "key": "Access-Control-Allow-Headers", "value": "*" }] }] }` }],
  invalid: [
    {
      filename: 'vercel.json',
      code: `{ "headers": [{ "source": "/(.*)", "headers": [{ "key": "Access-Control-Allow-Credentials", "value": "true" }, { "key": "Access-Control-Allow-Headers", "value": "Content-Type, *" }] }] }`,
      output: null,
      errors: [
        {
          messageId: 'wildcardListWithCredentials',
          data: { header: 'Access-Control-Allow-Headers' },
          line: 1,
          column: 162,
          endLine: 1,
          endColumn: 179,
          suggestions: [
            {
              messageId: 'removeWildcard',
              output: `{ "headers": [{ "source": "/(.*)", "headers": [{ "key": "Access-Control-Allow-Credentials", "value": "true" }, { "key": "Access-Control-Allow-Headers", "value": "Content-Type" }] }] }`,
            },
          ],
        },
      ],
    },
  ],
});

const serverlessWildcard = serverlessYaml([WILDCARD_EVENT]);
const serverlessHttpApi = `service: api\n${HTTP_API_CREDENTIALS}`;

yamlTester.run('no-wildcard-origin-with-credentials (YAML)', rules['no-wildcard-origin-with-credentials']!, {
  valid: [
    { filename: 'serverless.yml', code: `functions:\n  me:\n    events:\n      - http:\n          cors: true\n` },
    { filename: 'serverless.yml', code: serverlessWildcard.replace("'*'", 'https://app.example.com') },
    { filename: 'docker-compose.yml', code: serverlessWildcard },
  ],
  invalid: [
    {
      filename: 'serverless.yml',
      code: serverlessWildcard,
      settings: oneOrigin,
      output: serverlessWildcard.replace("'*'", "'https://app.example.com'"),
      errors: [
        {
          messageId: 'wildcardPolicy',
          data: { library: 'Serverless `http` cors for "/me"', option: 'origin' },
          line: 10,
          column: 21,
          endLine: 10,
          endColumn: 24,
          suggestions: [{ messageId: 'removeCredentialsOption', output: serverlessWildcard.replace('allowCredentials: true', 'allowCredentials: false') }],
        },
      ],
    },
    {
      // `allowedOrigins` defaults to `['*']`: the message names that option.
      filename: 'serverless.yml',
      code: serverlessHttpApi,
      settings: oneOrigin,
      output: null,
      errors: [
        {
          messageId: 'wildcardPolicy',
          data: { library: 'Serverless `provider.httpApi.cors`', option: 'allowedOrigins' },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 29,
          suggestions: [{ messageId: 'removeCredentialsOption', output: serverlessHttpApi.replace('allowCredentials: true', 'allowCredentials: false') }],
        },
      ],
    },
  ],
});

const serverlessEcho = serverlessYaml([ECHO_EVENT]);

yamlTester.run('no-reflected-origin-with-credentials (YAML)', rules['no-reflected-origin-with-credentials']!, {
  valid: [{ filename: 'serverless.yml', code: serverlessEcho.replace('allowCredentials: true', 'allowCredentials: false') }],
  invalid: [
    {
      filename: 'serverless.yml',
      code: serverlessEcho,
      output: null,
      errors: [
        {
          messageId: 'reflectedOption',
          line: 12,
          column: 17,
          endLine: 12,
          endColumn: 20,
          suggestions: [{ messageId: 'removeCredentials', output: serverlessEcho.replace('allowCredentials: true', 'allowCredentials: false') }],
        },
      ],
    },
  ],
});

// Rules that have nothing to say about deployment files skip them, whatever they hold.
yamlTester.run('require-vary-origin (YAML)', rules['require-vary-origin']!, {
  valid: [{ filename: 'serverless.yml', code: serverlessEcho }],
  invalid: [],
});
