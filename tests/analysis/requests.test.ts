import { describe, expect, it } from 'vitest';
import { parseSnippet } from './analyze.js';
import { getCorsModel } from '../../src/analysis/model.js';
import { findMissingCredentials, findUnlistedCredentials, REQUEST_API_TEXT, type ClientRequest } from '../../src/analysis/client/index.js';
import { normaliseExpressionText, type RequestUrl } from '../../src/analysis/client/urls.js';
import { matchApi, matchesPrefix, parseApiPattern } from '../../src/analysis/client/url-patterns.js';
import { readCorsSettings } from '../../src/settings.js';
import { CLIENT_APIS } from '../../src/analysis/client/apis/index.js';
import { REQUEST_CALLEES } from '../../src/analysis/server/request-callees.js';


function requestsOf(code: string): { requests: readonly ClientRequest[]; text: (r: ClientRequest) => string } {
  const sourceCode = parseSnippet(code);
  const model = getCorsModel(sourceCode).requests;
  return { requests: model?.requests ?? [], text: (r) => sourceCode.getText(r.target) };
}

/** A compact description of each request: api, kind, url kind, origin or base, credentials mode. */
function describeRequests(code: string): string[] {
  const { requests, text } = requestsOf(code);
  return requests.map((r) => {
    const where = r.url.kind === 'absolute' ? r.url.prefix : r.url.kind === 'expression' ? `{${r.url.baseTexts.join('|')}}` : r.url.kind;
    const flags = [r.viaInstanceBase ? 'via-instance' : '', r.credentials.uncertain ? 'uncertain' : '', r.authorization ? 'auth' : '']
      .filter(Boolean)
      .join(',');
    return `${r.api} ${r.kind} ${text(r)} -> ${where} [${r.credentials.mode}/${r.credentials.from}${flags ? `,${flags}` : ''}]`;
  });
}

