/**
 * App-wide client set-up in modules the linted module does not import: the
 * app's entry modules and what they import for side effect or to register
 * set-up (axios defaults and interceptors, on axios or on an instance, Angular
 * interceptors), read on disk. Every report is stated with its full location
 * and the exact output of its fix and suggestions.
 */
import fs from 'node:fs';
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { temporaryProjects } from '../temp-project.js';
import requireCredentials from '../../src/rules/require-request-credentials.js';
import unlistedOrigin from '../../src/rules/no-credentials-to-unlisted-origin.js';

const project = temporaryProjects('cors-app-setup-');
afterEach(() => vi.restoreAllMocks());

interface Edit {
  range: [number, number];
  text: string;
}

function applyEdit(text: string, fix: Edit): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

interface Finding {
  at: string;
  messageId: string | undefined;
  output?: string;
  suggestions?: { messageId: string | undefined; output: string }[];
}

const RULES = { 'require-request-credentials': requireCredentials, 'no-credentials-to-unlisted-origin': unlistedOrigin };

/** The findings of one rule on `file`: location, message, and the file as its fix and each suggestion leave it. */
function lint(dir: string, file: string, rule: keyof typeof RULES = 'require-request-credentials', settings: object = { credentialedApis: ['https://api.example.com'] }): Finding[] {
  const linter = new Linter({ configType: 'flat', cwd: dir });
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const messages = linter.verify(
    text,
    [
      {
        files: ['**/*.ts', '**/*.js', '**/*.tsx'],
        languageOptions: { parser, sourceType: 'module' },
        plugins: { cors: { rules: RULES } as never },
        settings: { cors: settings },
        rules: { [`cors/${rule}`]: 'error' },
      },
    ],
    path.join(dir, file),
  );
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => ({
    at: `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`,
    messageId: m.messageId,
    ...(m.fix ? { output: applyEdit(text, m.fix) } : {}),
    ...(m.suggestions?.length ? { suggestions: m.suggestions.map((s) => ({ messageId: s.messageId, output: applyEdit(text, s.fix) })) } : {}),
  }));
}

const AXIOS_USER = `import axios from 'axios';\nexport const me = () => axios.get('https://api.example.com/me');\n`;
const AXIOS_USER_FIXED = `import axios from 'axios';\nexport const me = () => axios.get('https://api.example.com/me', { withCredentials: true });\n`;
const MISSING_AXIOS: Finding = { at: '2:35-2:63', messageId: 'missingCredentials', output: AXIOS_USER_FIXED };

