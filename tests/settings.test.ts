import fs from 'node:fs';
import path from 'node:path';
import { Linter, SourceCode } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { CorsSettingsError, readCorsSettings } from '../src/settings.js';

const corsPlugin = plugin as unknown as NonNullable<Linter.Config['plugins']>[string];

/** Lints one line with every rule of the plugin and the given `settings.cors`. */
function lint(cors: unknown): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const rules = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`cors/${name}`, 'error' as const]));
  return linter.verify("res.setHeader('Access-Control-Allow-Origin', '*');\nfetch('https://api.example.com/me');\n", [
    { plugins: { cors: corsPlugin }, rules, settings: { cors } },
  ]);
}

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('readCorsSettings', () => {
  it('defaults to empty lists when settings.cors is absent', () => {
    expect(readCorsSettings(undefined)).toEqual({ allowedOrigins: [], credentialedApis: [] });
    expect(readCorsSettings({ other: 1 })).toEqual({ allowedOrigins: [], credentialedApis: [] });
    expect(readCorsSettings({ cors: {} })).toEqual({ allowedOrigins: [], credentialedApis: [] });
  });

  it('reads both settings in every accepted form', () => {
    const allowedOrigins = ['https://app.example.com', 'http://localhost:3000', 'https://[::1]:8443', 'http://127.0.0.1:8080', 'https://a-b.example.co.uk'];
    const credentialedApis = [
      'https://api.example.com/v1/',
      'HTTPS://API.example.com',
      'http://localhost:8080/api',
      'process.env.API_URL',
      'API_BASE',
      'import.meta.env.VITE_API_URL',
      "env['API']",
      'config?.api.baseUrl!',
      'this.baseUrl',
    ];
    const settings = readCorsSettings({ cors: { allowedOrigins, credentialedApis } });
    expect(settings.allowedOrigins).toEqual(allowedOrigins);
    expect(settings.credentialedApis).toEqual(credentialedApis);
  });

  it('gives equal settings one frozen object', () => {
    const first = readCorsSettings({ cors: { allowedOrigins: ['https://app.example.com'] } });
    expect(readCorsSettings({ cors: { allowedOrigins: ['https://app.example.com'] } })).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.allowedOrigins)).toBe(true);
  });

  it('reads a settings object edited in place afresh', () => {
    const cors = { allowedOrigins: ['https://app.example.com'] };
    expect(readCorsSettings({ cors }).allowedOrigins).toEqual(['https://app.example.com']);
    cors.allowedOrigins[0] = 'https://admin.example.com';
    expect(readCorsSettings({ cors }).allowedOrigins).toEqual(['https://admin.example.com']);
    cors.allowedOrigins.push('https://*.example.com');
    expect(() => readCorsSettings({ cors })).toThrow('settings.cors.allowedOrigins[1] = "https://*.example.com"');
  });

  it('sees keys added, removed or replaced on the same settings object', () => {
    const cors: Record<string, unknown> = { allowedOrigins: ['https://app.example.com'] };
    const first = readCorsSettings({ cors });
    expect(readCorsSettings({ cors })).toBe(first);
    cors.credentialedApis = ['https://api.example.com'];
    expect(readCorsSettings({ cors }).credentialedApis).toEqual(['https://api.example.com']);
    delete cors.allowedOrigins;
    expect(readCorsSettings({ cors }).allowedOrigins).toEqual([]);
    cors.credentialedApis = ['https://other.example.com'];
    expect(readCorsSettings({ cors }).credentialedApis).toEqual(['https://other.example.com']);
    cors.credentialedApis = 'https://api.example.com';
    expect(() => readCorsSettings({ cors })).toThrow('settings.cors.credentialedApis = "https://api.example.com": not an array');
  });

  it.each([
    [{ cors: 'https://app.example.com' }, 'settings.cors = "https://app.example.com": not a plain object'],
    [{ cors: [] }, 'settings.cors = an array: not a plain object'],
    [{ cors: null }, 'settings.cors = null: not a plain object'],
    [{ cors: new Map() }, 'settings.cors = a Map: not a plain object'],
    [{ cors: { allowedOrigin: [] } }, 'settings.cors has the unknown key "allowedOrigin"'],
    [{ cors: { allowedOrigins: 'https://app.example.com' } }, 'settings.cors.allowedOrigins = "https://app.example.com": not an array'],
    [{ cors: { allowedOrigins: [42] } }, 'settings.cors.allowedOrigins[0] = 42: not a non-empty string'],
    [{ cors: { allowedOrigins: [/example/] } }, 'settings.cors.allowedOrigins[0] = a RegExp /example/: not a non-empty string'],
    [{ cors: { credentialedApis: [''] } }, 'settings.cors.credentialedApis[0] = "": not a non-empty string'],
    [{ cors: { credentialedApis: ['https://api.example.com', undefined] } }, 'settings.cors.credentialedApis[1] = undefined'],
  ])('rejects the shape %j', (settings, message) => {
    expect(() => readCorsSettings(settings)).toThrow(CorsSettingsError);
    expect(() => readCorsSettings(settings)).toThrow(message);
  });

  it.each([
    // eslint-disable-next-line no-sparse-arrays
    [{ allowedOrigins: [, 'https://app.example.com'] }, 'settings.cors.allowedOrigins[0] is an empty slot: the array has a hole'],
    // eslint-disable-next-line no-sparse-arrays
    [{ credentialedApis: ['https://api.example.com', , 'API_URL'] }, 'settings.cors.credentialedApis[1] is an empty slot'],
  ])('rejects holes in %j', (cors, message) => {
    expect(() => readCorsSettings({ cors })).toThrow(message);
    // Through ESLint the array keeps its hole; every rule stops with the same message instead of a TypeError.
    expect(() => lint(cors)).toThrow(message);
  });

  const ORIGIN_FORM = 'Expected an origin: "http(s)://host[:port]", lower case, no path';
  it.each([
    ['https://*.example.com', 'wildcards never match'],
    ['*', 'wildcards never match'],
    ['https://App.Example.com', 'browsers send origins in lower case; write "https://app.example.com"'],
    ['HTTPS://app.example.com', 'browsers send origins in lower case; write "https://app.example.com"'],
    ['https://app.example.com:0', 'the port 0 is outside 1-65535'],
    ['https://app.example.com:65536', 'the port 65536 is outside 1-65535'],
    ['https://app.example.com:http', 'the port "http" is not a number'],
    ['https://app.example.com:', 'the port "" is not a number'],
    ['https://app.example.com:443', 'browsers leave the default port 443 out of origins; write "https://app.example.com"'],
    ['http://app.example.com:80', 'browsers leave the default port 80 out of origins; write "http://app.example.com"'],
    ['https://app.example.com:08443', 'without leading zeros; write "https://app.example.com:8443"'],
    ['https://user:pw@app.example.com', 'user names and passwords are never part of an origin; write "https://app.example.com"'],
    ['ftp://app.example.com', 'pages with the scheme "ftp:" never make CORS requests'],
    ['chrome-extension://abcdef', 'only http and https origins'],
    ['https://bücher.example', 'punycode; write "https://xn--bcher-kva.example"'],
    ['https://${APP_HOST}', 'a `${...}` placeholder stays literal text'],
    ['https://app.example.com/', 'origins have no trailing slash; write "https://app.example.com"'],
    ['https://app.example.com/login', 'origins have no path, query or fragment; write "https://app.example.com"'],
    ['https://app.example.com?x=1', 'origins have no path, query or fragment'],
    ['app.example.com', 'there is no scheme; write "https://app.example.com"'],
    ['localhost:3000', 'there is no scheme; write "https://localhost:3000"'],
    ['null', 'the opaque origin "null"'],
    [' https://app.example.com', 'white space never matches; write "https://app.example.com"'],
    ['https://', 'there is no host'],
    ['https://app example.com', 'white space never matches'],
    ['https://app!.example.com', '"app!.example.com" is not a host name'],
    ['http://0x7f.0.0.1', 'browsers never send this origin; write "http://127.0.0.1"'],
    ['example', 'not an origin'],
  ])('rejects the origin %j', (origin, problem) => {
    const error = errorOf(() => readCorsSettings({ cors: { allowedOrigins: ['https://ok.example.com', origin] } }));
    expect(error).toBeInstanceOf(CorsSettingsError);
    expect(error.message).toContain(`eslint-plugin-cors: invalid settings.cors.allowedOrigins[1] = ${JSON.stringify(origin)}: `);
    expect(error.message).toContain(problem);
    expect(error.message).toContain(ORIGIN_FORM);
  });

  const API_FORM = 'Expected a URL prefix such as "https://api.example.com" or "https://example.com/api/", or a base-URL expression';
  it.each([
    ['api.example.com', 'there is no scheme; write "https://api.example.com"'],
    ['api.example.com/v1', 'there is no scheme; write "https://api.example.com/v1"'],
    ['localhost:8080', 'there is no scheme'],
    ['*', 'wildcards never match'],
    ['https://*.example.com', 'wildcards never match'],
    ['(', 'neither an absolute URL nor an expression'],
    ['fetch()', 'neither an absolute URL nor an expression'],
    ['^https://api\\.example\\.com', 'not as regular expressions'],
    ['/api\\.example\\.com/', 'not as regular expressions'],
    ['https://api\\.example\\.com', 'not as regular expressions'],
    ['/api/', 'a relative URL stays on the page\'s own origin'],
    ['//api.example.com', 'protocol-relative URLs are not matched; name the scheme; write "https://api.example.com"'],
    ['ws://api.example.com', 'requests to "ws:" URLs are not CORS requests'],
    ['https://', 'there is no host'],
    ['https://api.example.com:99999', 'outside 1-65535'],
    ['https://api.example.com:443/v1', 'default port 443 out of origins; write "https://api.example.com/v1"'],
    ['https://u:p@api.example.com', 'user names and passwords'],
    ['https://${API_HOST}/v1', 'placeholder'],
    ['`${API_URL}`', 'placeholder'],
  ])('rejects the credentialed API %j', (api, problem) => {
    const error = errorOf(() => readCorsSettings({ cors: { credentialedApis: [api] } }));
    expect(error).toBeInstanceOf(CorsSettingsError);
    expect(error.message).toContain(`eslint-plugin-cors: invalid settings.cors.credentialedApis[0] = ${JSON.stringify(api)}: `);
    expect(error.message).toContain(problem);
    expect(error.message).toContain(API_FORM);
  });

  it('is one line whose stack is the message itself, with no trace from inside the plugin', () => {
    const error = errorOf(() => readCorsSettings({ cors: { allowedOrigins: ['https://app.example.com/'] } }));
    expect(error.message).not.toContain('\n');
    expect(error.stack).toBe(error.message);
  });

  it('stops a lint run with the settings message, and ESLint\'s additions do not reach the stack it prints', () => {
    const error = errorOf(() => lint({ allowedOrigins: ['https://app.example.com/'] }));
    expect(error.message).toMatch(/eslint-plugin-cors: invalid settings\.cors\.allowedOrigins\[0\] = "https:\/\/app\.example\.com\/"/);
    expect(error.stack).toMatch(/^eslint-plugin-cors: invalid settings\.cors\.allowedOrigins\[0\][^\n]*$/);
  });

  it('is the message the README shows', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const error = errorOf(() => readCorsSettings({ cors: { allowedOrigins: ['https://*.example.com'] } }));
    expect(readme).toContain(`\n${error.message}\n`);
  });

  it('uses settings edited in place between lint runs', () => {
    const cors = { allowedOrigins: ['https://app.example.com'] };
    expect(lint(cors).filter((m) => m.fatal)).toEqual([]);
    cors.allowedOrigins.push('https://*.example.com');
    expect(() => lint(cors)).toThrow('settings.cors.allowedOrigins[1] = "https://*.example.com"');
  });
});

describe('settings of one lint', () => {
  const linter = new Linter({ configType: 'flat' });
  const config = (cors: unknown): Linter.Config[] => [{ plugins: { cors: corsPlugin }, rules: { 'cors/require-request-credentials': 'error' }, settings: { cors } }];
  const reported = (code: string | InstanceType<typeof SourceCode>, cors: unknown) =>
    linter.verify(code, config(cors)).map((m) => m.ruleId);

  it('decide every gate of that lint, even for a source code linted before with other settings', () => {
    linter.verify("fetch('https://api.example.com/me');\n", config({}));
    const sourceCode = linter.getSourceCode();
    const listed = { credentialedApis: ['https://api.example.com'] };
    // Nothing names credentials: only the configured API brings the file in.
    expect(reported(sourceCode, {})).toEqual([]);
    expect(reported(sourceCode, listed)).toEqual(['cors/require-request-credentials']);
    expect(reported(sourceCode, {})).toEqual([]);
  });
});
