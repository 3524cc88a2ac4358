/**
 * Checks of the plugin as a whole, driven by the `rules` object so that every
 * rule added later is covered without touching this file: exports, configs,
 * metadata, schemas, documentation pages and the examples in them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin, { rules } from '../src/index.js';
import { PLUGIN_NAME, PLUGIN_PREFIX, PLUGIN_VERSION, REPOSITORY_URL } from '../src/meta.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const rulesDir = path.join(root, 'src', 'rules');
const docsDir = path.join(root, 'docs', 'rules');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };

type AnyRule = TSESLint.RuleModule<string, readonly unknown[]> & {
  meta: TSESLint.RuleMetaData<string, { recommended?: boolean; strict?: boolean }, readonly unknown[]>;
};
const ruleEntries = Object.entries(rules as unknown as Record<string, AnyRule>).sort(([a], [b]) => a.localeCompare(b));
const ruleNames = ruleEntries.map(([name]) => name);
const configNames = ['recommended', 'strict', 'all'] as const;
type ConfigName = (typeof configNames)[number];

const docPath = (name: string) => path.join(docsDir, `${name}.md`);
const readDoc = (name: string) => fs.readFileSync(docPath(name), 'utf8');

/** The rule levels a config must have, computed from each rule's `meta.docs`. */
function expectedRules(config: ConfigName): Record<string, 'error'> {
  const include = (rule: AnyRule): boolean => {
    const docs: { recommended?: boolean; strict?: boolean } = rule.meta.docs ?? {};
    if (config === 'all') return true;
    if (config === 'recommended') return docs.recommended === true;
    return docs.recommended === true || docs.strict === true;
  };
  return Object.fromEntries(
    ruleEntries.filter(([, rule]) => include(rule)).map(([name]) => [`${PLUGIN_PREFIX}/${name}`, 'error' as const]),
  );
}

type Schema = Record<string, unknown>;

/** Every schema object inside a rule's `meta.schema`, with a path for messages. */
function schemaNodes(schema: unknown, at = 'schema'): Array<{ at: string; node: Schema }> {
  if (Array.isArray(schema)) return schema.flatMap((item, i) => schemaNodes(item, `${at}[${i}]`));
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as Schema;
  const found = [{ at, node }];
  for (const key of ['properties', 'definitions', '$defs', 'patternProperties']) {
    const group = node[key];
    if (group && typeof group === 'object') {
      for (const [name, child] of Object.entries(group)) found.push(...schemaNodes(child, `${at}.${key}.${name}`));
    }
  }
  for (const key of ['items', 'additionalItems', 'not', 'contains']) {
    if (node[key] !== undefined && typeof node[key] === 'object') found.push(...schemaNodes(node[key], `${at}.${key}`));
  }
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
    if (Array.isArray(node[key])) found.push(...schemaNodes(node[key], `${at}.${key}`));
  }
  return found;
}

const isObjectSchema = (node: Schema) => node.type === 'object' || node.properties !== undefined;

/** Names of every object property a rule's options can have. */
function optionNames(schema: unknown): string[] {
  return schemaNodes(schema).flatMap(({ node }) =>
    node.properties && typeof node.properties === 'object' ? Object.keys(node.properties) : [],
  );
}

function hasOptions(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.length > 0;
  return schema !== undefined && schema !== false && !(typeof schema === 'object' && schema !== null && Object.keys(schema).length === 0);
}

interface DocExample {
  readonly kind: 'incorrect' | 'correct';
  readonly heading: string;
  readonly line: number;
  readonly lang: string;
  readonly code: string;
  readonly settings: Record<string, unknown> | undefined;
}

const CODE_LANGS = new Set(['js', 'javascript', 'mjs', 'cjs', 'jsx', 'ts', 'typescript', 'mts', 'cts', 'tsx']);

/**
 * Code blocks under an "Incorrect" or "Correct" heading. A `<!-- settings: {...} -->`
 * comment (JSON, e.g. `{ "cors": { "allowedOrigins": ["https://app.example.com"] } }`)
 * gives the ESLint `settings` for the blocks after it, up to the next `##` section.
 */
