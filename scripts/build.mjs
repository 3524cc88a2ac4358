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
for (const project of ['tsconfig.build.json', 'tsconfig.cjs.json']) {
  execFileSync(process.execPath, [tsc, '-p', path.join(root, project)], { stdio: 'inherit', cwd: root });
}
fs.writeFileSync(path.join(dist, 'esm', 'package.json'), '{ "type": "module" }\n');
fs.writeFileSync(path.join(dist, 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
fs.writeFileSync(
  path.join(dist, 'index.cjs'),
  "'use strict';\nconst mod = require('./cjs/index.js');\nmodule.exports = mod.default;\n",
);
fs.writeFileSync(
  path.join(dist, 'index.d.cts'),
  "import plugin from './esm/index.js';\nexport = plugin;\n",
);
console.log('built dist/esm, dist/cjs and dist/index.cjs');
