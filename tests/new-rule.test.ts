/**
 * The rule scaffolder (`npm run new-rule`): which names it accepts, the files
 * it plans, and what it writes, always into a temporary copy or as a dry run,
 * so no generated rule is left in the repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { nameProblem, planNewRule, registerRule, registerRuleName } from '../scripts/new-rule.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const script = path.join(root, 'scripts', 'new-rule.mjs');
const NAME = 'no-scaffolded-example';
/** The sections eslint-doc-generator requires on every rule page. */
const { ruleDocSectionInclude } = ((await import(pathToFileURL(path.join(root, '.eslint-doc-generatorrc.js')).href)) as {
  default: { ruleDocSectionInclude: string[] };
}).default;

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temporary copy of what the scaffolder reads: the rule index. */
function repositoryCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-rule-'));
  temporary.push(dir);
  for (const file of ['src/rules/index.ts']) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(dir, file));
  }
  return dir;
}

function run(args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
}

/** The rule names registered in an index, in order. */
function registeredNames(index: string): string[] {
  return [...index.matchAll(/^ {2}'([\w-]+)': \w+,$/gm)].map((m) => m[1]!);
}

describe('rule names', () => {
  it.each(['', 'NoFoo', 'no_foo', 'no-Foo', 'foo-bar', 'disallow-foo', 'no-', 'no-foo-', 'no--foo', 'no foo', '../no-foo'])('rejects %j', (name) => {
    expect(nameProblem(name)).toEqual(expect.any(String));
  });

  it.each(['no-foo', 'require-foo-bar', 'valid-foo2'])('accepts %j', (name) => {
    expect(nameProblem(name)).toBeNull();
  });

  it('rejects a rule that exists', () => {
    expect(nameProblem('no-null-origin')).toMatch(/already exists: src\/rules\/no-null-origin\.ts/);
  });
});

describe('the plan', () => {
  const plan = planNewRule(NAME);
  const file = (suffix: string) => plan.create.find((f) => f.path.endsWith(suffix))!.content;

  it('creates the rule, its test and its page, and updates the index', () => {
    expect(plan.create.map((f) => f.path)).toEqual([`src/rules/${NAME}.ts`, `tests/rules/${NAME}.test.ts`, `docs/rules/${NAME}.md`]);
    expect(plan.update.map((f) => f.path)).toEqual(['src/rules/index.ts', 'src/index.ts']);
  });

  it('adds the name to the published RuleName union, in name order', () => {
    const after = plan.update[1]!.content;
    const names = [...after.matchAll(/^ {2}\| '([\w-]+)';?$/gm)].map((m) => m[1]);
    expect(names).toContain(NAME);
    expect(names).toEqual([...names].sort());
    expect(after).toMatch(/\| 'valid-credentials-header';\n/);
    expect(registerRuleName("type R =\n  | 'no-a'\n  | 'no-b';\n", 'require-c')).toBe("type R =\n  | 'no-a'\n  | 'no-b'\n  | 'require-c';\n");
  });

  it('writes the rule on the plugin rule creator, named and described by its prefix', () => {
    const rule = file('.ts');
    expect(rule).toContain("import { createCorsRule } from '../util/cors-rule.js';");
    expect(rule).toMatch(/^export default createCorsRule<Options, MessageIds>\(\{$/m);
    expect(rule).toContain(`name: '${NAME}',`);
    expect(rule).toMatch(/description: 'Disallow TODO/);
    expect(planNewRule('require-scaffolded-example').create[0]!.content).toMatch(/description: 'Require TODO/);
    expect(planNewRule('valid-scaffolded-example').create[0]!.content).toMatch(/description: 'Enforce TODO/);
  });

  it('writes one valid and one invalid placeholder case with a full location', () => {
    const test = file('.test.ts');
    expect(test).toContain(`import rule from '../../src/rules/${NAME}.js';`);
    expect(test).toMatch(/valid: \[\n(?: {4}\/\/.*\n)+ {4}`\/\/ TODO: code the rule must not report`,\n {2}\],/);
    expect(test).not.toContain("{ code: ");
    expect(test.match(/^ {6}code: /gm)).toHaveLength(1);
    expect(test).toMatch(/errors: \[\{ messageId: 'found', line: 1, column: 1, endLine: 1, endColumn: \d+ \}\]/);
    expect(test).toContain('assertionOptions');
  });

  it('writes a page with every section the docs check expects, in order', () => {
    const doc = file('.md');
    expect(doc.startsWith(`# cors/${NAME}\n`)).toBe(true);
    expect(doc).toContain('<!-- end auto-generated rule header -->');
    const headings = [...doc.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(ruleDocSectionInclude);
    expect(doc).toContain('This rule has no options.');
  });

  it('registers the rule in name order, keeping the index otherwise unchanged', () => {
    const before = fs.readFileSync(path.join(root, 'src/rules/index.ts'), 'utf8');
    const after = plan.update[0]!.content;
    const names = registeredNames(after);
    expect(names).toEqual([...registeredNames(before), NAME].sort());
    expect(after).toContain(`import noScaffoldedExample from './${NAME}.js';`);
    expect(after.split('\n').length).toBe(before.split('\n').length + 2);
  });

  it('keeps CRLF line endings in the index', () => {
    const index = "import a from './no-a.js';\r\nimport c from './no-c.js';\r\n\r\nexport const rules = {\r\n  'no-a': a,\r\n  'no-c': c,\r\n};\r\n";
    expect(registerRule(index, 'no-b')).toBe(
      "import a from './no-a.js';\r\nimport noB from './no-b.js';\r\nimport c from './no-c.js';\r\n\r\nexport const rules = {\r\n  'no-a': a,\r\n  'no-b': noB,\r\n  'no-c': c,\r\n};\r\n",
    );
  });
});

describe('the command', () => {
  it('writes the planned files into the given root, then refuses the same name', () => {
    const dir = repositoryCopy();
    const plan = planNewRule(NAME, dir);
    execFileSync(process.execPath, [script, NAME, '--root', dir], { encoding: 'utf8' });
    for (const planned of [...plan.create, ...plan.update]) {
      expect(fs.readFileSync(path.join(dir, planned.path), 'utf8'), planned.path).toBe(planned.content);
    }
    const again = run([NAME, '--root', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('changes nothing in a dry run', () => {
    const index = fs.readFileSync(path.join(root, 'src/rules/index.ts'), 'utf8');
    const result = run([NAME, '--dry-run']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`would create src/rules/${NAME}.ts`);
    expect(result.stdout).toContain('would update src/rules/index.ts');
    expect(fs.existsSync(path.join(root, 'src', 'rules', `${NAME}.ts`))).toBe(false);
    expect(fs.readFileSync(path.join(root, 'src/rules/index.ts'), 'utf8')).toBe(index);
  });

  it('exits with an error for a bad name and without one', () => {
    const bad = run(['NoFoo', '--dry-run']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/kebab-case starting with no-, require- or valid-/);
    expect(run(['--dry-run']).status).toBe(2);
  });
});