function url(prefix: string, complete = true): RequestUrl {
  return {
    kind: 'absolute',
    prefix,
    complete,
    origin: /^https?:\/\/[^/?#]*/i.exec(prefix)![0].toLowerCase(),
    originCertain: true,
    baseTexts: [],
    baseKey: null,
  };
}

describe('credentialed API prefixes', () => {
  it('match at a boundary only', () => {
    const api = parseApiPattern('https://api.example.com');
    expect(matchesPrefix(url('https://api.example.com'), api)).toBe(true);
    expect(matchesPrefix(url('https://api.example.com/me'), api)).toBe(true);
    expect(matchesPrefix(url('https://api.example.com?x=1'), api)).toBe(true);
    expect(matchesPrefix(url('https://api.example.com#x'), api)).toBe(true);
    expect(matchesPrefix(url('https://api.example.com:8443/me'), api)).toBe(true);
    expect(matchesPrefix(url('https://api.example.com.evil.net/me'), api)).toBe(false);
    expect(matchesPrefix(url('https://api.example.community/me'), api)).toBe(false);
    expect(matchesPrefix(url('http://api.example.com/me'), api)).toBe(false);
    expect(matchesPrefix(url('https://evil.net/https://api.example.com'), api)).toBe(false);
  });

  it('compare scheme and host without case, paths with case', () => {
    const api = parseApiPattern('HTTPS://API.Example.com/Api');
    expect(matchesPrefix(url('https://api.example.com/Api/me'), api)).toBe(true);
    expect(matchesPrefix(url('https://api.example.com/api/me'), api)).toBe(false);
  });

  it('treat a path prefix as a path segment', () => {
    const api = parseApiPattern('https://example.com/api');
    expect(matchesPrefix(url('https://example.com/api'), api)).toBe(true);
    expect(matchesPrefix(url('https://example.com/api/users'), api)).toBe(true);
    expect(matchesPrefix(url('https://example.com/apiv2/users'), api)).toBe(false);
    expect(matchesPrefix(url('https://example.com/other'), api)).toBe(false);
    expect(matchesPrefix(url('https://example.com:8443/api'), api)).toBe(false);
  });

  it('accept the API root for a prefix with a trailing slash', () => {
    const api = parseApiPattern('https://example.com/api/');
    expect(matchesPrefix(url('https://example.com/api'), api)).toBe(true);
    expect(matchesPrefix(url('https://example.com/api/me'), api)).toBe(true);
    expect(matchesPrefix(url('https://example.com/apix'), api)).toBe(false);
  });

  it('do not let another port match a prefix that names one', () => {
    const api = parseApiPattern('https://api.example.com:8443');
    expect(matchesPrefix(url('https://api.example.com:8443/me'), api)).toBe(true);
    expect(matchesPrefix(url('https://api.example.com:84430/me'), api)).toBe(false);
    expect(matchesPrefix(url('https://api.example.com/me'), api)).toBe(false);
  });

  it('read expression entries as normalised source text', () => {
    expect(parseApiPattern('process.env.API_URL')).toMatchObject({ kind: 'expression', value: 'process.env.API_URL' });
    expect(parseApiPattern(" process.env['API_URL'] ")).toMatchObject({ kind: 'expression', value: 'process.env.API_URL' });
    expect(normaliseExpressionText('config?.api .url')).toBe('config.api.url');
    expect(normaliseExpressionText('env!.API')).toBe('env.API');
  });
});

describe('request URLs', () => {
  it('follow constants, template literals, concatenation and new URL', () => {
    expect(
      describeRequests(`
        const API = 'https://api.example.com';
        const USERS = \`\${API}/users\`;
        fetch(USERS + '/' + id);
        fetch(\`\${API}/me\`);
        fetch(API.concat('/x'));
        fetch(new URL('/me', API));
        fetch(new URL('me', 'https://api.example.com/v1/').toString());
        fetch(new URL(path, API).href);
        fetch('//cdn.example.com/x.json');
      `),
    ).toEqual([
      'fetch call USERS + \'/\' + id -> https://api.example.com/users/ [default/default]',
      'fetch call `${API}/me` -> https://api.example.com/me [default/default]',
      "fetch call API.concat('/x') -> https://api.example.com/x [default/default]",
      "fetch call new URL('/me', API) -> https://api.example.com/me [default/default]",
      "fetch call new URL('me', 'https://api.example.com/v1/').toString() -> https://api.example.com/v1/me [default/default]",
      'fetch call new URL(path, API).href -> https://api.example.com [default/default]',
      "fetch call '//cdn.example.com/x.json' -> https://cdn.example.com/x.json [default/default]",
    ]);
  });

  it('tell relative URLs, base expressions and unknown URLs apart', () => {
    expect(
      describeRequests(`
        import { API_URL } from './config';
        const BASE = import.meta.env.VITE_API_URL;
        fetch('/api/me');
        fetch('me');
        fetch(\`/users/\${id}\`);
        fetch(\`\${API_URL}/me\`);
        fetch(BASE + '/me');
        fetch(\`\${process.env.API ?? 'http://localhost:3000'}/me\`);
        fetch('http' + (secure ? 's' : '') + '://api.example.com');
        fetch(\`\${protocol}//\${host}/me\`);
        fetch('data:text/plain,hi');
      `),
    ).toEqual([
      "fetch call '/api/me' -> relative [default/default]",
      "fetch call 'me' -> relative [default/default]",
      'fetch call `/users/${id}` -> relative [default/default]',
      'fetch call `${API_URL}/me` -> {API_URL} [default/default]',
      "fetch call BASE + '/me' -> {BASE|import.meta.env.VITE_API_URL} [default/default]",
      "fetch call `${process.env.API ?? 'http://localhost:3000'}/me` -> {process.env.API??'http://localhost:3000'|process.env.API} [default/default]",
      "fetch call 'http' + (secure ? 's' : '') + '://api.example.com' -> unknown [default/default]",
      'fetch call `${protocol}//${host}/me` -> {protocol} [default/default]',
      "fetch call 'data:text/plain,hi' -> unknown [default/default]",
    ]);
  });
});

describe('URL shapes of real code', () => {
  it('treat URLs built on the page location as same-origin', () => {
    expect(
      describeRequests(`
        fetch(\`\${window.location.origin}/api/me\`);
        fetch(location.origin + '/api/me');
        fetch(new URL('/api/me', window.location.href));
        function f(location) { return fetch(location.origin + '/x'); }
      `),
    ).toEqual([
      'fetch call `${window.location.origin}/api/me` -> relative [default/default]',
      "fetch call location.origin + '/api/me' -> relative [default/default]",
      "fetch call new URL('/api/me', window.location.href) -> relative [default/default]",
      "fetch call location.origin + '/x' -> {location.origin} [default/default]",
    ]);
  });

  it('take the deployed URL of a fallback or an environment switch', () => {
    expect(
      describeRequests(`
        const API = process.env.API_URL ?? 'https://api.example.com';
        const DEV = process.env.API_URL || 'http://localhost:3000';
        const SWITCH = import.meta.env.PROD ? 'https://api.example.com/v1' : 'http://127.0.0.1:8080';
        fetch(\`\${API}/me\`);
        fetch(\`\${DEV}/me\`);
        fetch(SWITCH + '/me');
      `),
    ).toEqual([
      'fetch call `${API}/me` -> https://api.example.com/me [default/default]',
      "fetch call `${DEV}/me` -> {DEV|process.env.API_URL||'http://localhost:3000'|process.env.API_URL} [default/default]",
      "fetch call SWITCH + '/me' -> https://api.example.com/v1/me [default/default]",
    ]);
  });

  it('follow URL-building functions, class fields and configuration objects', () => {
    expect(
      describeRequests(`
        import { environment } from './environments/environment';
        const API = 'https://api.example.com';
        const endpoint = (path: string) => \`\${API}\${path}\`;
        function url(path: string) { return API + path; }
        const config = { api: { base: process.env.API_URL } };
        fetch(endpoint('/me'));
        fetch(url('/cart'));
        fetch(\`\${config.api.base}/me\`);
        class Users {
          private readonly base = \`\${environment.apiUrl}/users\`;
          private other: string;
          constructor() { this.other = 'https://other.example.net'; }
          list() { return fetch(this.base); }
          more() { return fetch(\`\${this.other}/x\`); }
        }
      `),
    ).toEqual([
      "fetch call endpoint('/me') -> https://api.example.com [default/default]",
      "fetch call url('/cart') -> https://api.example.com [default/default]",
      'fetch call `${config.api.base}/me` -> {config.api.base|process.env.API_URL} [default/default]',
      'fetch call this.base -> {this.base|environment.apiUrl} [default/default]',
      'fetch call `${this.other}/x` -> https://other.example.net/x [default/default]',
    ]);
  });
});

describe('request APIs', () => {
  it('read fetch and Request options, and leave shadowed fetch alone', () => {
    expect(
      describeRequests(`
        const API = 'https://api.example.com';
        fetch(API, { credentials: 'include' });
        window.fetch(API, { credentials: 'same-origin' });
        globalThis.fetch(API, { credentials: 'omit' });
        fetch(API, { credentials: mode });
        const init = { method: 'POST' };
        fetch(API, init);
        fetch(API, { ...init, headers: { Authorization: \`Bearer \${token}\` } });
        function wrapper(options) { return fetch(API, { ...options }); }
        function forward(options) { return fetch(API, options); }
        function shadowed(fetch) { return fetch(API); }
        fetch(API, { get credentials() { return 'include'; } });
        const req = new Request(API, { credentials: 'include' });
        fetch(req);
      `),
    ).toEqual([
      'fetch call API -> https://api.example.com [include/call]',
      'fetch call API -> https://api.example.com [same-origin/call]',
      'fetch call API -> https://api.example.com [omit/call]',
      'fetch call API -> https://api.example.com [unknown/call]',
      'fetch call API -> https://api.example.com [default/default]',
      'fetch call API -> https://api.example.com [default/default,auth]',
      'fetch call API -> https://api.example.com [default/default,uncertain]',
      'fetch call API -> https://api.example.com [default/default,uncertain]',
      'fetch call API -> https://api.example.com [unknown/call,uncertain]',
      'Request call API -> https://api.example.com [include/call]',
    ]);
  });

  it('treats options built by a call that mentions credentials as unknown', () => {
    expect(
      describeRequests(`
        fetch('https://api.example.com/a', Object.assign({}, defaults, { credentials: 'include' }));
        fetch('https://api.example.com/b', withCredentials(init));
        fetch('https://api.example.com/c', build(init));
      `),
    ).toEqual([
      "fetch call 'https://api.example.com/a' -> https://api.example.com/a [unknown/call,uncertain]",
      "fetch call 'https://api.example.com/b' -> https://api.example.com/b [unknown/call,uncertain]",
      "fetch call 'https://api.example.com/c' -> https://api.example.com/c [default/default,uncertain]",
    ]);
  });

  it('fold in what statements write into an options object before the request', () => {
    expect(
      describeRequests(`
        const init = {};
        init.credentials = 'include';
        fetch('https://api.example.com/a', init);
        const b = { method: 'POST' };
        Object.assign(b, { credentials: 'same-origin' }, { body });
        fetch('https://api.example.com/b', b);
        const d = { method: 'GET' };
        fetch('https://api.example.com/d', d);
        d.credentials = 'include';
        const e = {};
        if (auth) e.credentials = 'include';
        fetch('https://api.example.com/e', e);
        const base = {};
        base.credentials = 'include';
        const f = { ...base, method: 'GET' };
        fetch('https://api.example.com/f', f);
        const g = {};
        g.headers = { 'X-Session-Token': token };
        fetch('https://api.example.com/g', g);
        const h = { headers: new Headers() };
        h.headers.set('Authorization', bearer);
        fetch('https://api.example.com/h', h);
        const i = { credentials: 'include' };
        delete i.credentials;
        fetch('https://api.example.com/i', i);
      `),
    ).toEqual([
      "fetch call 'https://api.example.com/a' -> https://api.example.com/a [include/call]",
      "fetch call 'https://api.example.com/b' -> https://api.example.com/b [same-origin/call]",
      "fetch call 'https://api.example.com/d' -> https://api.example.com/d [default/default]",
      "fetch call 'https://api.example.com/e' -> https://api.example.com/e [include/call,uncertain]",
      "fetch call 'https://api.example.com/f' -> https://api.example.com/f [include/call]",
      "fetch call 'https://api.example.com/g' -> https://api.example.com/g [default/default,auth]",
      "fetch call 'https://api.example.com/h' -> https://api.example.com/h [default/default,auth]",
      // A deleted key is not followed: unknown.
      "fetch call 'https://api.example.com/i' -> https://api.example.com/i [unknown/call,uncertain]",
    ]);
  });

  it('treat options handed to other code before the request as unknown, never as no credentials', () => {
    expect(
      describeRequests(`
        const a = { method: 'GET' };
        prepare(a);
        fetch('https://api.example.com/a', a);
        const b = { method: 'GET' };
        registry.options = b;
        fetch('https://api.example.com/b', b);
        const c = { method: 'GET' };
        setTimeout(() => { c.credentials = 'include'; });
        fetch('https://api.example.com/c', c);
        const d = { method: 'GET' };
        console.log(d);
        fetch('https://api.example.com/d', d);
        const e = { method: 'GET' };
        fetch('https://api.example.com/e', e);
        prepare(e);
      `),
    ).toEqual([
      "fetch call 'https://api.example.com/a' -> https://api.example.com/a [unknown/call,uncertain]",
      "fetch call 'https://api.example.com/b' -> https://api.example.com/b [unknown/call,uncertain]",
      "fetch call 'https://api.example.com/c' -> https://api.example.com/c [unknown/call,uncertain]",
      "fetch call 'https://api.example.com/d' -> https://api.example.com/d [default/default]",
      "fetch call 'https://api.example.com/e' -> https://api.example.com/e [default/default]",
    ]);
  });

  it('recognise axios by import, with instances and defaults', () => {
    expect(
      describeRequests(`
        import http from 'axios';
        const API = 'https://api.example.com';
        http.defaults.withCredentials = true;
        http.get(API + '/a');
        http.post(API + '/a', body, { withCredentials: false });
        const api = http.create({ baseURL: API });
        api.get('/me');
        api.get('https://other.example.net/x');
        api({ url: '/me', method: 'post' });
        const bare = http.create({ withCredentials: false });
        bare.get('/relative');
      `),
    ).toEqual([
      "axios call API + '/a' -> https://api.example.com/a [include/global]",
      "axios call API + '/a' -> https://api.example.com/a [off/call]",
      'axios instance baseURL: API -> https://api.example.com [include/global]',
      "axios call '/me' -> https://api.example.com/me [include/instance,via-instance]",
      "axios call 'https://other.example.net/x' -> https://other.example.net/x [include/instance]",
      "axios call '/me' -> https://api.example.com/me [include/instance,via-instance]",
      'axios instance http.create -> unknown [off/instance]',
      "axios call '/relative' -> relative [off/instance]",
    ]);
  });

  it('recognise require, renamed and default-named imports of axios, but not a local function named axios', () => {
    expect(
      describeRequests(`
        const a = require('axios');
        const { default: b } = require('axios');
        import { default as c } from 'axios';
        a.get('https://api.example.com/1');
        b('https://api.example.com/2');
        c.request({ url: 'https://api.example.com/3', withCredentials: true });
        function axios(url) { return url; }
        axios('https://api.example.com/4');
      `),
    ).toEqual([
      "axios call 'https://api.example.com/1' -> https://api.example.com/1 [default/default]",
      "axios call 'https://api.example.com/2' -> https://api.example.com/2 [default/default]",
      "axios call 'https://api.example.com/3' -> https://api.example.com/3 [include/call]",
    ]);
  });

  it('find instances made through the global object or a computed factory name, and none where nothing makes one', () => {
    expect(
      describeRequests(`
        const api = window.axios.create({ baseURL: 'https://api.example.com', withCredentials: true });
        api.get('/me');
      `),
    ).toEqual([
      "axios instance baseURL: 'https://api.example.com' -> https://api.example.com [include/instance]",
      "axios call '/me' -> https://api.example.com/me [include/instance,via-instance]",
    ]);
    expect(
      describeRequests(`
        import axios from 'axios';
        const make = 'create';
        const api = axios[make]({ baseURL: 'https://api.example.com' });
        api('/me');
      `),
    ).toEqual([
      "axios instance baseURL: 'https://api.example.com' -> https://api.example.com [default/default]",
      "axios call '/me' -> https://api.example.com/me [default/default,via-instance]",
    ]);
    // No factory call and no import of the project: `client` is never taken for an instance.
    expect(
      describeRequests(`
        import axios from 'axios';
        const client = makeClient();
        client.get('https://api.example.com/me');
        axios.get('https://api.example.com/you');
      `),
    ).toEqual(["axios call 'https://api.example.com/you' -> https://api.example.com/you [default/default]"]);
  });

  it('treat an instance with a request interceptor as unknown', () => {
    expect(
      describeRequests(`
        import axios from 'axios';
        const api = axios.create({ baseURL: 'https://api.example.com' });
        api.interceptors.request.use((config) => ({ ...config, withCredentials: true }));
      `),
    ).toEqual(["axios instance baseURL: 'https://api.example.com' -> https://api.example.com [unknown/instance,uncertain]"]);
  });

  it('read XMLHttpRequest, EventSource, ky, ofetch, jQuery and Angular HttpClient', () => {
    expect(
      describeRequests(`
        import ky from 'ky';
        import { ofetch } from 'ofetch';
        import $ from 'jquery';
        import { HttpClient } from '@angular/common/http';
        import { inject } from '@angular/core';
        const API = 'https://api.example.com';
        const xhr = new XMLHttpRequest();
        xhr.withCredentials = true;
        xhr.open('GET', API + '/x');
        new EventSource(API + '/events', { withCredentials: true });
        ky.post(API + '/k', { json: {} });
        const kyApi = ky.create({ prefixUrl: API, credentials: 'include' });
        kyApi.get('users');
        ofetch(API + '/o', { credentials: 'include' });
        const of = ofetch.create({ baseURL: API });
        $.ajax({ url: API + '/j', xhrFields: { withCredentials: true } });
        $.getJSON(API + '/j');
        class Service {
          private http = inject(HttpClient);
          constructor(private client: HttpClient, private other: Other) {}
          a() { return this.http.get(API + '/a', { withCredentials: true }); }
          b() { return this.client.put(API + '/b', {}); }
          c() { return this.other.get(API + '/c'); }
        }
      `),
    ).toEqual([
      "XMLHttpRequest call API + '/x' -> https://api.example.com/x [include/call]",
      "EventSource call API + '/events' -> https://api.example.com/events [include/call]",
      "ky call API + '/k' -> https://api.example.com/k [default/default]",
      "ky instance prefixUrl: API -> https://api.example.com [include/instance]",
      "ky call 'users' -> https://api.example.com/users [include/instance,via-instance]",
      "ofetch call API + '/o' -> https://api.example.com/o [include/call]",
      'ofetch instance baseURL: API -> https://api.example.com [default/default]',
      "jQuery call API + '/j' -> https://api.example.com/j [include/call]",
      "jQuery call API + '/j' -> https://api.example.com/j [default/default]",
      "HttpClient call API + '/a' -> https://api.example.com/a [include/call]",
      "HttpClient call API + '/b' -> https://api.example.com/b [default/default]",
    ]);
  });
});

describe('findings', () => {
  const settings = readCorsSettings({ cors: { credentialedApis: ['https://api.example.com', 'API_URL'] } });
  const none = readCorsSettings({});

  function missing(code: string, s = settings): string[] {
    const sourceCode = parseSnippet(code);
    const model = getCorsModel(sourceCode).requests;
    return model ? findMissingCredentials(model, s).map((f) => `${sourceCode.getText(f.request.target)} (${f.api}, ${f.configured ? 'configured' : 'inferred'})`) : [];
  }

  it('match configured prefixes and expressions', () => {
    expect(
      missing(`
        import { API_URL } from './env';
        fetch('https://api.example.com/me');
        fetch(\`\${API_URL}/me\`);
        fetch('https://api.example.com.evil.net/me');
        fetch('/me');
        fetch('https://api.example.com/me', { credentials: 'omit' });
      `),
    ).toEqual(["'https://api.example.com/me' (https://api.example.com, configured)", '`${API_URL}/me` (API_URL, configured)']);
  });

  it('infer credentialed bases from the module when nothing is configured', () => {
    expect(
      missing(
        `
        const API = 'https://accounts.example.com';
        fetch(\`\${API}/me\`, { credentials: 'include' });
        fetch(\`\${API}/prefs\`);
        fetch('https://news.example.com/latest');
        fetch(\`\${API}/token\`, { headers: { Authorization: 'Bearer x' } });
        function f(init) { return fetch(\`\${API}/x\`, init); }
      `,
        none,
      ),
    ).toEqual(['`${API}/prefs` (https://accounts.example.com, inferred)']);
  });

  it('do not infer from parameters, only from module-level bases', () => {
    expect(
      missing(
        `
        function a(url) { return fetch(url, { credentials: 'include' }); }
        function b(url) { return fetch(url); }
      `,
        none,
      ),
    ).toEqual([]);
  });

  it('report credentials to unlisted origins only when settings list something', () => {
    const code = `
      fetch('https://api.example.com/me', { credentials: 'include' });
      fetch('https://tracker.example.net/t', { credentials: 'include' });
      fetch('https://app.example.com/x', { credentials: 'include' });
      fetch(\`\${base}/x\`, { credentials: 'include' });
    `;
    const sourceCode = parseSnippet(code);
    const model = getCorsModel(sourceCode).requests!;
    const withSettings = readCorsSettings({
      cors: { credentialedApis: ['https://api.example.com/v1'], allowedOrigins: ['https://app.example.com'] },
    });
    expect(findUnlistedCredentials(model, withSettings).map((f) => f.origin)).toEqual(['https://tracker.example.net']);
    expect(findUnlistedCredentials(model, none)).toEqual([]);
  });
});

describe('server code', () => {
  it('has no client requests: credentials modes are a browser matter', () => {
    expect(describeRequests(`'use server';\nexport async function save() { await fetch('https://api.example.com/x'); }`)).toEqual([]);
    expect(describeRequests(`import { cookies } from 'next/headers';\nexport const load = () => fetch('https://api.example.com/x');`)).toEqual([]);
    expect(describeRequests(`const fs = require('node:fs');\nfetch('https://api.example.com/x');`)).toEqual([]);
    expect(describeRequests(`import express from 'express';\nimport axios from 'axios';\naxios.get('https://api.example.com/x');`)).toEqual([]);
  });

  it('still reads client modules that import only types or client libraries', () => {
    expect(describeRequests(`import type { Request } from 'express';\nfetch('https://api.example.com/x');`)).toEqual([
      "fetch call 'https://api.example.com/x' -> https://api.example.com/x [default/default]",
    ]);
  });
});

describe('laziness', () => {
  it('does not build the requests part for files without request APIs', () => {
    expect(REQUEST_API_TEXT.test('export const x = 1;')).toBe(false);
    expect(getCorsModel(parseSnippet('export const sum = (a: number, b: number) => a + b;')).requests).toBeNull();
    expect(getCorsModel(parseSnippet('const credentials = 1; export { credentials };')).requests).toBeNull();
    // `fetch` as a part of another word names no request API.
    expect(REQUEST_API_TEXT.test('const o = { fetchPriority: "high", prefetch: true, crossOrigin: "use-credentials" };')).toBe(false);
    expect(REQUEST_API_TEXT.test('const WasmLoadingType = { enum: ["fetch", "async-node"] };')).toBe(false);
    expect(REQUEST_API_TEXT.test("import fetch from 'node-fetch';")).toBe(true);
    expect(REQUEST_API_TEXT.test('const load = window.fetch;')).toBe(true);
    expect(REQUEST_API_TEXT.test("import unfetch from 'unfetch';")).toBe(true);
  });

  it('matches a configured API through matchApi', () => {
    const patterns = ['https://a.example.com', 'process.env.API'].map(parseApiPattern);
    expect(matchApi(url('https://a.example.com/x'), patterns)?.entry).toBe('https://a.example.com');
    expect(matchApi({ ...url('https://b.example.com'), kind: 'expression', baseTexts: ['process.env.API'] }, patterns)?.entry).toBe('process.env.API');
    expect(matchApi(url('https://b.example.com'), patterns)).toBeNull();
  });
});

describe('client API declarations', () => {
  /** How code reaches each API: an import of each module, each global, with each declared call. */
  function usesOf(api: (typeof CLIENT_APIS)[number]): string[] {
    const uses: string[] = [];
    const paths = [...Object.keys(api.calls).map((p) => ({ p, ctor: false })), ...Object.keys(api.constructs ?? {}).map((p) => ({ p, ctor: true }))];
    for (const entry of api.modules) {
      for (const name of entry.exports) {
        if (name === 'default') uses.push(`import client from '${entry.source}';`, `const client = require("${entry.source}");`);
        else uses.push(`import { ${name} } from '${entry.source}';`);
      }
    }
    for (const global of api.globals) {
      for (const { p, ctor } of paths) {
        const base = global.bare ? global.name : `window.${global.name}`;
        uses.push(`${ctor ? 'new ' : ''}${base}${p ? `.${p}` : ''}(url)`);
      }
    }
    return uses;
  }

  it('pass the text gate for every module, global and call they declare', () => {
    const missing = CLIENT_APIS.flatMap((api) =>
      usesOf(api).filter((use) => !api.text.test(use) || !REQUEST_API_TEXT.test(use)).map((use) => `${api.name}: ${use}`),
    );
    expect(missing).toEqual([]);
    expect(CLIENT_APIS.every((api) => usesOf(api).length > 0 || api.receiver)).toBe(true);
  });

  it('name every request call among the callees whose headers are request headers', () => {
    const names = new Set<string>();
    for (const api of CLIENT_APIS) {
      const specs = [...Object.entries(api.calls), ...Object.entries(api.constructs ?? {})];
      // A custom reader takes no options object.
      for (const [path] of specs.filter(([, spec]) => spec.kind !== 'custom')) {
        if (path !== '') names.add(path.split('.').at(-1)!);
        else {
          for (const global of api.globals) names.add(global.name);
          for (const entry of api.modules) {
            for (const name of entry.exports) if (name !== 'default') names.add(name);
            if (entry.exports.includes('default') && /^[a-z]+$/.test(entry.source)) names.add(entry.source);
          }
        }
      }
    }
    expect([...names].filter((name) => !REQUEST_CALLEES.has(name))).toEqual([]);
  });

  it('each declare one API name', () => {
    const names = CLIENT_APIS.map((api) => api.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('fetchers', () => {
  it('read the URL a fetcher gets at each place it is called or handed to SWR', () => {
    expect(
      describeRequests(`
        import useSWR from 'swr';
        const API = 'https://api.example.com';
        const fetcher = (url) => fetch(url).then((r) => r.json());
        export const useMe = () => useSWR(\`\${API}/me\`, fetcher);
        export const prefs = () => fetcher('https://api.example.com/prefs');
        export const local = () => fetcher('/api/local');
        export function getJSON(url) { return fetch(url, { credentials: 'include' }); }
        getJSON(\`\${API}/orders\`);
      `),
    ).toEqual([
      "fetch call `${API}/me` -> https://api.example.com/me [default/default]",
      "fetch call 'https://api.example.com/prefs' -> https://api.example.com/prefs [default/default]",
      "fetch call '/api/local' -> relative [default/default]",
      "fetch call `${API}/orders` -> https://api.example.com/orders [include/call]",
    ]);
  });

  it('stay unknown where the URL is not shown', () => {
    expect(
      describeRequests(`
        import useSWR from 'swr';
        export const fetcher = (url) => fetch(url);
        const other = (key) => fetch(key);
        register(other);
        useQuery({ queryKey: ['me'], queryFn: () => other(route) });
        const notSwr = (url) => fetch(url);
        someHook('https://api.example.com/x', notSwr);
      `),
    ).toEqual([
      'fetch call url -> {url} [default/default]',
      'fetch call route -> {route} [default/default]',
      'fetch call url -> {url} [default/default]',
    ]);
  });
});
