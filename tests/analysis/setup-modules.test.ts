/**
 * Finding the modules where an app sets up its HTTP clients: the imports a
 * module's text names, and the entry modules above a linted file.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryModules, importsOf } from '../../src/analysis/client/setup-modules.js';
import { temporaryProjects } from '../temp-project.js';

const project = temporaryProjects('cors-setup-modules-');

describe('importsOf', () => {
  it('tells imports for side effect from imports by name, and leaves out type-only imports', () => {
    const text = [
      `import './api/interceptors';`,
      `import "./polyfills"`,
      `import App, { mount } from './App';`,
      `import type { Config } from './config';`,
      `import {\n  setupAxios,\n} from '@/lib/setup-axios';`,
      `export * from './http';`,
      `export { api as client } from './client';`,
      `require('./setupAxios');`,
      `const helpers = require('./helpers');`,
      `const lazy = () => import('./lazy');`,
    ].join('\n');
    expect(importsOf(text)).toEqual([
      { specifier: './api/interceptors', sideEffect: true },
      { specifier: './polyfills', sideEffect: true },
      { specifier: './App', sideEffect: false },
      { specifier: '@/lib/setup-axios', sideEffect: false },
      { specifier: './http', sideEffect: false },
      { specifier: './client', sideEffect: false },
      { specifier: './setupAxios', sideEffect: true },
      { specifier: './helpers', sideEffect: false },
    ]);
  });

  it('reads at most 64 imports of one module', () => {
    const text = Array.from({ length: 100 }, (_, i) => `import './m${i}';`).join('\n');
    expect(importsOf(text)).toHaveLength(64);
  });
});

describe('entryModules', () => {
  it('finds entries in each folder up to the package root, nearest first, TypeScript before JavaScript', () => {
    const dir = project({
      'package.json': '{ "main": "client/start.js", "module": "dist/index.mjs" }',
      'client/start.js': '',
      'src/main.ts': '',
      'src/main.js': '',
      'src/index.tsx': '',
      'src/app/app.config.ts': '',
      'src/app/layout.tsx': '',
      'src/pages/_app.tsx': '',
      'src/features/users/bootstrap.js': '',
      'src/features/users/user.service.ts': '',
      'src/features/users/index.ts': '',
      'dist/index.mjs': '',
    });
    const found = entryModules(path.join(dir, 'src/features/users/user.service.ts')).map((f) => path.relative(dir, f));
    // An index module is an entry at the package root only; built output is not one.
    expect(found).toEqual(['src/features/users/bootstrap.js', 'src/main.ts', 'src/pages/_app.tsx', 'src/app/layout.tsx', 'src/index.tsx', 'src/app/app.config.ts', 'client/start.js']);
  });

  it('stops at the package root', () => {
    const dir = project({ 'main.ts': '', 'web/package.json': '{}', 'web/src/user.ts': '' });
    expect(entryModules(path.join(dir, 'web/src/user.ts'))).toEqual([]);
  });
});
