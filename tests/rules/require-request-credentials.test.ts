import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/require-request-credentials.js';
import { assertionOptions, corsSettings, createRuleTester } from '../rule-tester.js';
import { located } from './locate.js';

const CONFIGURED = corsSettings({ credentialedApis: ['https://api.example.com'] });
const EXPRESSIONS = corsSettings({ credentialedApis: ['process.env.API_URL', 'import.meta.env.VITE_API_URL', 'API_BASE'] });
const PATH_PREFIX = corsSettings({ credentialedApis: ['https://example.com/api/'] });
const ENVIRONMENT = corsSettings({ credentialedApis: ['environment.apiUrl'] });

/** An Angular service with `HttpClient` injected twice, whose `me()` and `save(user)` return `me` and `save`. */
const userService = (me: string, save: string) => `import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class UserService {
  private readonly client = inject(HttpClient);
  constructor(private http: HttpClient) {}
  me() {
    return ${me};
  }
  save(user: User) {
    return ${save};
  }
}`;

/** An Angular service with the API's base URL in a field, whose `list()` returns `list`. */
const orderService = (list: string) => `import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { environment } from '../environments/environment';

@Injectable({ providedIn: 'root' })
export class OrderService {
  private readonly apiUrl = environment.apiUrl;
  constructor(private readonly http: HttpClient) {}
  list() {
    return ${list};
  }
}`;

