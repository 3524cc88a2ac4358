// The bodies of code the benchmark lints besides installed libraries:
// application code (starter templates and example apps published on npm) and
// CORS-dense code (the labelled corpus and generated CORS-heavy files).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { ensureInstalled } from './body-of-code.mjs';
import { readLabelledCorpus } from './corpus-files.mjs';
import { PROJECT_ROOT } from './lint-setup.mjs';
import { listPackageFiles } from './source-files.mjs';
import { syntheticCorsFiles } from './synthetic.mjs';

/** Packages that ship the source of applications: front ends, API servers, full-stack starters. */
export const APP_PACKAGES = [
  'create-next-app@16.4.3',
  'create-vite@9.3.0',
  'create-t3-app@7.40.0',
  'create-redwood-app@8.9.0',
  '@backstage/create-app@0.9.2',
  '@nestjs/schematics@12.0.6',
  'create-cloudflare@2.67.4',
  'fastify-cli@8.0.2',
  'create-qwik@1.20.1',
  'create-payload-app@3.90.2',
];

export const APP_CORPUS_DIR = path.join(PROJECT_ROOT, '.tmp', 'app-corpus');
/** Other linters measured side by side. */
export const TOOLS_DIR = path.join(PROJECT_ROOT, '.tmp', 'bench-tools');
export const SONARJS = 'eslint-plugin-sonarjs@4.2.2';

const nameOf = (spec) => spec.slice(0, spec.lastIndexOf('@'));

/** Source files of the application packages (their templates included), each with its package. */
export function appFiles({ install = true } = {}) {
  if (install) ensureInstalled(APP_CORPUS_DIR, APP_PACKAGES);
  return APP_PACKAGES.flatMap((spec) => {
    const dir = path.join(APP_CORPUS_DIR, 'node_modules', nameOf(spec));
    return listPackageFiles(dir).map((entry) => ({ ...entry, pkg: spec }));
  });
}

/**
 * The labelled corpus and the generated CORS-heavy files, as in-memory files
 * under .tmp/cors-dense (their paths only name them; nothing is written).
 */
export function corsDenseFiles() {
  const root = path.join(PROJECT_ROOT, '.tmp', 'cors-dense');
  const corpus = readLabelledCorpus().map((f) => ({ file: path.join(root, 'corpus', f.rel), text: f.text, pkg: 'corpus' }));
  const generated = syntheticCorsFiles().map((f) => ({ file: path.join(root, f.name), text: f.text, pkg: 'generated' }));
  return [...corpus, ...generated].map((f) => ({ ...f, size: Buffer.byteLength(f.text) }));
}

/** eslint-plugin-sonarjs, installed into .tmp/bench-tools on first use; null when it cannot be had. */
export async function loadSonarjs({ install = true, log = console.error } = {}) {
  try {
    if (install) ensureInstalled(TOOLS_DIR, [SONARJS]);
    const require = createRequire(path.join(TOOLS_DIR, 'package.json'));
    const entry = require.resolve(nameOf(SONARJS));
    const mod = await import(pathToFileURL(entry).href);
    const plugin = mod.default ?? mod;
    const version = JSON.parse(fs.readFileSync(path.join(TOOLS_DIR, 'node_modules', nameOf(SONARJS), 'package.json'), 'utf8')).version;
    return plugin?.rules?.cors ? { plugin, version } : null;
  } catch (error) {
    log(`eslint-plugin-sonarjs not available: ${error.message}`);
    return null;
  }
}

/** The value at quantile `q` (0–1) of a list of numbers. */
export function quantile(values, q) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
