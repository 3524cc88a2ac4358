import rule from '../../src/rules/no-credentials-to-unlisted-origin.js';
import { assertionOptions, corsSettings, createRuleTester } from '../rule-tester.js';
import { located } from './locate.js';

const LISTED = corsSettings({ credentialedApis: ['https://api.example.com'], allowedOrigins: ['https://app.example.com'] });
const EXPRESSION = corsSettings({ credentialedApis: ['API_URL'] });

createRuleTester().run('no-credentials-to-unlisted-origin', rule, {
  assertionOptions,
  valid: [
    { code: `fetch('https://api.example.com/me', { credentials: 'include' });`, settings: LISTED },
    { code: `fetch('https://api.example.com/v2/me', { credentials: 'include' });`, settings: LISTED },
    { code: `fetch('https://app.example.com/session', { credentials: 'include' });`, settings: LISTED },
    { code: `fetch('/api/me', { credentials: 'include' });`, settings: LISTED },
    { code: `fetch(\`\${base}/me\`, { credentials: 'include' });`, settings: LISTED },
    { code: `fetch('https://api.' + domain + '/me', { credentials: 'include' });`, settings: LISTED },
    { code: `fetch('https://tracker.example.net/t', { credentials: 'same-origin' });\nfetch('https://tracker.example.net/t', { credentials: 'omit' });\nfetch('https://tracker.example.net/t');`, settings: LISTED },
    { code: `import axios from 'axios';\naxios.get('https://cdn.example.org/data.json', { withCredentials: false });`, settings: LISTED },
    `fetch('https://tracker.example.net/t', { credentials: 'include' });`,
    { code: `import { API_URL } from './config';\nfetch(\`\${API_URL}/me\`, { credentials: 'include' });`, settings: EXPRESSION },
    `import axios from 'axios';\naxios.defaults.withCredentials = false;`,
    `const axios = { defaults: {} };\naxios.defaults.withCredentials = true;`,
    { code: `import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.example.com', withCredentials: true });\napi.get('/me');`, settings: LISTED },
  ],
  invalid: located([
    {
      // superagent: the chained call sends cookies to a third party.
      code: `import superagent from 'superagent';
superagent.get('https://tracker.example.net/t').withCredentials();`,
      settings: LISTED,
      output: null,
      errors: [{ messageId: 'unlistedOrigin', at: `'https://tracker.example.net/t'` }],
    },
    {
      // Credentials written into the init by a statement: reported there, removed with it.
      code: `const init = { method: 'GET' };
init.credentials = 'include';
fetch('https://tracker.example.net/t', init);`,
      settings: LISTED,
      output: null,
      errors: [
        {
          messageId: 'unlistedOrigin',
          at: `init.credentials = 'include'`,
          suggestions: [
            { messageId: 'removeCredentials', output: `const init = { method: 'GET' };
fetch('https://tracker.example.net/t', init);` },
          ],
        },
      ],
    },
    {
      // fetch to a third party with credentials
      code: `fetch('https://tracker.example.net/t', { credentials: 'include' });`,
      settings: LISTED,
      output: null,
      errors: [
        {
          messageId: 'unlistedOrigin',
          at: `credentials: 'include'`,
          suggestions: [
            { messageId: 'removeCredentials', output: `fetch('https://tracker.example.net/t');` },
          ],
        },
      ],
    },
    {
      // multi-line init
      code: `fetch('https://tracker.example.net/t', {
  method: 'POST',
  credentials: 'include',
  body,
});`,
      settings: LISTED,
      output: null,
      errors: [
        {
          messageId: 'unlistedOrigin',
          at: `credentials: 'include'`,
          suggestions: [
            { messageId: 'removeCredentials', output: `fetch('https://tracker.example.net/t', {
  method: 'POST',
  body,
});` },
          ],
        },
      ],
    },
    {
      // last property of a multi-line init
      code: `fetch('https://tracker.example.net/t', {
  method: 'POST',
  credentials: 'include'
});`,
      settings: LISTED,
      output: null,
      errors: [
        {
          messageId: 'unlistedOrigin',
          at: `credentials: 'include'`,
          suggestions: [
            { messageId: 'removeCredentials', output: `fetch('https://tracker.example.net/t', {
  method: 'POST'
});` },
          ],
        },
      ],
    },
    {
      // through a constant and a template literal
      code: `const TRACKER = 'https://tracker.example.net';
fetch(\`\${TRACKER}/t\`, { credentials: 'include' });`,
      settings: LISTED,
      output: null,
      errors: [
        {
          messageId: 'unlistedOrigin',
          at: `credentials: 'include'`,
          suggestions: [
            { messageId: 'removeCredentials', output: `const TRACKER = 'https://tracker.example.net';
fetch(\`\${TRACKER}/t\`);` },
          ],
        },
      ],
    },
    {
      // look-alike host
      code: `fetch('https://api.example.com.evil.net/me', { credentials: 'include' });`,
      settings: LISTED,
      output: null,
      errors: [
        {
          messageId: 'unlistedOrigin',
          at: `credentials: 'include'`,
          suggestions: [
            { messageId: 'removeCredentials', output: `fetch('https://api.example.com.evil.net/me');` },
          ],
        },
      ],
    },
    {
      // axios call
      code: `import axios from 'axios';
axios.get('https://cdn.example.org/data.json', { withCredentials: true });`,
      settings: LISTED,
      output: null,
      errors: [
        {
          messageId: 'unlistedOrigin',
          at: 'withCredentials: true',
          suggestions: [
            { messageId: 'removeCredentials', output: `import axios from 'axios';
axios.get('https://cdn.example.org/data.json');` },
          ],
        },
      ],
    },
    {
      // axios instance with a third-party base
      code: `import axios from 'axios';
const maps = axios.create({ baseURL: 'https://maps.example.org', withCredentials: true });`,
      settings: LISTED,
      output: null,
      errors: [
        {
          messageId: 'unlistedOrigin',
          at: 'withCredentials: true',
          suggestions: [
            { messageId: 'removeCredentials', output: `import axios from 'axios';
const maps = axios.create({ baseURL: 'https://maps.example.org' });` },
          ],
        },
      ],
    },
    {
      // axios instance credentials inherited by a call to another origin
      code: `import axios from 'axios';
const api = axios.create({ withCredentials: true });
api.get('https://cdn.example.org/data.json');`,
      settings: LISTED,
      output: null,
      errors: [
        {
          messageId: 'instanceUnlistedOrigin',
          at: `'https://cdn.example.org/data.json'`,
          suggestions: [
            { messageId: 'overrideCredentials', output: `import axios from 'axios';
const api = axios.create({ withCredentials: true });
api.get('https://cdn.example.org/data.json', { withCredentials: false });` },
          ],
        },
      ],
    },
    {
      // XMLHttpRequest
      code: `const xhr = new XMLHttpRequest();
xhr.withCredentials = true;
xhr.open('GET', 'https://tracker.example.net/t');`,
      settings: LISTED,
      output: null,
      errors: [
        {
          messageId: 'unlistedOrigin',
          at: 'xhr.withCredentials = true',
          suggestions: [
            { messageId: 'removeCredentials', output: `const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://tracker.example.net/t');` },
          ],
        },
      ],
    },
    {
      // EventSource
      code: `new EventSource('https://stream.example.org/events', { withCredentials: true });`,
      settings: LISTED,
      output: null,
      errors: [
        {
          messageId: 'unlistedOrigin',
          at: 'withCredentials: true',
          suggestions: [
            { messageId: 'removeCredentials', output: `new EventSource('https://stream.example.org/events');` },
          ],
        },
      ],
    },
    {
      // ky instance
      code: `import ky from 'ky';
export const partner = ky.create({ prefixUrl: 'https://partner.example.org', credentials: 'include' });`,
      settings: LISTED,
      output: null,
      errors: [
        {
          messageId: 'unlistedOrigin',
          at: `credentials: 'include'`,
          suggestions: [
            { messageId: 'removeCredentials', output: `import ky from 'ky';
export const partner = ky.create({ prefixUrl: 'https://partner.example.org' });` },
          ],
        },
      ],
    },
    {
      // global axios default, no settings
      code: `import axios from 'axios';
axios.defaults.withCredentials = true;`,
      output: null,
      errors: [
        {
          messageId: 'globalCredentials',
          at: 'axios.defaults.withCredentials = true',
          suggestions: [
            { messageId: 'removeGlobalDefault', output: `import axios from 'axios';
` },
          ],
        },
      ],
    },
    {
      // global axios default and a third-party call
      code: `import axios from 'axios';
axios.defaults.withCredentials = true;
axios.get('https://cdn.example.org/data.json');`,
      settings: LISTED,
      output: null,
      errors: [
        {
          messageId: 'globalCredentials',
          at: 'axios.defaults.withCredentials = true',
          suggestions: [
            { messageId: 'removeGlobalDefault', output: `import axios from 'axios';
axios.get('https://cdn.example.org/data.json');` },
          ],
        },
        {
          messageId: 'defaultUnlistedOrigin',
          at: `'https://cdn.example.org/data.json'`,
          suggestions: [
            { messageId: 'overrideCredentials', output: `import axios from 'axios';
axios.defaults.withCredentials = true;
axios.get('https://cdn.example.org/data.json', { withCredentials: false });` },
          ],
        },
      ],
    },
    {
      // global jQuery default
      code: `$.ajaxSetup({ xhrFields: { withCredentials: true } });`,
      output: null,
      errors: [
        {
          messageId: 'globalCredentials',
          at: 'withCredentials: true',
          suggestions: [
            { messageId: 'removeGlobalDefault', output: `$.ajaxSetup({ xhrFields: {} });` },
          ],
        },
      ],
    },
    {
      // options declared elsewhere with credentials
      code: `const options = { credentials: 'include', mode: 'cors' };
fetch('https://tracker.example.net/t', options);`,
      settings: LISTED,
      output: null,
      errors: [
        {
          messageId: 'unlistedOrigin',
          at: `'https://tracker.example.net/t'`,
          suggestions: [
            { messageId: 'removeCredentials', output: `const options = { mode: 'cors' };
fetch('https://tracker.example.net/t', options);` },
          ],
        },
      ],
    },
  ]),
});
