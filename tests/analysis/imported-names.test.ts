import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writesImportedHeaders } from '../../src/analysis/relevance.js';
import { parseSnippet } from './analyze.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cors-imported-names-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
fs.writeFileSync(path.join(root, 'constants.ts'), "export const ACAO = 'Access-Control-Allow-Origin';\n");
fs.writeFileSync(path.join(root, 'keys.ts'), "export const CACHE_KEY = 'user';\n");
const file = path.join(root, 'server.ts');
/** The test on a parsed file: the imported names come from its top-level imports. */
const writesImportedHeaderNames = (code: string, filename: string): boolean => writesImportedHeaders(parseSnippet(code), { filename });

describe('the test for header names imported from the project', () => {
  it('passes a setter or computed key whose name is imported from a module that names a CORS header', () => {
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nres.setHeader(ACAO, origin);", file)).toBe(true);
    expect(writesImportedHeaderNames("const { ACAO: NAME } = require('./constants');\nheaders.set(NAME, origin);", file)).toBe(true);
    expect(writesImportedHeaderNames("import * as H from './constants';\nres.set({ [H.ACAO]: '*' });", file)).toBe(true);
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nsetResponseHeader(event, ACAO, origin);", file)).toBe(true);
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nresponse.headers[ACAO] = '*';", file)).toBe(true);
    expect(writesImportedHeaderNames("const { ACAO } = require('./constants');\nmodule.exports = { headers: () => [{ source: '/:p*', headers: [{ key: ACAO, value: '*' }] }] };", file)).toBe(true);
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nclass C { @Header(ACAO, '*') get() {} }", file)).toBe(true);
  });

  it('fails when the name comes from elsewhere, the module names no header, or nothing is imported', () => {
    expect(writesImportedHeaderNames("import { CACHE_KEY } from './keys';\ncache.set(CACHE_KEY, user);", file)).toBe(false);
    expect(writesImportedHeaderNames("import { ACAO } from 'some-package';\nres.setHeader(ACAO, origin);", file)).toBe(false);
    expect(writesImportedHeaderNames("import { ACAO } from './missing';\nres.setHeader(ACAO, origin);", file)).toBe(false);
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nres.setHeader('X-Id', ACAO);", file)).toBe(false);
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nif (headers[ACAO] === '*') log();", file)).toBe(false);
    // A getter, or a set with no value after the name, writes no header.
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nconst value = req.header(ACAO);", file)).toBe(false);
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nseen.add(ACAO); names.set(ACAO);", file)).toBe(false);
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nres.setHeader(ACAO, origin);", 'server.ts')).toBe(false);
  });

  it('reads the imports of the first 64 top-level statements', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `const v${i} = ${i};`).join('\n');
    const code = (n: number) => `${filler(n)}\nimport { ACAO } from './constants';\nres.setHeader(ACAO, origin);`;
    expect(writesImportedHeaderNames(code(63), file)).toBe(true);
    expect(writesImportedHeaderNames(code(64), file)).toBe(false);
  });

  it('reads the first 64 declarators of those statements, however long one `var` list is', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `v${i} = ${i}`).join(', ');
    const code = (n: number) => `var ${list(n)}, ACAO = require('./constants').ACAO;\nres.setHeader(ACAO, origin);`;
    expect(writesImportedHeaderNames(code(63), file)).toBe(true);
    expect(writesImportedHeaderNames(code(64), file)).toBe(false);
    const spread = `${Array.from({ length: 40 }, (_, i) => `var v${i} = ${i};`).join('\n')}\nvar ACAO = require('./constants').ACAO;\nres.setHeader(ACAO, origin);`;
    expect(writesImportedHeaderNames(spread, file)).toBe(true);
  });
});

describe('the reference test for imported header names', () => {
  it('skips files without a setter or headers object, and keys of other lists', () => {
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nexport const byKind = { [ACAO]: 1 };", file)).toBe(false);
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nnew Headers([[ACAO, origin]]);", file)).toBe(false);
  });

  it('follows the binding, not its spelling: a local of the same name, a comment or a string do not count', () => {
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nfunction f(ACAO) { res.setHeader(ACAO, origin); }", file)).toBe(false);
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\n// res.setHeader(ACAO, origin)\nlog(ACAO);", file)).toBe(false);
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nres.setHeader('ACAO', ACAO);", file)).toBe(false);
  });

  it('reads setters written over several lines, renamed imports, h3 namespace calls and headers objects', () => {
    expect(writesImportedHeaderNames("import { ACAO as NAME } from './constants';\nres.setHeader(\n  NAME,\n  origin,\n);", file)).toBe(true);
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nh3.setResponseHeader(event, ACAO, origin);", file)).toBe(true);
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nres['setHeader'](ACAO, origin);", file)).toBe(true);
    expect(writesImportedHeaderNames("import { ACAO } from './constants';\nexport const headers = { [ACAO]: origin };", file)).toBe(true);
  });
});