describe('axios set-up imported by the entry module', () => {
  it('reads an interceptor module the entry imports for its side effect', () => {
    const files = (body: string) => ({
      'src/main.ts': `import './api/interceptors';\nimport { createApp } from 'vue';\ncreateApp({}).mount('#app');\n`,
      'src/api/interceptors.ts': `import axios from 'axios';\naxios.interceptors.request.use((config) => ${body});\n`,
      'src/components/user.ts': AXIOS_USER,
    });
    expect(lint(project(files('({ ...config, withCredentials: true })')), 'src/components/user.ts')).toEqual([]);
    // An interceptor that adds only a header leaves the request without cookies.
    const header = project(files(`{ config.headers.Authorization = 'Bearer ' + localStorage.token; return config; }`));
    expect(lint(header, 'src/components/user.ts')).toEqual([MISSING_AXIOS]);
  });

  it('without settings, an interceptor that adds a token header does not excuse a request beside a credentialed one', () => {
    const user = `import axios from 'axios';\nexport const me = () => axios.get('https://api.example.com/me', { withCredentials: true });\nexport const cart = () => axios.get('https://api.example.com/cart');\n`;
    const dir = project({
      'src/main.ts': `import './api/interceptors';\n`,
      'src/api/interceptors.ts': `import axios from 'axios';\naxios.interceptors.request.use((config) => { config.headers.Authorization = 'Bearer ' + localStorage.token; return config; });\n`,
      'src/user.ts': user,
    });
    expect(lint(dir, 'src/user.ts', 'require-request-credentials', {})).toEqual([
      {
        at: '3:37-3:67',
        messageId: 'missingCredentials',
        suggestions: [{ messageId: 'addCredentials', output: user.replace(`cart')`, `cart', { withCredentials: true })`) }],
      },
    ]);
  });

  it('reads axios defaults in a module imported for side effect by index.js, pages/_app.tsx and app/layout.tsx', () => {
    const setup = `import axios from 'axios';\naxios.defaults.withCredentials = true;\n`;
    const cra = project({ 'src/index.js': `import './setupAxios';\nimport App from './App';\n`, 'src/App.js': 'export default 1;\n', 'src/setupAxios.js': setup, 'src/user.ts': AXIOS_USER });
    expect(lint(cra, 'src/user.ts')).toEqual([]);
    const pages = project({ 'pages/_app.tsx': `import '../lib/setupAxios';\nexport default function App() { return null; }\n`, 'lib/setupAxios.ts': setup, 'lib/user.ts': AXIOS_USER });
    expect(lint(pages, 'lib/user.ts')).toEqual([]);
    const layout = project({ 'src/app/layout.tsx': `import '@/lib/setup-axios';\nexport default function Layout() { return null; }\n`, 'tsconfig.json': `{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }`, 'src/lib/setup-axios.ts': setup, 'src/app/profile/user.ts': AXIOS_USER });
    expect(lint(layout, 'src/app/profile/user.ts')).toEqual([]);
    // Defaults that turn credentials off are no reason for quiet.
    const off = project({ 'src/index.js': `import './setupAxios';\n`, 'src/setupAxios.js': setup.replace('true', 'false'), 'src/user.ts': AXIOS_USER });
    expect(lint(off, 'src/user.ts')).toEqual([MISSING_AXIOS]);
  });

  it('reads set-up the root component imports for its side effect', () => {
    const files = (component: string) => ({
      'src/main.tsx': `import { createRoot } from 'react-dom/client';\nimport App from './App';\ncreateRoot(document.body).render(App());\n`,
      'src/App.tsx': component === 'App' ? `import './lib/axios';\nexport default function App() { return null; }\n` : `import { Layout } from './Layout';\nexport default function App() { return Layout(); }\n`,
      'src/Layout.tsx': `import './theme';\nexport function Layout() { return null; }\n`,
      'src/theme.ts': `document.body.dataset.theme = 'dark';\n`,
      'src/lib/axios.ts': `import axios from 'axios';\naxios.defaults.withCredentials = true;\n`,
      'src/user.ts': AXIOS_USER,
    });
    expect(lint(project(files('App')), 'src/user.ts')).toEqual([]);
    expect(lint(project(files('Layout')), 'src/user.ts')).toEqual([MISSING_AXIOS]);
  });

  it('reads a set-up function the entry imports by name, and the package.json main entry', () => {
    const setup = `import axios from 'axios';\nexport function setupAxios() {\n  axios.defaults.withCredentials = true;\n}\n`;
    const named = project({ 'src/main.ts': `import { setupAxios } from './http/setup';\nsetupAxios();\n`, 'src/http/setup.ts': setup, 'src/user.ts': AXIOS_USER });
    expect(lint(named, 'src/user.ts')).toEqual([]);
    const main = project({ 'package.json': '{ "main": "client/start.js" }', 'client/start.js': `require('./axios-setup');\n`, 'client/axios-setup.js': setup, 'client/views/user.ts': AXIOS_USER });
    expect(lint(main, 'client/views/user.ts')).toEqual([]);
  });

  it('reads an interceptor registered on an instance exported from lib/http.ts', () => {
    const files = (body: string) => ({
      'src/main.ts': `import './lib/interceptors';\n`,
      'src/lib/http.ts': `import axios from 'axios';\nexport const http = axios.create({ baseURL: 'https://api.example.com' });\n`,
      'src/lib/interceptors.ts': `import { http } from './http';\nhttp.interceptors.request.use((config) => ${body});\n`,
      'src/features/user.ts': `import { http } from '../lib/http';\nexport const me = () => http.get('/me');\n`,
    });
    const on = project(files('({ ...config, withCredentials: true })'));
    expect(lint(on, 'src/features/user.ts')).toEqual([]);
    // The instance's own module, read as the linted file, is matched with the instance the set-up module imports.
    expect(lint(on, 'src/lib/http.ts')).toEqual([]);
    const assigned = project(files('{ config.withCredentials = true; return config; }'));
    expect(lint(assigned, 'src/lib/http.ts')).toEqual([]);
    const header = project(files(`{ config.headers['X-Client'] = 'web'; return config; }`));
    // The instance lives in another module: its report is there, and this call has nothing of its own to fix.
    expect(lint(header, 'src/features/user.ts')).toEqual([]);
    expect(lint(header, 'src/lib/http.ts')).toEqual([
      {
        at: '2:36-2:70',
        messageId: 'instanceMissingCredentials',
        output: `import axios from 'axios';\nexport const http = axios.create({ baseURL: 'https://api.example.com', withCredentials: true });\n`,
      },
    ]);
  });

  it('reads axios defaults for an instance made in a module the linted one imports, without naming axios', () => {
    const files = (value: string) => ({
      'src/main.ts': `import './setup';\n`,
      'src/setup.ts': `import axios from 'axios';\naxios.defaults.withCredentials = ${value};\n`,
      'src/lib/http.ts': `import axios from 'axios';\nexport const http = axios.create();\n`,
      'src/features/user.ts': `import { http } from '../lib/http';\nexport const me = () => http.get('https://api.example.com/me');\n`,
    });
    expect(lint(project(files('true')), 'src/features/user.ts')).toEqual([]);
    expect(lint(project(files('false')), 'src/features/user.ts')).toEqual([
      {
        at: '2:34-2:62',
        messageId: 'missingCredentials',
        output: `import { http } from '../lib/http';\nexport const me = () => http.get('https://api.example.com/me', { withCredentials: true });\n`,
      },
    ]);
  });

  it('reads a configured instance exported from lib/http.ts', () => {
    const dir = project({
      'src/lib/http.ts': `import axios from 'axios';\n\nexport const http = axios.create({\n  baseURL: 'https://api.example.com',\n  withCredentials: true,\n});\n`,
      'src/features/user.ts': `import { http } from '../lib/http';\nexport const me = () => http.get('https://api.example.com/me');\n`,
    });
    expect(lint(dir, 'src/features/user.ts')).toEqual([]);
  });
});