createRuleTester().run('require-request-credentials', rule, {
  assertionOptions,
  valid: [
    { code: `fetch('https://api.example.com/me', { credentials: 'include' });`, settings: CONFIGURED },
    { code: `fetch('/api/me'); fetch('me'); fetch(\`/users/\${id}\`);`, settings: CONFIGURED },
    { code: `fetch('https://other.example.net/x');`, settings: CONFIGURED },
    { code: `fetch('https://api.example.com/me', { credentials: 'omit' });`, settings: CONFIGURED },
    { code: `fetch('https://api.example.com.evil.net/me'); fetch('https://api.example.community/me');`, settings: CONFIGURED },
    { code: `function f(fetch) { return fetch('https://api.example.com/me'); }`, settings: CONFIGURED },
    { code: `import { fetch } from './my-fetch';\nfetch('https://api.example.com/me');`, settings: CONFIGURED },
    { code: `function axios(url) { return url; }\naxios('https://api.example.com/me');`, settings: CONFIGURED },
    { code: `import axios from 'axios';\nconst api = axios.create();\napi.get('/me');`, settings: CONFIGURED },
    { code: `import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.example.com', withCredentials: true });\napi.get('/me');`, settings: CONFIGURED },
    { code: `import axios from 'axios';\naxios.defaults.withCredentials = true;\naxios.get('https://api.example.com/me');`, settings: CONFIGURED },
    { code: `import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.example.com' });\napi.defaults.withCredentials = true;`, settings: CONFIGURED },
    { code: `import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.example.com' });\napi.interceptors.request.use((c) => ({ ...c, withCredentials: true }));`, settings: CONFIGURED },
    { code: `const xhr = new XMLHttpRequest();\nxhr.withCredentials = true;\nxhr.open('GET', 'https://api.example.com/me');`, settings: CONFIGURED },
    { code: `new EventSource('https://api.example.com/events', { withCredentials: true });`, settings: CONFIGURED },
    { code: `import ky from 'ky';\nconst api = ky.create({ prefixUrl: 'https://api.example.com', credentials: 'include' });\napi.get('me');`, settings: CONFIGURED },
    { code: `$.ajax({ url: 'https://api.example.com/me', xhrFields: { withCredentials: true } });`, settings: CONFIGURED },
    { code: `import { HttpClient } from '@angular/common/http';\nclass S {\n  constructor(private http: HttpClient, private api: ApiClient) {}\n  a() { return this.http.get('https://api.example.com/me', { withCredentials: true }); }\n  b() { return this.api.get('https://api.example.com/me'); }\n}`, settings: CONFIGURED },
    { code: `class S { http = { get: (u: string) => u }; a() { return this.http.get('https://api.example.com/me'); } }`, settings: CONFIGURED },
    { code: `fetch(\`\${base}/me\`); fetch(url);`, settings: CONFIGURED },
    { code: `fetch('https://api.example.com/me', { credentials: mode });`, settings: CONFIGURED },
    { code: `const API = 'https://api.example.com' as const;\nfetch(\`\${API}/me\`, { credentials: 'include' as const });`, settings: CONFIGURED },
    { code: `const req = new Request('https://api.example.com/me', { credentials: 'include' });\nfetch(req);`, settings: CONFIGURED },
    { code: `fetch(\`\${process.env.API_URL}/me\`, { credentials: 'include' });\nfetch(\`\${process.env.OTHER_URL}/me\`);`, settings: EXPRESSIONS },
    { code: `fetch('https://example.com/other'); fetch('https://example.com/apiv2/x');`, settings: PATH_PREFIX },
    `fetch('https://api.example.com/me');`,
    `function a(url) { return fetch(url, { credentials: 'include' }); }\nfunction b(url) { return fetch(url); }`,
    `const API = 'https://api.example.com';\nfetch(\`\${API}/a\`, { credentials: 'include' });\nfetch(\`\${API}/b\`, { headers: { Authorization: \`Bearer \${token}\` } });\nfetch(\`\${API}/c\`, { credentials: 'omit' });`,
    `fetch('https://a.example.com/x', { credentials: 'include' });\nfetch('https://b.example.com/x');`,
    `const API = 'https://api.example.com';\nfetch(\`\${API}/a\`, { credentials: 'include' });\nfunction f(init) { return fetch(\`\${API}/b\`, init); }`,
    `fetch(\`\${window.location.origin}/a\`, { credentials: 'include' });\nfetch(\`\${window.location.origin}/b\`);`,
    { code: `const API = import.meta.env.DEV ? 'http://localhost:3000' : '';\nfetch(\`\${API}/a\`);`, settings: CONFIGURED },
  ],
  invalid: located([
    {
      // fetch without init
      code: `fetch('https://api.example.com/me');`,
      settings: CONFIGURED,
      output: `fetch('https://api.example.com/me', { credentials: 'include' });`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // fetch with an init object that has no credentials
      code: `fetch('https://api.example.com/me', { method: 'GET' });`,
      settings: CONFIGURED,
      output: `fetch('https://api.example.com/me', { method: 'GET', credentials: 'include' });`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // multi-line init with a trailing comma
      code: `await fetch('https://api.example.com/me', {
  method: 'POST',
  body: JSON.stringify(data),
});`,
      settings: CONFIGURED,
      output: `await fetch('https://api.example.com/me', {
  method: 'POST',
  body: JSON.stringify(data),
  credentials: 'include',
});`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // multi-line init without a trailing comma
      code: `await fetch('https://api.example.com/me', {
  method: 'POST'
});`,
      settings: CONFIGURED,
      output: `await fetch('https://api.example.com/me', {
  method: 'POST',
  credentials: 'include'
});`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // multi-line arguments
      code: `await fetch(
  'https://api.example.com/me',
);`,
      settings: CONFIGURED,
      output: `await fetch(
  'https://api.example.com/me',
  { credentials: 'include' },
);`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // empty init
      code: `fetch('https://api.example.com/me', {});`,
      settings: CONFIGURED,
      output: `fetch('https://api.example.com/me', { credentials: 'include' });`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // credentials: 'same-origin'
      code: `fetch('https://api.example.com/me', { credentials: 'same-origin' });`,
      settings: CONFIGURED,
      output: `fetch('https://api.example.com/me', { credentials: 'include' });`,
      errors: [{ messageId: 'disabledCredentials', at: `credentials: 'same-origin'` }],
    },
    {
      // double quotes are kept
      code: `fetch("https://api.example.com/me", { method: "GET" });`,
      settings: CONFIGURED,
      output: `fetch("https://api.example.com/me", { method: "GET", credentials: "include" });`,
      errors: [{ messageId: 'missingCredentials', at: '"https://api.example.com/me"' }],
    },
    {
      // template literal through a constant, TypeScript as const
      code: `const API = 'https://api.example.com' as const;
export const me = () => fetch(\`\${API}/me\`);`,
      settings: CONFIGURED,
      output: `const API = 'https://api.example.com' as const;
export const me = () => fetch(\`\${API}/me\`, { credentials: 'include' });`,
      errors: [{ messageId: 'missingCredentials', at: '`${API}/me`' }],
    },
    {
      // concatenation and a port
      code: `const BASE = 'https://api.example.com:8443';
fetch(BASE + '/me');`,
      settings: CONFIGURED,
      output: `const BASE = 'https://api.example.com:8443';
fetch(BASE + '/me', { credentials: 'include' });`,
      errors: [{ messageId: 'missingCredentials', at: `BASE + '/me'` }],
    },
    {
      // new URL(path, base)
      code: `const API = 'https://api.example.com';
fetch(new URL('/me', API));`,
      settings: CONFIGURED,
      output: `const API = 'https://api.example.com';
fetch(new URL('/me', API), { credentials: 'include' });`,
      errors: [{ messageId: 'missingCredentials', at: `new URL('/me', API)` }],
    },
    {
      // window.fetch and globalThis.fetch
      code: `window.fetch('https://api.example.com/a');
globalThis.fetch('https://api.example.com/b');`,
      settings: CONFIGURED,
      output: `window.fetch('https://api.example.com/a', { credentials: 'include' });
globalThis.fetch('https://api.example.com/b', { credentials: 'include' });`,
      errors: [
        { messageId: 'missingCredentials', at: `'https://api.example.com/a'` },
        { messageId: 'missingCredentials', at: `'https://api.example.com/b'` },
      ],
    },
    {
      // init in a variable: suggestion
      code: `const init = { method: 'GET' };
fetch('https://api.example.com/me', init);`,
      settings: CONFIGURED,
      output: null,
      errors: [
        {
          messageId: 'missingCredentials',
          at: `'https://api.example.com/me'`,
          suggestions: [
            { messageId: 'addCredentials', output: `const init = { method: 'GET', credentials: 'include' };
fetch('https://api.example.com/me', init);` },
          ],
        },
      ],
    },
    {
      // init from a parameter: suggestion
      code: `export function get(path: string, init?: RequestInit) {
  return fetch(\`https://api.example.com\${path}\`, init);
}`,
      settings: CONFIGURED,
      output: null,
      errors: [
        {
          messageId: 'missingCredentials',
          at: '`https://api.example.com${path}`',
          suggestions: [
            { messageId: 'addCredentials', output: `export function get(path: string, init?: RequestInit) {
  return fetch(\`https://api.example.com\${path}\`, { ...init, credentials: 'include' });
}` },
          ],
        },
      ],
    },
    {
      // init with an unresolved spread: suggestion
      code: `export function get(path: string, init: RequestInit) {
  return fetch(\`https://api.example.com\${path}\`, { ...init, method: 'GET' });
}`,
      settings: CONFIGURED,
      output: null,
      errors: [
        {
          messageId: 'missingCredentials',
          at: '`https://api.example.com${path}`',
          suggestions: [
            { messageId: 'addCredentials', output: `export function get(path: string, init: RequestInit) {
  return fetch(\`https://api.example.com\${path}\`, { ...init, method: 'GET', credentials: 'include' });
}` },
          ],
        },
      ],
    },
    {
      // bearer token header does not send cookies
      code: `fetch('https://api.example.com/me', { headers: { Authorization: \`Bearer \${token}\` } });`,
      settings: CONFIGURED,
      output: `fetch('https://api.example.com/me', { headers: { Authorization: \`Bearer \${token}\` }, credentials: 'include' });`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // new Request
      code: `const request = new Request('https://api.example.com/me');`,
      settings: CONFIGURED,
      output: `const request = new Request('https://api.example.com/me', { credentials: 'include' });`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // axios.get
      code: `import axios from 'axios';
axios.get('https://api.example.com/me');`,
      settings: CONFIGURED,
      output: `import axios from 'axios';
axios.get('https://api.example.com/me', { withCredentials: true });`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // axios.post with data
      code: `import axios from 'axios';
axios.post('https://api.example.com/me', { name });`,
      settings: CONFIGURED,
      output: `import axios from 'axios';
axios.post('https://api.example.com/me', { name }, { withCredentials: true });`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // axios.post without data: no fix
      code: `import axios from 'axios';
axios.post('https://api.example.com/logout');`,
      settings: CONFIGURED,
      output: null,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/logout'` }],
    },
    {
      // axios.delete with a config
      code: `import axios from 'axios';
axios.delete('https://api.example.com/me', { timeout: 5000 });`,
      settings: CONFIGURED,
      output: `import axios from 'axios';
axios.delete('https://api.example.com/me', { timeout: 5000, withCredentials: true });`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // axios(url) and axios(config)
      code: `import axios from 'axios';
axios('https://api.example.com/a');
axios({ url: 'https://api.example.com/b', method: 'put' });
axios.request({ url: 'https://api.example.com/c' });`,
      settings: CONFIGURED,
      output: `import axios from 'axios';
axios('https://api.example.com/a', { withCredentials: true });
axios({ url: 'https://api.example.com/b', method: 'put', withCredentials: true });
axios.request({ url: 'https://api.example.com/c', withCredentials: true });`,
      errors: [
        { messageId: 'missingCredentials', at: `'https://api.example.com/a'` },
        { messageId: 'missingCredentials', at: `'https://api.example.com/b'` },
        { messageId: 'missingCredentials', at: `'https://api.example.com/c'` },
      ],
    },
    {
      // axios withCredentials: false
      code: `import axios from 'axios';
axios.get('https://api.example.com/me', { withCredentials: false });`,
      settings: CONFIGURED,
      output: `import axios from 'axios';
axios.get('https://api.example.com/me', { withCredentials: true });`,
      errors: [{ messageId: 'disabledCredentials', at: 'withCredentials: false' }],
    },
    {
      // renamed require of axios
      code: `const http = require('axios');
http.get('https://api.example.com/me');`,
      settings: CONFIGURED,
      output: `const http = require('axios');
http.get('https://api.example.com/me', { withCredentials: true });`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // axios instance: reported once, on its base URL
      code: `import axios from 'axios';
export const api = axios.create({
  baseURL: 'https://api.example.com',
  timeout: 5000,
});
api.get('/me');
api.post('/logout');`,
      settings: CONFIGURED,
      output: `import axios from 'axios';
export const api = axios.create({
  baseURL: 'https://api.example.com',
  timeout: 5000,
  withCredentials: true,
});
api.get('/me');
api.post('/logout');`,
      errors: [{ messageId: 'instanceMissingCredentials', at: `baseURL: 'https://api.example.com'` }],
    },
    {
      // axios instance defaults set to false
      code: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.example.com' });
api.defaults.withCredentials = false;`,
      settings: CONFIGURED,
      output: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.example.com' });
api.defaults.withCredentials = true;`,
      errors: [{ messageId: 'disabledCredentials', at: 'api.defaults.withCredentials = false' }],
    },
    {
      // axios instance without baseURL: calls with absolute URLs
      code: `import axios from 'axios';
const api = axios.create({ timeout: 1000 });
api.get('https://api.example.com/me');`,
      settings: CONFIGURED,
      output: `import axios from 'axios';
const api = axios.create({ timeout: 1000 });
api.get('https://api.example.com/me', { withCredentials: true });`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // axios global baseURL
      code: `import axios from 'axios';
axios.defaults.baseURL = 'https://api.example.com';
axios.get('/me');`,
      settings: CONFIGURED,
      output: `import axios from 'axios';
axios.defaults.baseURL = 'https://api.example.com';
axios.get('/me', { withCredentials: true });`,
      errors: [{ messageId: 'missingCredentials', at: `'/me'` }],
    },
    {
      // XMLHttpRequest
      code: `const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/me');
xhr.send();`,
      settings: CONFIGURED,
      output: `const xhr = new XMLHttpRequest();
xhr.withCredentials = true;
xhr.open('GET', 'https://api.example.com/me');
xhr.send();`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // XMLHttpRequest in a function, no semicolons
      code: `function load() {
  const xhr = new XMLHttpRequest()
  xhr.open('GET', 'https://api.example.com/me')
  xhr.send()
}`,
      settings: CONFIGURED,
      output: `function load() {
  const xhr = new XMLHttpRequest()
  xhr.withCredentials = true
  xhr.open('GET', 'https://api.example.com/me')
  xhr.send()
}`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // XMLHttpRequest withCredentials = false
      code: `const xhr = new XMLHttpRequest();
xhr.withCredentials = false;
xhr.open('GET', 'https://api.example.com/me');`,
      settings: CONFIGURED,
      output: `const xhr = new XMLHttpRequest();
xhr.withCredentials = true;
xhr.open('GET', 'https://api.example.com/me');`,
      errors: [{ messageId: 'disabledCredentials', at: 'xhr.withCredentials = false' }],
    },
    {
      // EventSource
      code: `const events = new EventSource('https://api.example.com/events');`,
      settings: CONFIGURED,
      output: `const events = new EventSource('https://api.example.com/events', { withCredentials: true });`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/events'` }],
    },
    {
      // ky
      code: `import ky from 'ky';
ky.get('https://api.example.com/me');
ky('https://api.example.com/me', { method: 'post' });`,
      settings: CONFIGURED,
      output: `import ky from 'ky';
ky.get('https://api.example.com/me', { credentials: 'include' });
ky('https://api.example.com/me', { method: 'post', credentials: 'include' });`,
      errors: [
        { messageId: 'missingCredentials', at: `'https://api.example.com/me'` },
        { messageId: 'missingCredentials', at: `'https://api.example.com/me'`, occurrence: 2 },
      ],
    },
    {
      // ky instance
      code: `import ky from 'ky';
const api = ky.create({ prefixUrl: 'https://api.example.com' });
api.get('me');`,
      settings: CONFIGURED,
      output: `import ky from 'ky';
const api = ky.create({ prefixUrl: 'https://api.example.com', credentials: 'include' });
api.get('me');`,
      errors: [{ messageId: 'instanceMissingCredentials', at: `prefixUrl: 'https://api.example.com'` }],
    },
    {
      // ky instance extended
      code: `import ky from 'ky';
const base = ky.create({ timeout: 1000 });
const api = base.extend({ prefixUrl: 'https://api.example.com', credentials: 'same-origin' });`,
      settings: CONFIGURED,
      output: `import ky from 'ky';
const base = ky.create({ timeout: 1000 });
const api = base.extend({ prefixUrl: 'https://api.example.com', credentials: 'include' });`,
      errors: [{ messageId: 'disabledCredentials', at: `credentials: 'same-origin'` }],
    },
    {
      // ofetch and $fetch
      code: `import { ofetch } from 'ofetch';
ofetch('https://api.example.com/a');
$fetch('https://api.example.com/b', { method: 'POST' });`,
      settings: CONFIGURED,
      output: `import { ofetch } from 'ofetch';
ofetch('https://api.example.com/a', { credentials: 'include' });
$fetch('https://api.example.com/b', { method: 'POST', credentials: 'include' });`,
      errors: [
        { messageId: 'missingCredentials', at: `'https://api.example.com/a'` },
        { messageId: 'missingCredentials', at: `'https://api.example.com/b'` },
      ],
    },
    {
      // ofetch instance
      code: `import { ofetch } from 'ofetch';
export const api = ofetch.create({ baseURL: 'https://api.example.com' });`,
      settings: CONFIGURED,
      output: `import { ofetch } from 'ofetch';
export const api = ofetch.create({ baseURL: 'https://api.example.com', credentials: 'include' });`,
      errors: [{ messageId: 'instanceMissingCredentials', at: `baseURL: 'https://api.example.com'` }],
    },
    {
      // jQuery ajax settings
      code: `$.ajax({ url: 'https://api.example.com/me', dataType: 'json' });`,
      settings: CONFIGURED,
      output: `$.ajax({ url: 'https://api.example.com/me', dataType: 'json', xhrFields: { withCredentials: true } });`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // jQuery ajax xhrFields without withCredentials
      code: `jQuery.ajax({
  url: 'https://api.example.com/me',
  xhrFields: { responseType: 'blob' },
});`,
      settings: CONFIGURED,
      output: `jQuery.ajax({
  url: 'https://api.example.com/me',
  xhrFields: { responseType: 'blob', withCredentials: true },
});`,
      errors: [{ messageId: 'missingCredentials', at: `'https://api.example.com/me'` }],
    },
    {
      // jQuery ajax(url) and a shorthand without a place for options
      code: `import $ from 'jquery';
$.ajax('https://api.example.com/a');
$.getJSON('https://api.example.com/b');`,
      settings: CONFIGURED,
      output: `import $ from 'jquery';
$.ajax('https://api.example.com/a', { xhrFields: { withCredentials: true } });
$.getJSON('https://api.example.com/b');`,
      errors: [
        { messageId: 'missingCredentials', at: `'https://api.example.com/a'` },
        { messageId: 'shorthandMissingCredentials', at: `'https://api.example.com/b'` },
      ],
    },
    {
      // Angular HttpClient
      code: userService(
        `this.http.get<User>('https://api.example.com/me')`,
        `this.client.put('https://api.example.com/me', user, { responseType: 'json' })`,
      ),
      settings: CONFIGURED,
      output: userService(
        `this.http.get<User>('https://api.example.com/me', { withCredentials: true })`,
        `this.client.put('https://api.example.com/me', user, { responseType: 'json', withCredentials: true })`,
      ),
      errors: [
        { messageId: 'missingCredentials', at: `'https://api.example.com/me'` },
        { messageId: 'missingCredentials', at: `'https://api.example.com/me'`, occurrence: 2 },
      ],
    },
    {
      // base-URL expressions
      code: `const API_BASE = getBase();
fetch(\`\${process.env.API_URL}/me\`);
fetch(import.meta.env.VITE_API_URL + '/me');
fetch(\`\${API_BASE}/me\`);`,
      settings: EXPRESSIONS,
      output: `const API_BASE = getBase();
fetch(\`\${process.env.API_URL}/me\`, { credentials: 'include' });
fetch(import.meta.env.VITE_API_URL + '/me', { credentials: 'include' });
fetch(\`\${API_BASE}/me\`, { credentials: 'include' });`,
      errors: [
        { messageId: 'missingCredentials', at: '`${process.env.API_URL}/me`' },
        { messageId: 'missingCredentials', at: `import.meta.env.VITE_API_URL + '/me'` },
        { messageId: 'missingCredentials', at: '`${API_BASE}/me`' },
      ],
    },
    {
      // a constant holding a base-URL expression
      code: `const base = process.env.API_URL;
export const me = () => fetch(base + '/me');`,
      settings: EXPRESSIONS,
      output: `const base = process.env.API_URL;
export const me = () => fetch(base + '/me', { credentials: 'include' });`,
      errors: [{ messageId: 'missingCredentials', at: `base + '/me'` }],
    },
    {
      // path prefix
      code: `fetch('https://example.com/api/me');`,
      settings: PATH_PREFIX,
      output: `fetch('https://example.com/api/me', { credentials: 'include' });`,
      errors: [{ messageId: 'missingCredentials', at: `'https://example.com/api/me'` }],
    },
    {
      // inferred: other calls to the same base send cookies
      code: `const API = 'https://accounts.example.com';

export const me = () => fetch(\`\${API}/me\`, { credentials: 'include' });
export const prefs = () => fetch(\`\${API}/prefs\`);
export const news = () => fetch('https://news.example.com/latest');`,
      output: null,
      errors: [
        {
          messageId: 'missingCredentials',
          at: '`${API}/prefs`',
          suggestions: [
            { messageId: 'addCredentials', output: `const API = 'https://accounts.example.com';

export const me = () => fetch(\`\${API}/me\`, { credentials: 'include' });
export const prefs = () => fetch(\`\${API}/prefs\`, { credentials: 'include' });
export const news = () => fetch('https://news.example.com/latest');` },
          ],
        },
      ],
    },
    {
      // inferred: an axios instance sends cookies to the same base expression
      code: `import axios from 'axios';
import { API_URL } from './config';

export const api = axios.create({ baseURL: API_URL, withCredentials: true });
export const health = () => axios.get(\`\${API_URL}/health\`);`,
      output: null,
      errors: [
        {
          messageId: 'missingCredentials',
          at: '`${API_URL}/health`',
          suggestions: [
            { messageId: 'addCredentials', output: `import axios from 'axios';
import { API_URL } from './config';

export const api = axios.create({ baseURL: API_URL, withCredentials: true });
export const health = () => axios.get(\`\${API_URL}/health\`, { withCredentials: true });` },
          ],
        },
      ],
    },
    {
      // inferred: same-origin next to include
      code: `fetch('https://accounts.example.com/a', { credentials: 'include' });
fetch('https://accounts.example.com/b', { credentials: 'same-origin' });`,
      output: null,
      errors: [
        {
          messageId: 'disabledCredentials',
          at: `credentials: 'same-origin'`,
          suggestions: [
            { messageId: 'addCredentials', output: `fetch('https://accounts.example.com/a', { credentials: 'include' });
fetch('https://accounts.example.com/b', { credentials: 'include' });` },
          ],
        },
      ],
    },
    {
      // Angular service with the base URL in a field
      code: orderService('this.http.get<Order[]>(`${this.apiUrl}/orders`)'),
      settings: ENVIRONMENT,
      output: orderService('this.http.get<Order[]>(`${this.apiUrl}/orders`, { withCredentials: true })'),
      errors: [{ messageId: 'missingCredentials', at: '`${this.apiUrl}/orders`' }],
    },
    {
      // a deployed fallback for an environment variable
      code: `const API = process.env.NEXT_PUBLIC_API_URL ?? 'https://api.example.com';
export const me = () => fetch(\`\${API}/me\`);`,
      settings: CONFIGURED,
      output: `const API = process.env.NEXT_PUBLIC_API_URL ?? 'https://api.example.com';
export const me = () => fetch(\`\${API}/me\`, { credentials: 'include' });`,
      errors: [{ messageId: 'missingCredentials', at: '`${API}/me`' }],
    },
    {
      // a URL-building function
      code: `const API = 'https://api.example.com';
const endpoint = (path: string) => \`\${API}\${path}\`;
export const me = () => fetch(endpoint('/me'));`,
      settings: CONFIGURED,
      output: `const API = 'https://api.example.com';
const endpoint = (path: string) => \`\${API}\${path}\`;
export const me = () => fetch(endpoint('/me'), { credentials: 'include' });`,
      errors: [{ messageId: 'missingCredentials', at: `endpoint('/me')` }],
    },
    {
      // options declared elsewhere with credentials: 'same-origin'
      code: `const options = { credentials: 'same-origin' };
fetch('https://api.example.com/a', options);
fetch('https://api.example.com/b', options);`,
      settings: CONFIGURED,
      output: null,
      errors: [
        {
          messageId: 'disabledCredentials',
          at: `'https://api.example.com/a'`,
          suggestions: [
            { messageId: 'addCredentials', output: `const options = { credentials: 'include' };
fetch('https://api.example.com/a', options);
fetch('https://api.example.com/b', options);` },
          ],
        },
        {
          messageId: 'disabledCredentials',
          at: `'https://api.example.com/b'`,
          suggestions: [
            { messageId: 'addCredentials', output: `const options = { credentials: 'include' };
fetch('https://api.example.com/a', options);
fetch('https://api.example.com/b', options);` },
          ],
        },
      ],
    },
  ]),
});

