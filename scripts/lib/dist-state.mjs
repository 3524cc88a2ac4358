// Whether the built plugin (dist/) is older than what it is built from, for scripts that build it
// before use when it is missing or stale.
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** The build inputs besides `src/`. */
const BUILD_FILES = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'tsconfig.cjs.json'];

/** True when one of `entryPoints` (paths below `root`) is missing or older than `src/` or a build file. */
export function distIsStale(root, entryPoints) {
  const stats = entryPoints.map((file) => fs.statSync(path.join(root, file), { throwIfNoEntry: false }));
  if (stats.some((stat) => !stat)) return true;
  const builtFrom = BUILD_FILES.map((file) => fs.statSync(path.join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return Math.min(...stats.map((stat) => stat.mtimeMs)) < Math.max(newestMtime(path.join(root, 'src')), ...builtFrom);
}
