/**
 * Client set-up in other modules: instances imported from another file, and
 * app-wide axios defaults, axios interceptors and Angular interceptors
 * registered in the app's entry or config, read when a request is judged.
 */
import fs from 'node:fs';
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { temporaryProjects } from '../temp-project.js';
import rule from '../../src/rules/require-request-credentials.js';

const project = temporaryProjects('cors-clients-');

/** The findings of require-request-credentials on `file`, as `line:column messageId`, with whether a fix is offered. */
function lint(dir: string, file: string): string[] {
  const linter = new Linter({ configType: 'flat', cwd: dir });
  const messages = linter.verify(
    fs.readFileSync(path.join(dir, file), 'utf8'),
    [
      {
        files: ['**/*.ts', '**/*.js'],
        languageOptions: { parser, sourceType: 'module' },
        plugins: { cors: { rules: { 'require-request-credentials': rule } } as never },
        settings: { cors: { credentialedApis: ['https://api.example.com'] } },
        rules: { 'cors/require-request-credentials': 'error' },
      },
    ],
    path.join(dir, file),
  );
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => `${m.line}:${m.column} ${m.messageId}${m.fix ? ' fix' : ''}`);
}

const ANGULAR_SERVICE = `import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
@Injectable({ providedIn: 'root' })
export class UserService {
  constructor(private http: HttpClient) {}
  me() { return this.http.get('https://api.example.com/me'); }
}
`;

describe('client set-up in other modules', () => {
  it('reads an axios instance imported from another module', () => {
    const dir = project({
      'src/api.ts': `import axios from 'axios';\nexport const api = axios.create({ baseURL: 'https://api.example.com', withCredentials: true });\n`,
      'src/plain.ts': `import axios from 'axios';\nexport const plain = axios.create({ baseURL: 'https://api.example.com' });\n`,
      'src/user.ts': `import { api } from './api';\nimport { plain } from './plain';\napi.get('https://api.example.com/me');\nplain.get('https://api.example.com/me');\nplain.get('/prefs');\n`,
    });
    // The credentialed instance answers for its call; the plain one does not send cookies to an absolute URL.
    expect(lint(dir, 'src/user.ts')).toEqual(['4:11 missingCredentials fix']);
  });

  it('treats an imported instance whose module changes instances later as unknown', () => {
    const dir = project({
      'src/api.ts': `import axios from 'axios';\nexport const api = axios.create({ baseURL: 'https://api.example.com' });\napi.interceptors.request.use(addSession);\n`,
      'src/user.ts': `import { api } from './api';\napi.get('https://api.example.com/me');\n`,
    });
    expect(lint(dir, 'src/user.ts')).toEqual([]);
  });

  it('reads axios defaults set in the app entry', () => {
    const dir = project({
      'src/main.ts': `import axios from 'axios';\naxios.defaults.withCredentials = true;\n`,
      'src/components/user.ts': `import axios from 'axios';\naxios.get('https://api.example.com/me');\n`,
    });
    expect(lint(dir, 'src/components/user.ts')).toEqual([]);
    const without = project({ 'src/components/user.ts': `import axios from 'axios';\naxios.get('https://api.example.com/me');\n` });
    expect(lint(without, 'src/components/user.ts')).toEqual(['2:11 missingCredentials fix']);
    // Set-up is looked for up to the package root only.
    const outside = project({
      'main.ts': `import axios from 'axios';\naxios.defaults.withCredentials = true;\n`,
      'web/package.json': '{}',
      'web/src/user.ts': `import axios from 'axios';\naxios.get('https://api.example.com/me');\n`,
    });
    expect(lint(outside, 'web/src/user.ts')).toEqual(['2:11 missingCredentials fix']);
  });

  it('reads an axios interceptor in the bootstrap module: one that adds credentials, one that does not', () => {
    const on = project({
      'resources/js/bootstrap.js': `import axios from 'axios';\nwindow.axios = axios;\naxios.interceptors.request.use((config) => ({ ...config, withCredentials: true }));\n`,
      'resources/js/components/user.js': `import axios from 'axios';\naxios.get('https://api.example.com/me');\n`,
    });
    expect(lint(on, 'resources/js/components/user.js')).toEqual([]);
    const off = project({
      'resources/js/bootstrap.js': `import axios from 'axios';\naxios.interceptors.request.use((config) => { config.headers['X-Requested-With'] = 'XMLHttpRequest'; return config; });\n`,
      'resources/js/components/user.js': `import axios from 'axios';\naxios.get('https://api.example.com/me');\n`,
    });
    expect(lint(off, 'resources/js/components/user.js')).toEqual(['2:11 missingCredentials fix']);
  });

  it('reads Angular functional interceptors registered in app.config.ts', () => {
    const config = (interceptor: string) => ({
      'src/app/app.config.ts': `import { provideHttpClient, withInterceptors } from '@angular/common/http';\nimport { credentialsInterceptor } from './credentials.interceptor';\nexport const appConfig = { providers: [provideHttpClient(withInterceptors([credentialsInterceptor]))] };\n`,
      'src/app/credentials.interceptor.ts': `import type { HttpInterceptorFn } from '@angular/common/http';\nexport const credentialsInterceptor: HttpInterceptorFn = (req, next) => next(${interceptor});\n`,
      'src/app/user.service.ts': ANGULAR_SERVICE,
    });
    expect(lint(project(config('req.clone({ withCredentials: true })')), 'src/app/user.service.ts')).toEqual([]);
    expect(lint(project(config("req.clone({ setHeaders: { 'X-Client': 'web' } })")), 'src/app/user.service.ts')).toEqual(['6:31 missingCredentials fix']);
  });

  it('reads Angular class interceptors provided with HTTP_INTERCEPTORS in app.module.ts', () => {
    const dir = project({
      'src/app/app.module.ts': `import { NgModule } from '@angular/core';\nimport { HTTP_INTERCEPTORS } from '@angular/common/http';\nimport { CredentialsInterceptor } from './credentials.interceptor';\n@NgModule({ providers: [{ provide: HTTP_INTERCEPTORS, useClass: CredentialsInterceptor, multi: true }] })\nexport class AppModule {}\n`,
      'src/app/credentials.interceptor.ts': `export class CredentialsInterceptor {\n  intercept(req, next) { return next.handle(req.clone({ withCredentials: true })); }\n}\n`,
      'src/app/user.service.ts': ANGULAR_SERVICE,
    });
    expect(lint(dir, 'src/app/user.service.ts')).toEqual([]);
  });

  it('stays quiet, without a fix, when a registered interceptor cannot be read', () => {
    const dir = project({
      'src/app/app.config.ts': `import { provideHttpClient, withInterceptors } from '@angular/common/http';\nimport { interceptors } from 'some-package';\nexport const appConfig = { providers: [provideHttpClient(withInterceptors(interceptors))] };\n`,
      'src/app/user.service.ts': ANGULAR_SERVICE,
    });
    expect(lint(dir, 'src/app/user.service.ts')).toEqual([]);
  });
});