const SERVER_URL = corsSettings({ credentialedApis: ['process.env.NEXT_PUBLIC_SERVER_URL'] });

createRuleTester().run('require-request-credentials: deliberate and same-origin requests', rule, {
  assertionOptions,
  valid: [
    // A retry with the request's own session token after the cookie attempt failed.
    `const API = 'https://api.example.com';
export async function loadSession(token) {
  const res = await fetch(\`\${API}/session\`, { credentials: 'include' });
  if (res.ok) return res.json();
  const retry = await fetch(\`\${API}/session\`, { headers: { 'X-Session-Token': token } });
  return retry.json();
}`,
    `import axios from 'axios';
const API = 'https://api.example.com';
axios.get(\`\${API}/me\`, { withCredentials: true }).catch(() => axios.get(\`\${API}/me\`, { headers: { 'x-auth-token': token } }));`,
    `const API = 'https://api.example.com';
const tokenHeaders = { 'X-Api-Key': key };
fetch(\`\${API}/a\`, { credentials: 'include' });
fetch(\`\${API}/b\`, { headers: tokenHeaders });`,
    `const API = 'https://api.example.com';
fetch(\`\${API}/a\`, { credentials: 'include' });
const xhr = new XMLHttpRequest();
xhr.open('GET', \`\${API}/b\`);
xhr.setRequestHeader('X-Session-Token', token);`,
    // The Next.js app's own public URL: same-origin.
    `export const me = () => fetch(\`\${process.env.NEXT_PUBLIC_SERVER_URL}/api/users/me\`, { credentials: 'include' });
export const logout = () => fetch(\`\${process.env.NEXT_PUBLIC_SERVER_URL}/api/users/logout\`, { method: 'POST' });`,
    `const siteUrl = process.env.NEXT_PUBLIC_SITE_URL || '';
fetch(\`\${siteUrl}/api/a\`, { credentials: 'include' });
fetch(\`\${siteUrl}/api/b\`);`,
    `fetch(process.env.NEXT_PUBLIC_APP_URL + '/api/a', { credentials: 'include' });
fetch(process.env.NEXT_PUBLIC_APP_URL + '/api/b');`,
    // No setting known to send credentials: an XHR given a run-time value, a fetch mode not known here.
    `const API = 'https://api.example.com';
const xhr = new XMLHttpRequest();
xhr.withCredentials = options.withCredentials;
xhr.open('GET', \`\${API}/a\`);
fetch(\`\${API}/b\`, { credentials: mode });
fetch(\`\${API}/c\`);`,
  ],
  invalid: located([
    {
      // The setting's name held in a constant and used as a computed key still sends credentials.
      code: `const API = 'https://api.example.com';
const KEY = 'credentials';
fetch(\`\${API}/a\`, { [KEY]: 'include' });
fetch(\`\${API}/b\`);`,
      output: null,
      errors: [
        {
          messageId: 'missingCredentials',
          at: '`${API}/b`',
          suggestions: [
            {
              messageId: 'addCredentials',
              output: `const API = 'https://api.example.com';
const KEY = 'credentials';
fetch(\`\${API}/a\`, { [KEY]: 'include' });
fetch(\`\${API}/b\`, { credentials: 'include' });`,
            },
          ],
        },
      ],
    },
    {
      // A CSRF token header goes with cookies: not a token-authenticated call.
      code: `const API = 'https://api.example.com';
fetch(\`\${API}/a\`, { credentials: 'include' });
fetch(\`\${API}/b\`, { method: 'POST', headers: { 'X-CSRF-Token': csrf } });`,
      output: null,
      errors: [
        {
          messageId: 'missingCredentials',
          at: '`${API}/b`',
          suggestions: [
            {
              messageId: 'addCredentials',
              output: `const API = 'https://api.example.com';
fetch(\`\${API}/a\`, { credentials: 'include' });
fetch(\`\${API}/b\`, { method: 'POST', headers: { 'X-CSRF-Token': csrf }, credentials: 'include' });`,
            },
          ],
        },
      ],
    },
    {
      // An API's URL is not the app's own URL.
      code: `fetch(\`\${process.env.NEXT_PUBLIC_API_URL}/me\`, { credentials: 'include' });
fetch(\`\${process.env.NEXT_PUBLIC_API_URL}/prefs\`);`,
      output: null,
      errors: [
        {
          messageId: 'missingCredentials',
          at: '`${process.env.NEXT_PUBLIC_API_URL}/prefs`',
          suggestions: [
            {
              messageId: 'addCredentials',
              output: `fetch(\`\${process.env.NEXT_PUBLIC_API_URL}/me\`, { credentials: 'include' });
fetch(\`\${process.env.NEXT_PUBLIC_API_URL}/prefs\`, { credentials: 'include' });`,
            },
          ],
        },
      ],
    },
    {
      // Listed in settings: the configuration wins over the name.
      code: `fetch(\`\${process.env.NEXT_PUBLIC_SERVER_URL}/api/me\`);`,
      settings: SERVER_URL,
      output: `fetch(\`\${process.env.NEXT_PUBLIC_SERVER_URL}/api/me\`, { credentials: 'include' });`,
      errors: [{ messageId: 'missingCredentials', at: '`${process.env.NEXT_PUBLIC_SERVER_URL}/api/me`' }],
    },
    {
      // An instance whose base URL is set through its defaults: reported on the factory.
      code: `import axios from 'axios';
const api = axios.create({ timeout: 1000 });
api.defaults.baseURL = 'https://api.example.com';
api.get('/me');`,
      settings: CONFIGURED,
      output: `import axios from 'axios';
const api = axios.create({ timeout: 1000, withCredentials: true });
api.defaults.baseURL = 'https://api.example.com';
api.get('/me');`,
      errors: [{ messageId: 'instanceMissingCredentials', at: 'axios.create' }],
    },
  ]),
});

