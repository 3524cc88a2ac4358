/** Projects written to a temporary directory, for tests that read other modules from disk. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * A function that writes a project under a fresh directory (with a
 * package.json at its root, unless the files give one) and returns its path.
 * The directories are removed after the test file.
 */
export function temporaryProjects(prefix: string): (files: Record<string, string>) => string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  return (files) => {
    const dir = fs.mkdtempSync(path.join(root, 'p-'));
    for (const [name, text] of Object.entries({ 'package.json': '{}', ...files })) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };
}
