// Runs inside a consumer project created by scripts/consumer-test.mjs, against the
// installed `eslint` and `eslint-plugin-cors`, the way editor integrations do:
// `new ESLint(...)`, `lintFiles`, `lintText` and `ESLint.outputFixes`.
// Prints one JSON object on stdout; the checks themselves are made by the caller.
//
// Usage: node api-check.mjs '{"lintDir":"src","fixDir":"api-fix","textFile":"src/server.js"}'
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const { lintDir, fixDir, textFile } = JSON.parse(process.argv[2]);
const cwd = process.cwd();

const { ESLint } = require('eslint');
const esmPlugin = (await import('eslint-plugin-cors')).default;
const cjsPlugin = require('eslint-plugin-cors');

const describePlugin = (plugin) => ({
  name: plugin?.meta?.name ?? null,
  version: plugin?.meta?.version ?? null,
  rules: Object.keys(plugin?.rules ?? {}).sort(),
  configs: Object.keys(plugin?.configs ?? {}).sort(),
});

const messagesOf = (results) =>
  results.flatMap((result) =>
    result.messages.map((m) => ({
      file: path.relative(cwd, result.filePath).split(path.sep).join('/'),
      line: m.line ?? 0,
      ruleId: m.ruleId ?? null,
      severity: m.severity,
      fatal: m.fatal === true,
      message: m.message,
    })),
  );

// 1. Lint a directory without fixing.
const lintResults = await new ESLint({ cwd }).lintFiles([lintDir]);

// 2. Lint one file's text with fixes on (what "fix on save" calls).
const source = fs.readFileSync(path.join(cwd, textFile), 'utf8');
const [textResult] = await new ESLint({ cwd, fix: true }).lintText(source, { filePath: path.join(cwd, textFile) });

// 3. Fix a directory and write the fixes to disk.
const fixResults = await new ESLint({ cwd, fix: true }).lintFiles([fixDir]);
await ESLint.outputFixes(fixResults);
const fixedFiles = {};
for (const name of fs.readdirSync(path.join(cwd, fixDir)).sort()) {
  fixedFiles[name] = fs.readFileSync(path.join(cwd, fixDir, name), 'utf8');
}

process.stdout.write(
  JSON.stringify({
    eslintVersion: ESLint.version,
    plugin: { esm: describePlugin(esmPlugin), cjs: describePlugin(cjsPlugin) },
    lint: messagesOf(lintResults),
    text: {
      output: textResult?.output ?? null,
      remaining: textResult ? messagesOf([textResult]) : null,
    },
    fix: { files: fixedFiles, remaining: messagesOf(fixResults) },
  }),
);