createRuleTester().run('require-request-credentials: options assembled over statements', rule, {
  assertionOptions,
  valid: [
    { code: `const init = {};\ninit.credentials = 'include';\nfetch('https://api.example.com/me', init);`, settings: CONFIGURED },
    { code: `const init = { method: 'POST' };\nObject.assign(init, { credentials: 'include' });\nfetch('https://api.example.com/me', init);`, settings: CONFIGURED },
    { code: `const base = {};\nbase.credentials = 'include';\nconst init = { ...base, method: 'POST' };\nfetch('https://api.example.com/me', init);`, settings: CONFIGURED },
    // Handed to unknown code first: it may set credentials.
    { code: `const init = { method: 'GET' };\nprepare(init);\nfetch('https://api.example.com/me', init);`, settings: CONFIGURED },
    { code: `import axios from 'axios';\nconst config = {};\nconfig.withCredentials = true;\naxios.get('https://api.example.com/me', config);`, settings: CONFIGURED },
  ],
  invalid: located([
    {
      // Turned off by a later statement: reported on that statement.
      code: `const init = { method: 'POST' };
init.credentials = 'same-origin';
fetch('https://api.example.com/me', init);`,
      settings: CONFIGURED,
      output: null,
      errors: [
        {
          messageId: 'disabledCredentials',
          at: `init.credentials = 'same-origin'`,
          suggestions: [
            {
              messageId: 'addCredentials',
              output: `const init = { method: 'POST' };
init.credentials = 'include';
fetch('https://api.example.com/me', init);`,
            },
          ],
        },
      ],
    },
    {
      // Set only after the request: no effect on it.
      code: `const init = { method: 'GET' };
fetch('https://api.example.com/me', init);
init.credentials = 'include';`,
      settings: CONFIGURED,
      output: null,
      errors: [
        {
          messageId: 'missingCredentials',
          at: `'https://api.example.com/me'`,
          suggestions: [
            {
              messageId: 'addCredentials',
              output: `const init = { method: 'GET', credentials: 'include' };
fetch('https://api.example.com/me', init);
init.credentials = 'include';`,
            },
          ],
        },
      ],
    },
    {
      // Without settings, an assembled init is evidence like an inline one.
      code: `const API = 'https://api.example.com';
const init = {};
Object.assign(init, { credentials: 'include' });
fetch(\`\${API}/me\`, init);
fetch(\`\${API}/prefs\`);`,
      output: null,
      errors: [
        {
          messageId: 'missingCredentials',
          at: '`${API}/prefs`',
          suggestions: [
            {
              messageId: 'addCredentials',
              output: `const API = 'https://api.example.com';
const init = {};
Object.assign(init, { credentials: 'include' });
fetch(\`\${API}/me\`, init);
fetch(\`\${API}/prefs\`, { credentials: 'include' });`,
            },
          ],
        },
      ],
    },
  ]),
});

