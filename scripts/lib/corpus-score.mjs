// Scores the plugin on the labelled corpus: every expected finding reported by
// its rule, no other report, and every expected autofix verified (applying it
// gives code that parses, with one report fewer of that rule and no new kind
// of report).
import { CATEGORY_RULES } from './corpus-files.mjs';
import { detectKind, flatConfigFor, pluginMessages } from './lint-setup.mjs';

/**
 * @param {object} options
 * @param {typeof import('eslint').Linter} options.Linter
 * @param {object} options.espree
 * @param {object} options.tsParser
 * @param {object} options.plugin the plugin object
 */
export function createCorpusScorer({ Linter, espree, tsParser, plugin }) {
  const linter = new Linter({ configType: 'flat', cwd: '/' });
  const configs = new Map();
  const lint = (entry, kind, text) => {
    const key = `${kind}\0${entry.config}\0${JSON.stringify(entry.settings ?? null)}`;
    if (!configs.has(key)) {
      configs.set(key, flatConfigFor({ kind, tsParser, plugin, configName: entry.config, settings: entry.settings }));
    }
    return linter.verify(text, configs.get(key), { filename: entry.file });
  };
  const ruleExists = (name) => Object.hasOwn(plugin.rules ?? {}, name);

  /**
   * Scores one parsed corpus file. Returns `{ skipped }` for a file whose
   * `@cors-rules` are not all in the plugin, otherwise the groups found, the
   * discrepancies (`FN`, `FP`, `NOFIX`, `BADFIX`, `UNSAFEFIX`, `PARSE`, `FORMAT`) and counts.
   */
  function scoreFile(entry) {
    const missing = entry.rules.filter((r) => !ruleExists(r));
    if (missing.length) return { rel: entry.rel, skipped: `rules not in the plugin yet: ${missing.join(', ')}` };
    const result = { rel: entry.rel, skipped: null, groups: [], discrepancies: [], reports: 0 };
    const add = (kind, line, rule, detail) => result.discrepancies.push({ kind, file: entry.rel, line, rule, detail });
    for (const problem of entry.problems) add('FORMAT', 0, '', problem);
    for (const group of entry.groups.values()) {
      const rule = CATEGORY_RULES[group.category];
      if (rule && !ruleExists(rule)) add('FORMAT', group.lines[0], rule, `category ${group.category} needs a rule the plugin does not have: put the file in pending/ with /* @cors-rules ${rule} */`);
    }
    const kind = detectKind(espree, entry.file, entry.text);
    if (kind === null) {
      add('PARSE', 0, '', 'espree parses it neither as a module nor as a script');
      return result;
    }
    let all;
    try {
      all = lint(entry, kind, entry.text);
    } catch (error) {
      add('CRASH', 0, '', String(error?.message ?? error).split('\n')[0]);
      return result;
    }
    const fatal = all.find((m) => m.fatal);
    if (fatal) {
      add('PARSE', fatal.line, '', fatal.message);
      return result;
    }
    const messages = pluginMessages(all);
    result.reports = messages.length;
    const hits = new Map();
    for (const m of messages) {
      const rule = m.ruleId.slice('cors/'.length);
      const ids = (entry.lineGroups.get(m.line) ?? []).filter((id) => CATEGORY_RULES[entry.groups.get(id).category] === rule);
      if (ids.length === 0) {
        add('FP', m.line, rule, m.message);
        continue;
      }
      for (const id of ids) {
        const list = hits.get(id) ?? [];
        list.push(m);
        hits.set(id, list);
      }
    }
    for (const group of entry.groups.values()) {
      const rule = CATEGORY_RULES[group.category];
      const hit = hits.get(group.id) ?? [];
      const record = { id: group.id, category: group.category, rule, lines: group.lines, found: hit.length > 0, fix: group.fix, fixVerified: false };
      result.groups.push(record);
      if (!record.found) {
        add('FN', group.lines[0], rule, `expected ${group.category} (group ${group.id}, lines ${group.lines.join(',')})`);
        continue;
      }
      if (group.noFix && hit.some((m) => m.fix)) {
        add('UNSAFEFIX', group.lines[0], rule, 'an autofix is offered where none may be (it would change what the code allows)');
      }
      if (!group.fix) continue;
      const withFix = hit.find((m) => m.fix);
      if (!withFix) {
        add('NOFIX', group.lines[0], rule, 'an autofix is expected');
        continue;
      }
      const { range, text } = withFix.fix;
      const fixed = entry.text.slice(0, range[0]) + text + entry.text.slice(range[1]);
      let after;
      try {
        after = lint(entry, kind, fixed);
      } catch (error) {
        add('BADFIX', group.lines[0], rule, `lint after the fix threw: ${String(error?.message ?? error).split('\n')[0]}`);
        continue;
      }
      const afterFatal = after.find((m) => m.fatal);
      const afterMessages = pluginMessages(after);
      const count = (list) => list.filter((m) => m.ruleId === withFix.ruleId).length;
      const before = new Set(messages.map((m) => m.ruleId));
      const newKinds = [...new Set(afterMessages.map((m) => m.ruleId).filter((id) => !before.has(id)))];
      if (afterFatal) add('BADFIX', group.lines[0], rule, `fixed code does not parse: ${afterFatal.message}`);
      else if (count(afterMessages) >= count(messages)) add('BADFIX', group.lines[0], rule, 'the fix leaves as many reports of the rule');
      else if (newKinds.length) add('BADFIX', group.lines[0], rule, `the fix brings new reports: ${newKinds.join(', ')}`);
      else record.fixVerified = true;
    }
    return result;
  }

  return { scoreFile };
}

/** Totals per category and overall, from scored files. */
export function summarizeScores(results) {
  const categories = {};
  let files = 0;
  let skipped = 0;
  let fp = 0;
  for (const r of results) {
    if (r.skipped) {
      skipped++;
      continue;
    }
    files++;
    fp += r.discrepancies.filter((d) => d.kind === 'FP').length;
    for (const g of r.groups) {
      const c = (categories[g.category] ??= { expected: 0, found: 0, fixExpected: 0, fixVerified: 0 });
      c.expected++;
      if (g.found) c.found++;
      if (g.fix) c.fixExpected++;
      if (g.fixVerified) c.fixVerified++;
    }
  }
  const sum = (key) => Object.values(categories).reduce((n, c) => n + c[key], 0);
  const expected = sum('expected');
  const found = sum('found');
  return {
    files,
    skipped,
    expected,
    found,
    falsePositives: fp,
    fixExpected: sum('fixExpected'),
    fixVerified: sum('fixVerified'),
    recall: expected ? found / expected : 1,
    precision: found + fp ? found / (found + fp) : 1,
    categories,
  };
}

/** A printable score table. */
export function formatScores(summary) {
  const lines = [`corpus: ${summary.files} files scored, ${summary.skipped} pending; ${summary.expected} expected findings`];
  lines.push('category                         found/expected  autofix verified/expected');
  for (const [name, c] of Object.entries(summary.categories).sort()) {
    lines.push(`${name.padEnd(33)}${`${c.found}/${c.expected}`.padEnd(16)}${c.fixExpected ? `${c.fixVerified}/${c.fixExpected}` : '-'}`);
  }
  const pct = (x) => `${(100 * x).toFixed(1)} %`;
  lines.push(
    `recall ${pct(summary.recall)} (${summary.found}/${summary.expected}), precision ${pct(summary.precision)} (${summary.falsePositives} false), ` +
      `autofix ${summary.fixVerified}/${summary.fixExpected}`,
  );
  return lines.join('\n');
}
