#!/usr/bin/env node
// Builds the ESM output (dist/esm, with types) and the CommonJS output (dist/cjs),
// plus dist/index.cjs so that `require('eslint-plugin-cors')` returns the plugin itself.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

fs.rmSync(dist, { recursive: true, force: true });
// Both outputs are written even when one reports type errors (tsc still emits), so that
// `prepare` can leave a usable dist behind; the exit code still says the build failed.
let failed = false;
for (const project of ['tsconfig.build.json', 'tsconfig.cjs.json']) {
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(root, project)], { stdio: 'inherit', cwd: root });
  } catch {
    failed = true;
  }
}
fs.writeFileSync(path.join(dist, 'esm', 'package.json'), '{ "type": "module" }\n');
fs.writeFileSync(path.join(dist, 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
fs.writeFileSync(
  path.join(dist, 'index.cjs'),
  "'use strict';\nconst mod = require('./cjs/index.js');\nmodule.exports = mod.default;\n",
);
// `require('eslint-plugin-cors')` is the plugin; its types, and the named types of the ESM
// entry, come from the ESM declarations through type-only imports.
fs.writeFileSync(
  path.join(dist, 'index.d.cts'),
  [
    "import type * as types from './esm/index.js';",
    'declare const plugin: typeof types.default;',
    'declare namespace plugin {',
    ...['CorsConfigs', 'CorsPlugin', 'CorsSettings', 'CorsSettingsInput', 'RuleName'].map((name) => `  export type ${name} = types.${name};`),
    '}',
    'export = plugin;',
    '',
  ].join('\n'),
);
if (failed) {
  console.error('build: tsc reported errors (dist was written anyway)');
  process.exit(1);
}
console.log('built dist/esm, dist/cjs and dist/index.cjs');