describe('set-up that cannot be read in full is unknown', () => {
  it('stays quiet when a module imported for side effect is missing, unparsable or past the search', () => {
    const missing = project({ 'src/main.ts': `import './api/interceptors';\n`, 'src/user.ts': AXIOS_USER });
    expect(lint(missing, 'src/user.ts')).toEqual([]);
    const broken = project({ 'src/main.ts': `import './api/interceptors';\n`, 'src/api/interceptors.ts': `import axios from 'axios';\naxios.interceptors.request.use((c) => ({ ...c, withCredentials: true });\n`, 'src/user.ts': AXIOS_USER });
    expect(lint(broken, 'src/user.ts')).toEqual([]);
    // Five imports deep: past the search, and the module registers an interceptor.
    const chain: Record<string, string> = { 'src/main.ts': `import './s1';\n`, 'src/user.ts': AXIOS_USER };
    for (let i = 1; i < 5; i++) chain[`src/s${i}.ts`] = `import './s${i + 1}';\n`;
    chain['src/s5.ts'] = `import axios from 'axios';\naxios.interceptors.request.use((c) => ({ ...c, withCredentials: true }));\n`;
    expect(lint(project(chain), 'src/user.ts')).toEqual([]);
  });

  it('still reports when what the search could not reach holds no set-up', () => {
    const dir = project({
      'src/main.ts': `import './styles.css';\nimport 'zone.js';\nimport './s1';\n`,
      'src/styles.css': 'body { color: red }\n',
      'src/s1.ts': `import './s2';\n`,
      'src/s2.ts': `import './s3';\n`,
      'src/s3.ts': `import './s4';\n`,
      'src/s4.ts': `export const theme = 'dark';\n`,
      'src/user.ts': AXIOS_USER,
    });
    expect(lint(dir, 'src/user.ts')).toEqual([MISSING_AXIOS]);
  });

  it('does not search for set-up when no request would be reported', () => {
    const dir = project({ 'src/main.ts': `import './api/interceptors';\n`, 'src/user.ts': `import axios from 'axios';\naxios.get('https://api.example.com/me', { withCredentials: true });\n` });
    const listed = vi.spyOn(fs, 'readdirSync');
    expect(lint(dir, 'src/user.ts')).toEqual([]);
    expect(listed.mock.calls.filter(([d]) => String(d).startsWith(dir))).toEqual([]);
  });
});

const ANGULAR_SERVICE = `import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
@Injectable({ providedIn: 'root' })
export class UserService {
  constructor(private http: HttpClient) {}
  me() { return this.http.get('https://api.example.com/me'); }
}
`;
const MISSING_ANGULAR: Finding = {
  at: '6:31-6:59',
  messageId: 'missingCredentials',
  output: ANGULAR_SERVICE.replace(`get('https://api.example.com/me')`, `get('https://api.example.com/me', { withCredentials: true })`),
};

