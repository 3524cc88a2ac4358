import rule, { type MessageIds } from '../../src/rules/no-credentials-to-unlisted-origin.js';
import { assertionOptions, corsSettings, createRuleTester } from '../rule-tester.js';
import { located, type LocatedCase } from './locate.js';

const LISTED = corsSettings({ credentialedApis: ['https://api.example.com'], allowedOrigins: ['https://app.example.com'] });
const EXPRESSION = corsSettings({ credentialedApis: ['API_URL'] });

/**
 * Credentials sent to an origin settings.cors does not list, by the setting
 * `reported`: reported there, never fixed automatically, and removed by the
 * suggestion, whose output is `removed`.
 */
function removable(code: string, reported: string, removed: string, settings = LISTED): LocatedCase<MessageIds> {
  return {
    code,
    settings,
    output: null,
    errors: [{ messageId: 'unlistedOrigin', at: reported, suggestions: [{ messageId: 'removeCredentials', output: removed }] }],
  };
}

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
    // Credentials written into the init by a statement: reported there, removed with it.
    removable(
      `const init = { method: 'GET' };
init.credentials = 'include';
fetch('https://tracker.example.net/t', init);`,
      `init.credentials = 'include'`,
      `const init = { method: 'GET' };
fetch('https://tracker.example.net/t', init);`,
    ),
    // fetch to a third party with credentials
    removable(
      `fetch('https://tracker.example.net/t', { credentials: 'include' });`,
      `credentials: 'include'`,
      `fetch('https://tracker.example.net/t');`,
    ),
    // multi-line init
    removable(
      `fetch('https://tracker.example.net/t', {
  method: 'POST',
  credentials: 'include',
  body,
});`,
      `credentials: 'include'`,
      `fetch('https://tracker.example.net/t', {
  method: 'POST',
  body,
});`,
    ),
    // last property of a multi-line init
    removable(
      `fetch('https://tracker.example.net/t', {
  method: 'POST',
  credentials: 'include'
});`,
      `credentials: 'include'`,
      `fetch('https://tracker.example.net/t', {
  method: 'POST'
});`,
    ),
    // through a constant and a template literal
    removable(
      `const TRACKER = 'https://tracker.example.net';
fetch(\`\${TRACKER}/t\`, { credentials: 'include' });`,
      `credentials: 'include'`,
      `const TRACKER = 'https://tracker.example.net';
fetch(\`\${TRACKER}/t\`);`,
    ),
    // look-alike host
    removable(
      `fetch('https://api.example.com.evil.net/me', { credentials: 'include' });`,
      `credentials: 'include'`,
      `fetch('https://api.example.com.evil.net/me');`,
    ),
    // axios call
    removable(
      `import axios from 'axios';
axios.get('https://cdn.example.org/data.json', { withCredentials: true });`,
      'withCredentials: true',
      `import axios from 'axios';
axios.get('https://cdn.example.org/data.json');`,
    ),
    // axios instance with a third-party base
    removable(
      `import axios from 'axios';
const maps = axios.create({ baseURL: 'https://maps.example.org', withCredentials: true });`,
      'withCredentials: true',
      `import axios from 'axios';
const maps = axios.create({ baseURL: 'https://maps.example.org' });`,
    ),
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
    // XMLHttpRequest
    removable(
      `const xhr = new XMLHttpRequest();
xhr.withCredentials = true;
xhr.open('GET', 'https://tracker.example.net/t');`,
      'xhr.withCredentials = true',
      `const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://tracker.example.net/t');`,
    ),
    // EventSource
    removable(
      `new EventSource('https://stream.example.org/events', { withCredentials: true });`,
      'withCredentials: true',
      `new EventSource('https://stream.example.org/events');`,
    ),
    // ky instance
    removable(
      `import ky from 'ky';
export const partner = ky.create({ prefixUrl: 'https://partner.example.org', credentials: 'include' });`,
      `credentials: 'include'`,
      `import ky from 'ky';
export const partner = ky.create({ prefixUrl: 'https://partner.example.org' });`,
    ),
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
    // options declared elsewhere with credentials
    removable(
      `const options = { credentials: 'include', mode: 'cors' };
fetch('https://tracker.example.net/t', options);`,
      `'https://tracker.example.net/t'`,
      `const options = { mode: 'cors' };
fetch('https://tracker.example.net/t', options);`,
    ),
  ]),
});
