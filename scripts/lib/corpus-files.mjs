// The labelled corpus (tests/corpus): files of code with the findings the
// plugin must report written next to them.
//
// - A line that must be reported ends with `// @cors ID category [fix|nofix]`.
//   Every line tagged with the same ID in a file is one expected finding; a
//   report on any of them finds it. `fix`: an autofix is expected and must
//   verify. `nofix`: no autofix may be offered (it would change behaviour the
//   author did not ask for, e.g. widen access); suggestions are fine.
// - `/* @cors-settings {json} */` is passed as `settings.cors`.
// - `/* @cors-rules rule-a, rule-b */` names the rules the file is about: the
//   file is scored only once all of them exist (files in pending/ use this).
// - `/* @cors-config all */` (or `strict`) lints with that config instead of
//   `recommended`.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './lint-setup.mjs';

export const CORPUS_DIR = path.join(PROJECT_ROOT, 'tests', 'corpus');

/** Category of an expected finding → the rule that reports it. */
export const CATEGORY_RULES = {
  'wildcard-credentials': 'no-wildcard-origin-with-credentials',
  'wildcard-with-credentials': 'no-wildcard-headers-with-credentials',
  'invalid-credentials-value': 'valid-credentials-header',
  'missing-vary': 'require-vary-origin',
  'preflight-credentials': 'require-preflight-credentials',
  'reflected-origin': 'no-reflected-origin-with-credentials',
  'null-origin': 'no-null-origin',
  'permissive-origin-pattern': 'no-permissive-origin-check',
  'permissive-origin': 'no-permissive-origin',
  'missing-client-credentials': 'require-request-credentials',
  'credentials-to-unlisted-origin': 'no-credentials-to-unlisted-origin',
};

const SOURCE = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;
const TAG = /@cors\s+([A-Za-z0-9]+)(?:[ \t]+([a-z][a-z-]*))?(?:[ \t]+(fix|nofix))?/g;

function listFiles(dir) {
  const files = [];
  const visit = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (SOURCE.test(entry.name)) files.push(full);
    }
  };
  if (fs.existsSync(dir)) visit(dir);
  return files.sort();
}

/** Reads one labelled file's directives and expected findings. */
export function parseLabelledFile(file, text, root = CORPUS_DIR) {
  const settingsMatch = /\/\*\s*@cors-settings\s+(\{[\s\S]*?\})\s*\*\//.exec(text);
  const rulesMatch = /\/\*\s*@cors-rules\s+([\s\S]*?)\*\//.exec(text);
  const configMatch = /\/\*\s*@cors-config\s+([a-z]+)\s*\*\//.exec(text);
  const groups = new Map();
  const lineGroups = new Map();
  const problems = [];
  text.split('\n').forEach((line, index) => {
    const lineNo = index + 1;
    for (const match of line.matchAll(TAG)) {
      const [, id, word, fixWord] = match;
      const group = groups.get(id) ?? { id, category: null, fix: false, noFix: false, lines: [] };
      if (word === 'fix' || fixWord === 'fix') group.fix = true;
      if (word === 'nofix' || fixWord === 'nofix') group.noFix = true;
      if (word && word !== 'fix' && word !== 'nofix') {
        if (!(word in CATEGORY_RULES)) problems.push(`line ${lineNo}: unknown category "${word}"`);
        else if (group.category && group.category !== word) problems.push(`line ${lineNo}: group ${id} has two categories`);
        else group.category = word;
      }
      if (!group.lines.includes(lineNo)) group.lines.push(lineNo);
      groups.set(id, group);
      const ids = lineGroups.get(lineNo) ?? [];
      if (!ids.includes(id)) ids.push(id);
      lineGroups.set(lineNo, ids);
    }
  });
  for (const group of groups.values()) {
    if (!group.category) problems.push(`group ${group.id} (line ${group.lines[0]}) has no category`);
  }
  let settings;
  if (settingsMatch) {
    try {
      settings = JSON.parse(settingsMatch[1]);
    } catch (error) {
      problems.push(`@cors-settings is not JSON: ${error.message}`);
    }
  }
  return {
    file,
    rel: path.relative(root, file).split(path.sep).join('/'),
    text,
    settings,
    rules: rulesMatch ? rulesMatch[1].split(/[\s,]+/).filter(Boolean) : [],
    config: configMatch ? configMatch[1] : 'recommended',
    pending: path.relative(root, file).split(path.sep)[0] === 'pending',
    groups,
    lineGroups,
    problems,
  };
}

/** Every labelled file under `dir` (tests/corpus by default), sorted by path. */
export function readLabelledCorpus(dir = CORPUS_DIR) {
  return listFiles(dir).map((file) => parseLabelledFile(file, fs.readFileSync(file, 'utf8'), dir));
}
