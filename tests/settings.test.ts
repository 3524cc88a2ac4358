import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { CorsSettingsError, readCorsSettings } from '../src/settings.js';

describe('readCorsSettings', () => {
  it('defaults to empty lists when settings.cors is absent', () => {
    expect(readCorsSettings(undefined)).toEqual({ allowedOrigins: [], credentialedApis: [] });
    expect(readCorsSettings({ other: 1 })).toEqual({ allowedOrigins: [], credentialedApis: [] });
  });

  it('reads both settings', () => {
    const settings = readCorsSettings({
      cors: {
        allowedOrigins: ['https://app.example.com', 'http://localhost:3000'],
        credentialedApis: ['https://api.example.com/v1/', 'process.env.API_URL', 'API_BASE'],
      },
    });
    expect(settings.allowedOrigins).toEqual(['https://app.example.com', 'http://localhost:3000']);
    expect(settings.credentialedApis).toEqual(['https://api.example.com/v1/', 'process.env.API_URL', 'API_BASE']);
  });

  it('reads one settings object once', () => {
    const cors = { allowedOrigins: ['https://app.example.com'] };
    expect(readCorsSettings({ cors })).toBe(readCorsSettings({ cors }));
  });

  it.each([
    [{ cors: 'https://app.example.com' }, 'settings.cors: expected an object, got "https://app.example.com"'],
    [{ cors: [] }, 'settings.cors: expected an object, got an array'],
    [{ cors: { allowedOrigin: [] } }, 'unknown key "allowedOrigin"'],
    [{ cors: { allowedOrigins: 'https://app.example.com' } }, 'settings.cors.allowedOrigins: expected an array of strings'],
    [{ cors: { allowedOrigins: [42] } }, 'settings.cors.allowedOrigins[0]: expected a non-empty string, got number'],
    [{ cors: { allowedOrigins: ['https://app.example.com/'] } }, 'allowedOrigins[0]: "https://app.example.com/" is not an origin'],
    [{ cors: { allowedOrigins: ['https://a.example.com', 'app.example.com'] } }, 'allowedOrigins[1]: "app.example.com" is not an origin'],
    [{ cors: { allowedOrigins: ['https://app.example.com/login'] } }, 'is not an origin'],
    [{ cors: { credentialedApis: [''] } }, 'settings.cors.credentialedApis[0]: expected a non-empty string'],
    [{ cors: { credentialedApis: ['https://'] } }, 'credentialedApis[0]: "https://" is not a URL prefix'],
  ])('rejects %j with a message naming the setting', (settings, message) => {
    expect(() => readCorsSettings(settings)).toThrow(CorsSettingsError);
    expect(() => readCorsSettings(settings)).toThrow(message);
  });

  it('stops a lint run with the settings message, not a stack from inside a rule', () => {
    const linter = new Linter({ configType: 'flat' });
    const run = () =>
      linter.verify("res.setHeader('Access-Control-Allow-Origin', '*');", [
        {
          plugins: { cors: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
          rules: { 'cors/no-wildcard-origin-with-credentials': 'error' },
          settings: { cors: { allowedOrigins: ['https://app.example.com/'] } },
        },
      ]);
    expect(run).toThrow(/eslint-plugin-cors: invalid settings\.cors\.allowedOrigins\[0\]/);
  });
});
