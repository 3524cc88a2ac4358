#!/usr/bin/env node
// `npm prepare`: builds dist/ after `npm install`/`npm ci` in a clone and before `npm pack`/`npm publish`,
// which is what makes `npm i -D git+https://...` installs carry dist/.
//
// It keeps `npm ci` usable: without TypeScript (an install that omits devDependencies) it skips the
// build and says so, and a type error still leaves a usable dist/ with a warning, since
// `npm run typecheck` is where type errors are reported.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entryPoints = ['dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/index.cjs', 'dist/index.d.cts'];

if (!fs.existsSync(path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'))) {
  console.warn('prepare: typescript is not installed, so dist/ is not built (install devDependencies, then `npm run build`)');
  process.exit(0);
}
const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status === 0) process.exit(0);
const built = entryPoints.every((file) => fs.existsSync(path.join(root, file)));
if (!built) {
  console.error('prepare: the build failed and dist/ is incomplete');
  process.exit(1);
}
console.warn('prepare: the build reported errors; dist/ was written anyway (run `npm run typecheck` for details)');
