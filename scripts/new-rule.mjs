#!/usr/bin/env node
// Scaffolds a rule: `npm run new-rule -- NAME [--dry-run] [--root DIR]`.
//
// Creates src/rules/NAME.ts (on createCorsRule, src/util/cors-rule.ts), tests/rules/NAME.test.ts
// (one valid and one invalid placeholder case), docs/rules/NAME.md (the
// sections the docs check expects), registers the rule in
// src/rules/index.ts and adds its name to the `RuleName` union in
// src/index.ts. The placeholders are meant to fail: the invalid case
// and the Incorrect example expect a report the skeleton does not make, so
// the suite stays red until the author writes the rule, its tests and its page.
//
// --dry-run prints the files it would write and changes nothing;
// --root DIR works on another copy of the repository (the tests use this).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NAME_SHAPE = /^(no|require|valid)-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const INDEX_PATH = 'src/rules/index.ts';
const PUBLIC_INDEX_PATH = 'src/index.ts';

/** The description's first word for each name prefix (tests/plugin.test.ts wants Enforce/Require/Disallow). */
const VERB = { no: 'Disallow', require: 'Require', valid: 'Enforce' };

/** `no-foo-bar` → `noFooBar`. */
export function camelName(name) {
  return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

/** The paths a rule named `name` owns, relative to the repository root. */
export function rulePaths(name) {
  return { rule: `src/rules/${name}.ts`, test: `tests/rules/${name}.test.ts`, doc: `docs/rules/${name}.md` };
}

/** Why `name` cannot be a new rule in `root`, or null when it can. */
export function nameProblem(name, root = REPO_ROOT) {
  if (typeof name !== 'string' || name === '') return 'give the rule name, e.g. `npm run new-rule -- no-wildcard-expose-headers`.';
  if (!NAME_SHAPE.test(name)) {
    return `"${name}" is not a rule name: use kebab-case starting with no-, require- or valid- (what the rule forbids, requires or validates), e.g. no-wildcard-expose-headers.`;
  }
  const taken = Object.values(rulePaths(name)).filter((p) => fs.existsSync(path.join(root, p)));
  if (taken.length > 0) return `"${name}" already exists: ${taken.join(', ')}.`;
  const index = fs.readFileSync(path.join(root, INDEX_PATH), 'utf8');
  if (index.includes(`'${name}'`)) return `"${name}" is already registered in ${INDEX_PATH}.`;
  return null;
}

function ruleSource(name) {
  const verb = VERB[name.split('-')[0]];
  const meta = `  meta: {
    type: 'problem',
    docs: {
      // TODO: one line, no final period; \`recommended: true\` or \`strict: true\` puts the rule in those configs.
      description: '${verb} TODO: say what the rule ${name.startsWith('no-') ? 'forbids' : name.startsWith('require-') ? 'requires' : 'validates'}',
    },
    schema: [],
    messages: {
      // TODO: what breaks, and the one fix.
      found: 'TODO: what breaks, and the one fix.',
    },
  },`;
  const judgement = `/**
 * TODO: the rule's judgement, a question to the model (\`model.headers\`,
 * \`model.policies\`, \`model.reflection\`, \`model.requests\`): the nodes to report.
 * See docs/cors-semantics.md for the behaviour the answer must follow.
 */
function findings(model: CorsModel): TSESTree.Node[] {
  void model;
  return [];
}
`;
  return `import type { TSESTree } from '@typescript-eslint/types';
import type { CorsModel } from '../analysis/model.js';
import { createCorsRule } from '../util/cors-rule.js';

export type MessageIds = 'found';
export type Options = [];

${judgement}
export default createCorsRule<Options, MessageIds>({
  name: '${name}',
${meta}
  // TODO: the text a file needs before this rule looks at it ('credentials', 'server', 'headers', 'clients', 'any' or a test).
  gate: 'headers',
  create(context) {
    for (const node of findings(context.model)) context.report({ node, messageId: 'found' });
  },
});
`;
}

function testSource(name) {
  const reported = '// TODO: code the rule must report';
  return `import rule from '../../src/rules/${name}.js';
import { assertionOptions, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('${name}', rule, {
  valid: [
    // TODO: replace with the safe shape and the look-alikes this rule must stay quiet on.
    \`// TODO: code the rule must not report\`,
  ],
  invalid: [
    // TODO: replace with code the rule must report: every error with line, column, endLine and
    // endColumn, and every fix (\`output\`) and suggestion with its exact output.
    {
      code: \`${reported}\`,
      errors: [{ messageId: 'found', line: 1, column: 1, endLine: 1, endColumn: ${reported.length + 1} }],
    },
  ],
  assertionOptions,
});
`;
}

function docSource(name) {
  return `# cors/${name}

<!-- end auto-generated rule header -->

TODO: one paragraph: what the rule reports, in the words a user searching for the error would use.

## Why

TODO: what breaks in the browser, or who can read what, and why. Point to the section of
[docs/cors-semantics.md](../cors-semantics.md) the rule follows.

## Examples

### Incorrect

\`\`\`js
// TODO: code this rule reports (the unit tests lint it and expect a report).
\`\`\`

### Correct

\`\`\`js
// TODO: the fixed code, and a look-alike this rule must not report.
\`\`\`

## Options

This rule has no options.

## When not to use it

TODO: when turning the rule off is reasonable.
`;
}

/**
 * Inserts `line` among the lines `pattern` matches, in the order of the rule
 * name each one holds (the pattern's first group); throws when none match.
 */
function insertSorted(lines, pattern, line, name) {
  const positions = lines.map((l, i) => (pattern.test(l) ? i : -1)).filter((i) => i !== -1);
  if (positions.length === 0) throw new Error(`cannot find where to register the rule in ${INDEX_PATH}`);
  const after = positions.find((i) => pattern.exec(lines[i])[1] > name);
  lines.splice(after ?? positions.at(-1) + 1, 0, line);
}

/** src/rules/index.ts with the rule imported and added to `rules`, both in name order. */
export function registerRule(indexText, name) {
  const eol = indexText.includes('\r\n') ? '\r\n' : '\n';
  const lines = indexText.split(/\r?\n/);
  insertSorted(lines, /^import \w+ from '\.\/([\w-]+)\.js';$/, `import ${camelName(name)} from './${name}.js';`, name);
  insertSorted(lines, /^ {2}'([\w-]+)': \w+,$/, `  '${name}': ${camelName(name)},`, name);
  return lines.join(eol);
}

/** src/index.ts with the rule's name added to the published `RuleName` union, in name order. */
export function registerRuleName(indexText, name) {
  const eol = indexText.includes('\r\n') ? '\r\n' : '\n';
  const lines = indexText.split(/\r?\n/);
  const member = /^ {2}\| '([\w-]+)';?$/;
  insertSorted(lines, member, `  | '${name}'`, name);
  const members = lines.map((l, i) => (member.test(l) ? i : -1)).filter((i) => i !== -1);
  for (const i of members) lines[i] = lines[i].replace(/;$/, '');
  lines[members.at(-1)] += ';';
  return lines.join(eol);
}

/** The files a new rule `name` needs in `root`: created ones, and the changed index. Throws on a bad name. */
export function planNewRule(name, root = REPO_ROOT) {
  const problem = nameProblem(name, root);
  if (problem) throw new Error(problem);
  const paths = rulePaths(name);
  const index = fs.readFileSync(path.join(root, INDEX_PATH), 'utf8');
  return {
    create: [
      { path: paths.rule, content: ruleSource(name) },
      { path: paths.test, content: testSource(name) },
      { path: paths.doc, content: docSource(name) },
    ],
    update: [
      { path: INDEX_PATH, content: registerRule(index, name) },
      ...(fs.existsSync(path.join(root, PUBLIC_INDEX_PATH))
        ? [{ path: PUBLIC_INDEX_PATH, content: registerRuleName(fs.readFileSync(path.join(root, PUBLIC_INDEX_PATH), 'utf8'), name) }]
        : []),
    ],
  };
}

export function writePlan(plan, root = REPO_ROOT) {
  for (const file of [...plan.create, ...plan.update]) {
    fs.mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
    fs.writeFileSync(path.join(root, file.path), file.content);
  }
}

function main(argv) {
  const args = [...argv];
  const dryRun = args.includes('--dry-run');
  const rootAt = args.indexOf('--root');
  const root = rootAt === -1 ? REPO_ROOT : path.resolve(args[rootAt + 1] ?? '.');
  const names = args.filter((a, i) => !a.startsWith('--') && (rootAt === -1 || i !== rootAt + 1));
  if (names.length !== 1) {
    console.error('usage: npm run new-rule -- NAME [--dry-run] [--root DIR]');
    return 2;
  }
  let plan;
  try {
    plan = planNewRule(names[0], root);
  } catch (error) {
    console.error(`new-rule: ${error.message}`);
    return 1;
  }
  if (dryRun) {
    for (const file of plan.create) console.log(`would create ${file.path}\n${file.content}`);
    for (const file of plan.update) console.log(`would update ${file.path}`);
    return 0;
  }
  writePlan(plan, root);
  for (const file of plan.create) console.log(`created ${file.path}`);
  for (const file of plan.update) console.log(`updated ${file.path}`);
  console.log(`
Next:
  1. Write the judgement in ${plan.create[0].path} and replace every TODO.
  2. Replace the placeholder cases in ${plan.create[1].path}: npx vitest run ${plan.create[1].path}
  3. Fill in ${plan.create[2].path}, then run \`npm run docs\` (rule header and README table).
  4. If the rule has a corpus category, add it to CATEGORY_RULES in scripts/lib/corpus-files.mjs.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
