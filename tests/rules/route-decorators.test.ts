/**
 * NestJS `@Header(name, value)` route decorators: each decorated method is one
 * route whose responses carry those headers, judged like hand-written headers.
 */
import noNullOrigin from '../../src/rules/no-null-origin.js';
import noWildcardHeaders from '../../src/rules/no-wildcard-headers-with-credentials.js';
import noWildcardOrigin from '../../src/rules/no-wildcard-origin-with-credentials.js';
import requireVaryOrigin from '../../src/rules/require-vary-origin.js';
import validCredentialsHeader from '../../src/rules/valid-credentials-header.js';
import { corsSettings, createRuleTester } from '../rule-tester.js';
import { at } from './locate.js';

const ruleTester = createRuleTester();

const controller = (decorators: string, imports = `import { Controller, Get, Header } from '@nestjs/common';`) => `${imports}

@Controller('profile')
export class ProfileController {
  @Get()
${decorators}
  getProfile() {
    return { name: 'me' };
  }
}
`;

const wildcard = controller(`  @Header('Access-Control-Allow-Origin', '*') // the SPA
  @Header('Access-Control-Allow-Credentials', 'true')`);

const renamed = controller(
  `  @SetHeader("Access-Control-Allow-Credentials", "true")
  @SetHeader("Access-Control-Allow-Origin", "*")`,
  `import { Controller, Get, Header as SetHeader } from '@nestjs/common';`,
);

ruleTester.run('no-wildcard-origin-with-credentials: NestJS @Header', noWildcardOrigin, {
  valid: [
    // A public route: `*` without credentials.
    controller(`  @Header('Access-Control-Allow-Origin', '*')`),
    // The trusted origin by name.
    controller(`  @Header('Access-Control-Allow-Origin', 'https://app.example.com')
  @Header('Access-Control-Allow-Credentials', 'true')`),
    // Two routes: each decorator list is its own response.
    `import { Controller, Get, Header } from '@nestjs/common';
@Controller('x')
export class X {
  @Get('public')
  @Header('Access-Control-Allow-Origin', '*')
  open() {}

  @Get('private')
  @Header('Access-Control-Allow-Credentials', 'true')
  closed() {}
}`,
    // A `Header` decorator that is not NestJS's.
    controller(
      `  @Header('Access-Control-Allow-Origin', '*')
  @Header('Access-Control-Allow-Credentials', 'true')`,
      `import { Controller, Get } from '@nestjs/common';
import { Header } from './my-decorators';`,
    ),
  ],
  invalid: [
    {
      code: wildcard,
      output: null,
      errors: [
        {
          messageId: 'wildcardWithCredentials',
          ...at(wildcard, `'*'`),
          suggestions: [
            {
              messageId: 'removeCredentials',
              output: controller(`  @Header('Access-Control-Allow-Origin', '*') // the SPA`),
            },
          ],
        },
      ],
    },
    {
      // A renamed import, with the user's one trusted origin: autofix.
      code: renamed,
      settings: corsSettings({ allowedOrigins: ['https://app.example.com'] }),
      output: controller(
        `  @SetHeader("Access-Control-Allow-Credentials", "true")
  @SetHeader("Access-Control-Allow-Origin", "https://app.example.com")`,
        `import { Controller, Get, Header as SetHeader } from '@nestjs/common';`,
      ),
      errors: [
        {
          messageId: 'wildcardWithCredentials',
          ...at(renamed, '"*"'),
          suggestions: [
            {
              messageId: 'removeCredentials',
              output: controller(
                `  @SetHeader("Access-Control-Allow-Origin", "*")`,
                `import { Controller, Get, Header as SetHeader } from '@nestjs/common';`,
              ),
            },
          ],
        },
      ],
    },
  ],
});

const miscased = controller(`  @Header('Access-Control-Allow-Origin', 'https://app.example.com')
  @Header('Access-Control-Allow-Credentials', 'True')`);

ruleTester.run('valid-credentials-header: NestJS @Header', validCredentialsHeader, {
  valid: [controller(`  @Header('Access-Control-Allow-Credentials', 'true')`)],
  invalid: [
    {
      code: miscased,
      output: miscased.replace(`'True'`, `'true'`),
      errors: [{ messageId: 'miscasedTrue', ...at(miscased, `'True'`) }],
    },
  ],
});

const nullOrigin = controller(`  @Header('Access-Control-Allow-Origin', 'null')
  @Header('Access-Control-Allow-Credentials', 'true')`);

ruleTester.run('no-null-origin: NestJS @Header', noNullOrigin, {
  valid: [controller(`  @Header('Access-Control-Allow-Origin', 'null')`)],
  invalid: [
    {
      code: nullOrigin,
      output: null,
      errors: [
        {
          messageId: 'nullOrigin',
          ...at(nullOrigin, `'null'`),
          suggestions: [
            { messageId: 'removeHeader', output: controller(`  @Header('Access-Control-Allow-Credentials', 'true')`) },
          ],
        },
      ],
    },
  ],
});

const headersWildcard = controller(`  @Header('Access-Control-Allow-Origin', 'https://app.example.com')
  @Header('Access-Control-Allow-Credentials', 'true')
  @Header('Access-Control-Allow-Headers', '*')`);

ruleTester.run('no-wildcard-headers-with-credentials: NestJS @Header', noWildcardHeaders, {
  valid: [controller(`  @Header('Access-Control-Allow-Headers', '*')`)],
  invalid: [
    {
      code: headersWildcard,
      output: null,
      errors: [
        {
          messageId: 'wildcardListWithCredentials',
          ...at(headersWildcard, `'*'`),
          suggestions: [
            {
              messageId: 'removeWildcard',
              output: controller(`  @Header('Access-Control-Allow-Origin', 'https://app.example.com')
  @Header('Access-Control-Allow-Credentials', 'true')`),
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('require-vary-origin: NestJS @Header', requireVaryOrigin, {
  // A decorator's value is the same for every request: no Vary needed.
  valid: [controller(`  @Header('Access-Control-Allow-Origin', 'https://app.example.com')`)],
  invalid: [],
});
