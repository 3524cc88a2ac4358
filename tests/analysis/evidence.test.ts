import { describe, expect, it } from 'vitest';
import { mayIncludeCredentials } from '../../src/analysis/client/evidence.js';
import { parseSnippet } from './analyze.js';

const maySend = (code: string): boolean => mayIncludeCredentials({ sourceCode: parseSnippet(code) });

describe('mayIncludeCredentials', () => {
  it.each([
    ["fetch(url, { credentials: 'include' });", 'fetch credentials include'],
    ["const mode = 'include';\nfetch(url, { credentials: mode });", 'a credentials mode held in a constant'],
    ["const credentials = 'include';\nfetch(url, { credentials });", 'a shorthand property'],
    ['axios.get(url, { withCredentials: true });', 'withCredentials true'],
    ['axios.get(url, { withCredentials: !0 });', 'minified true'],
    ["axios.get(url, { withCredentials: 'omit' });", 'a truthy string under withCredentials'],
    ['xhr.withCredentials = true;', 'an XHR assignment'],
    ["init.credentials ??= 'include';", 'a logical assignment'],
    ["init['credentials'] = 'include';", 'a computed key'],
    ["const KEY = 'withCredentials';\nxhr[KEY] = true;", 'a computed key held in a constant'],
    ["const KEY = 'credentials';\nconst init = { [KEY]: 'include' };", 'a computed property key held in a constant'],
    ["const KEY = 'withCredentials' as const;\nxhr[KEY] = true;", 'a constant key under a type assertion'],
    ["$.ajaxSetup({ xhrFields: { withCredentials: true } });", 'a nested jQuery setting'],
    ['request.get(url).withCredentials();', "superagent's withCredentials()"],
    ['request.get(url).withCredentials(true);', "superagent's withCredentials(true)"],
    ["const opts = { credentials: `include` };\nfetch(url, opts);", 'a template literal'],
  ])('true for %s (%s)', (code) => {
    expect(maySend(code)).toBe(true);
  });

  it.each([
    ["fetch(url, { credentials: 'omit' });", 'fetch credentials omit'],
    ["fetch(url, { credentials: 'same-origin' });", 'fetch credentials same-origin'],
    ['fetch(url, { credentials: undefined });', 'undefined'],
    ["fetch(url, { credentials: `omit` });", 'a template literal omit'],
    ['axios.get(url, { withCredentials: false });', 'withCredentials false'],
    ['var c = { async: true, withCredentials: !1 };', 'minified false'],
    ['xhr.withCredentials = false;', 'an XHR assignment of false'],
    ['xhr.withCredentials = config.withCredentials;', 'an assignment of a value not known here (read as unknown, never as sent)'],
    ['fetch(url, { credentials: mode });', 'a mode not known here'],
    ["fetch(url, { credentials: isDev ? 'include' : 'omit' });", 'a mode known only on some paths'],
    ["const KEY = 'withCredentials';\nxhr[KEY] = false;", 'a constant key set to false'],
    ['request.get(url).withCredentials(false);', "superagent's withCredentials(false)"],
    ['request.get(url).withCredentials(flag);', "superagent's withCredentials with a value not known here"],
    ["if ('withCredentials' in xhr) xhr.withCredentials = options.withCredentials;", 'feature detection'],
    ['const c = config.withCredentials;\nif (c) log(c);', 'a setting read, never written'],
    ["// send withCredentials: true for cookies\nfetch(url);", 'a comment'],
    ["throw new Error('missing credentials');", 'prose in a string'],
    ["const modes = new Set(['anonymous', 'use-credentials']);", "crossorigin's use-credentials"],
    ['function login(credentials) { return check(credentials.user); }', 'a parameter named credentials'],
    ['fetch(url);', 'no setting at all'],
  ])('false for %s (%s)', (code) => {
    expect(maySend(code)).toBe(false);
  });

  it('counts options, instances and set-up imported from a module of the project, when imports are followed', () => {
    const sourceCode = parseSnippet("import { api } from './api';\napi.get('/me');");
    expect(mayIncludeCredentials({ sourceCode })).toBe(false);
    expect(mayIncludeCredentials({ sourceCode, parseModule: () => null })).toBe(true);
  });
});