function docExamples(markdown: string): DocExample[] {
  const lines = markdown.split('\n');
  const examples: DocExample[] = [];
  let kind: DocExample['kind'] | null = null;
  let heading = '';
  let settings: Record<string, unknown> | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const headingMatch = /^(#{1,6})\s+(.*)$/.exec(line);
    if (headingMatch) {
      heading = headingMatch[2]!.trim();
      kind = /^incorrect\b/i.test(heading) ? 'incorrect' : /^correct\b/i.test(heading) ? 'correct' : null;
      if (headingMatch[1]!.length <= 2) settings = undefined;
      continue;
    }
    const settingsMatch = /^<!--\s*settings:\s*(.*?)\s*-->$/.exec(line.trim());
    if (settingsMatch) {
      settings = JSON.parse(settingsMatch[1]!) as Record<string, unknown>;
      continue;
    }
    const fence = /^(```+|~~~+)\s*([\w-]*)/.exec(line);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith(fence[1]!); i++) body.push(lines[i]!);
    const lang = fence[2]!.toLowerCase();
    if (kind && CODE_LANGS.has(lang)) {
      examples.push({ kind, heading, line: start + 1, lang, code: `${body.join('\n')}\n`, settings });
    }
  }
  return examples;
}

function lintExample(ruleName: string, example: DocExample): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const ext = example.lang.startsWith('t') ? 'ts' : 'js';
  return linter.verify(
    example.code,
    [
      {
        files: ['**/*.js', '**/*.ts'],
        plugins: { [PLUGIN_PREFIX]: plugin as never },
        languageOptions: {
          parser,
          parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: example.lang.endsWith('x') } },
        },
        ...(example.settings ? { settings: example.settings } : {}),
        rules: { [`${PLUGIN_PREFIX}/${ruleName}`]: 'error' },
      },
    ],
    { filename: path.join(root, `example.${ext}`) },
  );
}

describe('plugin exports', () => {
  it('names the package it comes from', () => {
    expect(PLUGIN_NAME).toBe(pkg.name);
    expect(PLUGIN_VERSION).toBe(pkg.version);
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version });
    expect(PLUGIN_PREFIX).toBe(pkg.name.replace(/^eslint-plugin-/, ''));
  });

  it('exports every rule file in src/rules, under its file name', async () => {
    const files = fs
      .readdirSync(rulesDir)
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.slice(0, -'.ts'.length))
      .sort();
    expect(ruleNames).toEqual(files);
    for (const name of files) {
      const mod = (await import(pathToFileURL(path.join(rulesDir, `${name}.ts`)).href)) as { default: unknown };
      expect(plugin.rules[name as keyof typeof plugin.rules], name).toBe(mod.default);
    }
  });

  it('exports the same rules object as the plugin', () => {
    expect(plugin.rules).toBe(rules);
  });
});

describe('configs', () => {
  it('has exactly the flat and legacy variants of recommended, strict and all', () => {
    expect(Object.keys(plugin.configs).sort()).toEqual(
      [...configNames, ...configNames.map((name) => `${name}-legacy`)].sort(),
    );
  });

  it('lists every rule in `all`', () => {
    const all = plugin.configs.all.rules ?? {};
    for (const name of ruleNames) expect(all[`${PLUGIN_PREFIX}/${name}`], name).toBe('error');
  });

  it('puts every recommended rule in `strict` as well', () => {
    for (const [name, rule] of ruleEntries) {
      if (rule.meta.docs?.recommended) expect(expectedRules('strict'), name).toHaveProperty(`${PLUGIN_PREFIX}/${name}`);
    }
  });

  describe.each(configNames)('%s', (config) => {
    const expected = expectedRules(config);

    it('flat: has a name, the plugin attached, and the rules its meta.docs select', () => {
      const flat = plugin.configs[config];
      expect(flat.name).toBe(`${PLUGIN_PREFIX}/${config}`);
      expect(flat.plugins?.[PLUGIN_PREFIX]).toBe(plugin);
      expect(flat.rules).toEqual(expected);
    });

    it('legacy: names the plugin and has the same rules', () => {
      const legacy = plugin.configs[`${config}-legacy`];
      expect(legacy.plugins).toEqual([PLUGIN_PREFIX]);
      expect(legacy.rules).toEqual(expected);
      // eslintrc rejects keys it does not know, such as a flat config's `name`.
      expect(Object.keys(legacy).sort()).toEqual(['plugins', 'rules']);
    });

    it('flat: loads in ESLint without configuration errors', () => {
      const linter = new Linter({ configType: 'flat' });
      const messages = linter.verify(
        'export const answer = 42;\n',
        [{ files: ['**/*.ts'], languageOptions: { parser } }, plugin.configs[config] as Linter.Config],
        { filename: path.join(root, 'example.ts') },
      );
      expect(messages).toEqual([]);
    });
  });
});

describe.each(ruleEntries)('rule %s', (name, rule) => {
  const { meta } = rule;

  it('has a type, a description starting with Enforce/Require/Disallow, and boolean config flags', () => {
    expect(['problem', 'suggestion', 'layout']).toContain(meta.type);
    expect(meta.docs?.description).toMatch(/^(Enforce|Require|Disallow) \S/);
    expect(meta.docs?.description).not.toMatch(/\.$/);
    for (const flag of ['recommended', 'strict'] as const) {
      const value = meta.docs?.[flag];
      expect(value === undefined || typeof value === 'boolean', `docs.${flag}`).toBe(true);
    }
  });

  it('links its docs URL to docs/rules/<name>.md', () => {
    expect(meta.docs?.url).toBe(`${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);
    const relative = meta.docs!.url!.slice(`${REPOSITORY_URL}/blob/main/`.length);
    expect(fs.existsSync(path.join(root, relative)), relative).toBe(true);
  });

  it('has a schema whose objects are closed and whose properties are described', () => {
    expect(meta.schema).toBeDefined();
    for (const { at, node } of schemaNodes(meta.schema)) {
      expect(node, `${at} must not set a default (use meta.defaultOptions)`).not.toHaveProperty('default');
      if (!isObjectSchema(node)) continue;
      expect(node.additionalProperties, `${at}.additionalProperties`).toBe(false);
      for (const [key, property] of Object.entries((node.properties ?? {}) as Record<string, Schema>)) {
        expect(typeof property.description === 'string' && property.description.trim() !== '', `${at}.properties.${key}.description`).toBe(true);
      }
    }
  });

  it('declares meta.defaultOptions when it has options, and no top-level defaultOptions', () => {
    if (hasOptions(meta.schema)) {
      expect(Array.isArray(meta.defaultOptions), 'meta.defaultOptions').toBe(true);
    } else {
      expect(meta.defaultOptions ?? [], 'meta.defaultOptions of a rule without options').toEqual([]);
    }
    expect((rule as { defaultOptions?: unknown }).defaultOptions ?? [], 'top-level defaultOptions').toEqual([]);
  });

  it('has docs/rules/<name>.md naming the rule and documenting its options', () => {
    expect(fs.existsSync(docPath(name)), `docs/rules/${name}.md`).toBe(true);
    const doc = readDoc(name);
    expect(doc).toContain(`${PLUGIN_PREFIX}/${name}`);
    expect(doc).toMatch(/^## Options$/m);
    for (const option of optionNames(meta.schema)) expect(doc, `option "${option}"`).toContain(option);
    if (!hasOptions(meta.schema)) expect(doc).toContain('This rule has no options.');
  });

  it('has Incorrect examples it reports and Correct examples it does not', () => {
    const examples = docExamples(readDoc(name));
    expect(examples.some((e) => e.kind === 'incorrect'), 'an Incorrect example').toBe(true);
    expect(examples.some((e) => e.kind === 'correct'), 'a Correct example').toBe(true);
    for (const example of examples) {
      const messages = lintExample(name, example);
      const where = `docs/rules/${name}.md:${example.line} (${example.heading})`;
      expect(messages.filter((m) => m.fatal).map((m) => m.message), `${where} parses`).toEqual([]);
      const reported = messages.filter((m) => m.ruleId === `${PLUGIN_PREFIX}/${name}`);
      if (example.kind === 'incorrect') expect(reported.length, `${where} is reported`).toBeGreaterThan(0);
      else expect(reported.map((m) => `${m.line}:${m.column} ${m.message}`), `${where} is not reported`).toEqual([]);
    }
  });
});

describe('docs/rules', () => {
  it('has a page only for rules that exist', () => {
    const pages = fs
      .readdirSync(docsDir)
      .filter((file) => file.endsWith('.md'))
      .map((file) => file.slice(0, -'.md'.length))
      .sort();
    expect(pages.filter((page) => !ruleNames.includes(page))).toEqual([]);
  });
});