describe('Angular interceptors in their own files', () => {
  it('reads a functional interceptor in core/interceptors registered with withInterceptors', () => {
    const dir = project({
      'src/main.ts': `import { bootstrapApplication } from '@angular/platform-browser';\nimport { appConfig } from './app/app.config';\nimport { AppComponent } from './app/app.component';\nbootstrapApplication(AppComponent, appConfig);\n`,
      'src/app/app.config.ts': `import { ApplicationConfig } from '@angular/core';\nimport { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';\nimport { credentialsInterceptor } from './core/interceptors/credentials.interceptor';\n\nexport const appConfig: ApplicationConfig = {\n  providers: [provideHttpClient(withFetch(), withInterceptors([credentialsInterceptor]))],\n};\n`,
      'src/app/core/interceptors/credentials.interceptor.ts': `import { HttpInterceptorFn } from '@angular/common/http';\n\nexport const credentialsInterceptor: HttpInterceptorFn = (req, next) => {\n  return next(req.clone({ withCredentials: true }));\n};\n`,
      'src/app/features/users/data/user.service.ts': ANGULAR_SERVICE,
    });
    expect(lint(dir, 'src/app/features/users/data/user.service.ts')).toEqual([]);
  });

  it('reads class interceptors provided in app.module.ts, and in a CoreModule it imports', () => {
    const interceptor = (clone: string) => `import { Injectable } from '@angular/core';\nimport { HttpEvent, HttpHandler, HttpInterceptor, HttpRequest } from '@angular/common/http';\n\n@Injectable()\nexport class CredentialsInterceptor implements HttpInterceptor {\n  intercept(req: HttpRequest<unknown>, next: HttpHandler) {\n    return next.handle(req.clone(${clone}));\n  }\n}\n`;
    const appModule = `import { NgModule } from '@angular/core';\nimport { HTTP_INTERCEPTORS } from '@angular/common/http';\nimport { CredentialsInterceptor } from './core/interceptors/credentials.interceptor';\n\n@NgModule({\n  providers: [{ provide: HTTP_INTERCEPTORS, useClass: CredentialsInterceptor, multi: true }],\n})\nexport class AppModule {}\n`;
    const on = project({ 'src/app/app.module.ts': appModule, 'src/app/core/interceptors/credentials.interceptor.ts': interceptor('{ withCredentials: true }'), 'src/app/users/user.service.ts': ANGULAR_SERVICE });
    expect(lint(on, 'src/app/users/user.service.ts')).toEqual([]);
    // An interceptor that only adds a token header: with the API listed in settings, the request still sends no cookies.
    const token = project({ 'src/app/app.module.ts': appModule, 'src/app/core/interceptors/credentials.interceptor.ts': interceptor(`{ setHeaders: { Authorization: 'Bearer ' + sessionStorage.getItem('token') } }`), 'src/app/users/user.service.ts': ANGULAR_SERVICE });
    expect(lint(token, 'src/app/users/user.service.ts')).toEqual([MISSING_ANGULAR]);
    const core = project({
      'src/app/app.module.ts': `import { NgModule } from '@angular/core';\nimport { CoreModule } from './core/core.module';\n@NgModule({ imports: [CoreModule] })\nexport class AppModule {}\n`,
      'src/app/core/core.module.ts': appModule.replace('./core/interceptors', './interceptors').replace('AppModule', 'CoreModule'),
      'src/app/core/interceptors/credentials.interceptor.ts': interceptor('{ withCredentials: true }'),
      'src/app/users/user.service.ts': ANGULAR_SERVICE,
    });
    expect(lint(core, 'src/app/users/user.service.ts')).toEqual([]);
  });
});

/** The rule reads modules that mention credentials: here a request that sets them, next to one that does not. */
const TRACK = `import axios from 'axios';\nexport const me = () => axios.get('https://api.example.com/me', { withCredentials: true });\nexport const hit = () => axios.post('https://stats.example.net/hit', {});\n`;

describe('no-credentials-to-unlisted-origin with set-up in other modules', () => {
  it('reports a request that an imported interceptor sends with credentials to an unlisted origin', () => {
    const dir = project({
      'src/main.ts': `import './http/interceptors';\n`,
      'src/http/interceptors.ts': `import axios from 'axios';\naxios.interceptors.request.use((config) => ({ ...config, withCredentials: true }));\n`,
      'src/track.ts': TRACK,
    });
    const settings = { credentialedApis: ['https://api.example.com'] };
    expect(lint(dir, 'src/track.ts', 'no-credentials-to-unlisted-origin', settings)).toEqual([
      {
        at: '3:37-3:68',
        messageId: 'defaultUnlistedOrigin',
        suggestions: [{ messageId: 'overrideCredentials', output: TRACK.replace(`hit', {})`, `hit', {}, { withCredentials: false })`) }],
      },
    ]);
    const plain = project({ 'src/main.ts': `import './http/interceptors';\n`, 'src/http/interceptors.ts': `export {};\n`, 'src/track.ts': TRACK });
    expect(lint(plain, 'src/track.ts', 'no-credentials-to-unlisted-origin', settings)).toEqual([]);
  });
});