describe('require-request-credentials settings', () => {
  function lint(cors: unknown) {
    const linter = new Linter({ configType: 'flat' });
    return linter.verify(
      `fetch('https://api.example.com/me');`,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser },
          plugins: { cors: { rules: { 'require-request-credentials': rule } } as never },
          settings: { cors },
          rules: { 'cors/require-request-credentials': 'error' },
        },
      ],
      'file.ts',
    );
  }

  it('rejects credentialedApis that is not an array of strings, naming the setting', () => {
    expect(() => lint({ credentialedApis: 'https://api.example.com' })).toThrow(
      'eslint-plugin-cors: invalid settings.cors.credentialedApis = "https://api.example.com": not an array.',
    );
    expect(() => lint({ credentialedApis: ['https://api.example.com', 42] })).toThrow(
      'eslint-plugin-cors: invalid settings.cors.credentialedApis[1] = 42: not a non-empty string.',
    );
    expect(() => lint({ credentialedApis: [''] })).toThrow('invalid settings.cors.credentialedApis[0]');
  });

  it('reads valid settings', () => {
    expect(lint({ credentialedApis: ['https://api.example.com'] }).map((m) => m.messageId)).toEqual(['missingCredentials']);
    expect(lint({ allowedOrigins: ['https://app.example.com'] })).toEqual([]);
  });

  it('says what breaks and how to fix it', () => {
    expect(lint({ credentialedApis: ['https://api.example.com'] })[0]?.message).toBe(
      "This request to https://api.example.com sends no cookies (browsers omit them cross-origin by default), so it arrives logged out. Add `credentials: 'include'`.",
    );
  });
});
