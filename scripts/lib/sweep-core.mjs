// The fix-safety sweep: lint a file with a config of the plugin and `fix`,
// then check that nothing threw, that the fixed text still parses, that a
// second pass changes nothing, and that every suggestion gives code that parses.
import { flatConfigFor, pluginMessages } from './lint-setup.mjs';

const TS_FILE = /\.(?:[cm]?ts|tsx)$/;

/**
 * @param {object} options
 * @param {typeof import('eslint').Linter} options.Linter
 * @param {object} options.tsParser
 * @param {object} options.plugin the plugin object (built or from source)
 * @param {string} [options.configName] `all` by default
 */
export function createSweeper({ Linter, tsParser, plugin, configName = 'all' }) {
  const linter = new Linter({ configType: 'flat', cwd: '/' });
  const configs = new Map();
  const configFor = (kind, settings) => {
    const key = `${kind}\0${settings ? JSON.stringify(settings) : ''}`;
    if (!configs.has(key)) configs.set(key, flatConfigFor({ kind, tsParser, plugin, configName, settings }));
    return configs.get(key);
  };
  const parseConfigs = new Map();
  const parseConfigFor = (kind) => {
    if (!parseConfigs.has(kind)) parseConfigs.set(kind, flatConfigFor({ kind, tsParser, plugin: null, rules: {} }));
    return parseConfigs.get(kind);
  };
  const parses = (text, filename, kind) => {
    const messages = linter.verify(text, parseConfigFor(kind), { filename });
    const fatal = messages.find((m) => m.fatal);
    return fatal ? `${fatal.line}:${fatal.column} ${fatal.message}` : null;
  };

  /**
   * Sweeps one file. `kind` is detected when not given (by trying a module
   * first, then a script); `settings` is passed
   * as `settings.cors`. Returns what happened; never throws.
   */
  function sweep(text, filename, { kind, settings } = {}) {
    const result = {
      filename,
      kind: kind ?? (TS_FILE.test(filename) ? 'ts' : null),
      skipped: null,
      crash: null,
      reports: 0,
      rules: {},
      fixable: 0,
      fixesApplied: 0,
      fixed: false,
      reparseError: null,
      notIdempotent: false,
      unconverged: 0,
      newRuleKinds: [],
      suggestions: 0,
      badSuggestions: [],
    };
    const stage = (name, fn) => {
      try {
        return fn();
      } catch (error) {
        result.crash = `${name}: ${String(error?.stack ?? error).split('\n').slice(0, 4).join(' | ')}`;
        return undefined;
      }
    };
    let all;
    if (result.kind === null) {
      // JavaScript: a module unless only a script parses (top-level `return`, legacy octals, `with`).
      for (const candidate of filename.endsWith('.cjs') ? ['commonjs', 'module'] : ['module', 'commonjs']) {
        all = stage('lint', () => linter.verify(text, configFor(candidate, settings), { filename }));
        if (!all) return result;
        result.kind = candidate;
        if (!all.some((m) => m.fatal)) break;
      }
    } else {
      all = stage('lint', () => linter.verify(text, configFor(result.kind, settings), { filename }));
      if (!all) return result;
    }
    const config = configFor(result.kind, settings);
    const fatal = all.find((m) => m.fatal);
    if (fatal) {
      result.skipped = `parse error ${fatal.line}:${fatal.column} ${fatal.message}`;
      return result;
    }
    const messages = pluginMessages(all);
    result.messages = messages;
    result.reports = messages.length;
    for (const m of messages) result.rules[m.ruleId] = (result.rules[m.ruleId] ?? 0) + 1;
    result.fixable = messages.filter((m) => m.fix).length;

    for (const m of messages) {
      for (const suggestion of m.suggestions ?? []) {
        result.suggestions++;
        const { range, text: replacement } = suggestion.fix;
        if (!(range[0] >= 0 && range[0] <= range[1] && range[1] <= text.length)) {
          result.badSuggestions.push(`${m.ruleId} line ${m.line}: range ${range} outside the file`);
          continue;
        }
        const suggested = text.slice(0, range[0]) + replacement + text.slice(range[1]);
        const error = parses(suggested, filename, result.kind);
        if (error) result.badSuggestions.push(`${m.ruleId} line ${m.line} "${suggestion.desc}": ${error}`);
      }
    }
    if (result.fixable === 0) return result;

    const first = stage('fix', () => linter.verifyAndFix(text, config, { filename }));
    if (!first) return result;
    result.fixed = first.fixed;
    const remaining = pluginMessages(first.messages);
    result.unconverged = remaining.filter((m) => m.fix).length;
    result.fixesApplied = Math.max(0, result.fixable - result.unconverged);
    const before = new Set(messages.map((m) => m.ruleId));
    result.newRuleKinds = [...new Set(remaining.map((m) => m.ruleId).filter((id) => !before.has(id)))];
    if (!first.fixed) return result;
    result.reparseError = parses(first.output, filename, result.kind);
    if (result.reparseError) return result;
    const second = stage('second fix pass', () => linter.verifyAndFix(first.output, config, { filename }));
    if (!second) return result;
    result.notIdempotent = second.fixed;
    result.output = first.output;
    if (second.fixed) result.secondOutput = second.output;
    return result;
  }

  return { sweep };
}

/** Totals over sweep results, and the files behind each kind of failure. */
export function summarizeSweep(results) {
  const summary = {
    files: results.length,
    swept: 0,
    skipped: 0,
    filesWithReports: 0,
    reports: 0,
    filesWithFixes: 0,
    fixesApplied: 0,
    suggestionsChecked: 0,
    crashes: [],
    reparseErrors: [],
    notIdempotent: [],
    unconverged: [],
    badSuggestions: [],
    newRuleKinds: [],
    rules: {},
  };
  for (const r of results) {
    if (r.skipped) {
      summary.skipped++;
      continue;
    }
    if (r.crash) {
      summary.crashes.push(`${r.filename}: ${r.crash}`);
      continue;
    }
    summary.swept++;
    summary.reports += r.reports;
    if (r.reports > 0) summary.filesWithReports++;
    for (const [rule, n] of Object.entries(r.rules)) summary.rules[rule] = (summary.rules[rule] ?? 0) + n;
    if (r.fixed) summary.filesWithFixes++;
    summary.fixesApplied += r.fixesApplied;
    summary.suggestionsChecked += r.suggestions;
    if (r.reparseError) summary.reparseErrors.push(`${r.filename}: ${r.reparseError}`);
    if (r.notIdempotent) summary.notIdempotent.push(r.filename);
    if (r.unconverged) summary.unconverged.push(`${r.filename}: ${r.unconverged} fixable report(s) left after fixing`);
    for (const s of r.badSuggestions) summary.badSuggestions.push(`${r.filename}: ${s}`);
    if (r.newRuleKinds.length) summary.newRuleKinds.push(`${r.filename}: ${r.newRuleKinds.join(', ')}`);
  }
  return summary;
}
