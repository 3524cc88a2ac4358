/**
 * Throw-away project directories with a package.json (and installed packages),
 * for tests of the library versions the plugin reads. Removed after the test
 * file that made them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cors-versions-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/**
 * A project directory with the given package.json (an object, raw text, or
 * none) and installed packages; returns the path of `src/<file>` inside it.
 */
export function versionProject(
  name: string,
  manifest: object | string | null,
  installed: Record<string, string> = {},
  file = 'server.ts',
): string {
  const dir = path.join(root, name);
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  if (manifest !== null) fs.writeFileSync(path.join(dir, 'package.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
  for (const [pkg, version] of Object.entries(installed)) {
    fs.mkdirSync(path.join(dir, 'node_modules', pkg), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules', pkg, 'package.json'), JSON.stringify({ name: pkg, version }));
  }
  return path.join(dir, 'src', file);
}
