import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayConfigureServer } from '../../src/analysis/model.js';
import { fileText } from '../../src/analysis/relevance.js';
import { temporaryProjects } from '../temp-project.js';
import { parseSnippet } from './analyze.js';

const projects = temporaryProjects('cors-relevance-');
/** The linted file `app.js` in a folder holding `files`. */
const project = (files: Record<string, string>) => path.join(projects(files), 'app.js');

const facts = (code: string, filename?: string) => {
  const sourceCode = parseSnippet(code);
  const text = fileText(sourceCode);
  const { dataFile, credentials, corsHeaders, library, inert } = text;
  return { dataFile, credentials, corsHeaders, library, inert, importsOptions: text.importsCorsOptions({ filename }), usesLibrary: text.usesLibrary({ filename }) };
};

describe('text gates', () => {
  it('finds the words in any case, in one pass', () => {
    expect(facts(`res.setHeader('ACCESS-CONTROL-ALLOW-ORIGIN', o); x.withCredentials = true;`)).toMatchObject({ credentials: true, corsHeaders: true });
    expect(facts(`const a = 1;`)).toMatchObject({ credentials: false, corsHeaders: false, library: false, importsOptions: false, inert: true });
    // The scan first also looks for a header setter, then goes on for the words alone.
    expect(facts(`res.setHeader(name, v); headers.set(a, b); const o = { withCredentials: true }; // Access-Control-\nrequire('cors');`)).toMatchObject({
      credentials: true,
      corsHeaders: true,
      library: true,
    });
  });

  it('call a file inert only when no gate but `any` can pass it', () => {
    expect(facts(`// cors\nconst origin = null;`)).toMatchObject({ inert: true });
    // Each of these lets some gate look further: a credentials word, a header name, a header setter (imported names), a library.
    expect(facts(`const o = { credentials: true };`)).toMatchObject({ inert: false });
    expect(facts(`const h = 'Access-Control-Allow-Origin';`)).toMatchObject({ inert: false });
    expect(facts(`res.setHeader(ACAO, origin);`)).toMatchObject({ inert: false, corsHeaders: false });
    expect(facts(`import { Server } from 'socket.io';\nnew Server(http, options);`)).toMatchObject({ inert: false, credentials: false });
  });

  it('let the server rules into a file only where a server part can hold something', () => {
    const server = (code: string) => mayConfigureServer(parseSnippet(code), undefined);
    expect(server(`res.setHeader('Access-Control-Allow-Origin', '*');`)).toBe(true);
    expect(server(`const cors = require('cors');\napp.use(cors());`)).toBe(true);
    // Stand-alone options, to be passed to a library elsewhere.
    expect(server(`export const corsOptions = { origin: '*', methods: ['GET'] };`)).toBe(true);
    expect(server(`const origin = location.origin;\nfetch(url, { mode: 'no-cors' });`)).toBe(false);
    expect(server(`export const user = { name: 'a', origin: 'b' };`)).toBe(false);
    // Tool configuration with credentials (CDK), but not credentials of another kind (a database's, a storage adapter's).
    expect(server(`new RestApi(this, 'api', { defaultCorsPreflightOptions: { allowOrigins: ORIGINS, allowCredentials: true } });`)).toBe(true);
    expect(server(`export default { dialect: 'mysql', dbCredentials: { url: env.DATABASE_URL } };`)).toBe(false);
    expect(server(`s3Storage({ config: { credentials: { accessKeyId, secretAccessKey } } });`)).toBe(false);
  });

  it('answer a text test once per file, for the gates and the model parts that ask it', () => {
    const text = fileText(parseSnippet(`export const corsOptions = { origin: '*', credentials: true };`));
    let calls = 0;
    const test = (t: string) => (calls++, t.includes('origin'));
    expect([text.passesText(test), text.passesText(test), text.passesText(/credentials/)]).toEqual([true, true, true]);
    expect(calls).toBe(1);
  });

  it('searches library text only where the file says cors', () => {
    // A nested require of a library whose credentials are on by default: the name says `cors`.
    expect(facts(`function load() { return require('micro-cors')(); }`)).toMatchObject({ credentials: true, library: true });
    expect(facts(`app.enableCors(options);`)).toMatchObject({ library: true });
    // Without a quoted module name only the other traces can match: an auto-imported helper, a NestJS package name.
    expect(facts(`export default defineEventHandler((event) => handleCors(event, corsOptions));`)).toMatchObject({ library: true });
    expect(facts(`// configures @nestjs/platform-express cors\nconst x = 1;`)).toMatchObject({ library: true });
    expect(facts(`const corsOptions = { origin: true };\nmodule.exports = corsOptions;`)).toMatchObject({ library: false });
    // A quoted module name of one library, imported: the import is found where the other traces are not.
    expect(facts(`const cors = require("cors");\napp.use(cors());`)).toMatchObject({ library: true });
    expect(facts(`const name = "cors";\napp.use(load(name));`)).toMatchObject({ library: false });
  });

  it('looks for a quoted module name of a library in a file that never says cors', () => {
    expect(facts(`import { createYoga } from 'graphql-yoga';\nexport const yoga = createYoga({ schema });`)).toMatchObject({ credentials: true, library: true });
    expect(facts(`import express from 'express';\nimport { options } from './config';`)).toMatchObject({ library: false, importsOptions: false });
    // Anywhere in the file, nested requires included.
    const filler = Array.from({ length: 100 }, (_, i) => `const v${i} = ${i};`).join('\n');
    expect(facts(`${filler}\nfunction start() { return require('graphql-yoga').createYoga({ schema }); }`)).toMatchObject({ credentials: true, library: true });
    // A quoted `'cors'` that is no import (a fetch mode) uses no library.
    expect(facts(`fetch(url, { mode: 'cors', credentials: 'include' });`)).toMatchObject({ credentials: true, library: false });
    // A name that is not quoted as a module is not an import.
    expect(facts(`// served by graphql-yoga\nconst h3 = 1;`)).toMatchObject({ library: false });
  });

  it('reads the options of a file that never says cors only from a module of the project that may hold them', () => {
    const server = `const { Server } = require('socket.io');\nconst { options } = require('./config');\nnew Server(http, options);`;
    const saysCors = project({ 'config.js': `exports.options = { cors: { origin: true, credentials: true } };` });
    expect(facts(server, saysCors)).toMatchObject({ credentials: false, library: true, importsOptions: true, usesLibrary: true });
    // An index that re-exports them may hand them on.
    const reexports = project({ 'config/index.js': `export * from './server';`, 'config/server.js': `export const options = { cors: true };` });
    expect(facts(`import { Server } from 'socket.io';\nimport { options } from './config';\nnew Server(http, options);`, reexports)).toMatchObject({ importsOptions: true, usesLibrary: true });
    const tsImport = project({ 'config.ts': `export const options = { cors: { origin: true } };` });
    expect(facts(`import io = require('socket.io');\nimport { options } from './config';`, tsImport)).toMatchObject({ importsOptions: true });
    // A module that says nothing of CORS, a missing one, or no file name to resolve from: nothing to read.
    const plain = project({ 'config.js': `exports.options = { port: 3000 };` });
    expect(facts(server, plain)).toMatchObject({ library: true, importsOptions: false, usesLibrary: false });
    expect(facts(server, project({}))).toMatchObject({ importsOptions: false, usesLibrary: false });
    expect(facts(server)).toMatchObject({ importsOptions: false, usesLibrary: false });
    // A library whose CORS is on without options needs neither.
    expect(facts(`import { createYoga } from 'graphql-yoga';\nimport { schema } from './schema';\nexport const yoga = createYoga({ schema });`, plain)).toMatchObject({
      importsOptions: false,
      usesLibrary: true,
    });
    // A file that says cors keeps what it imports, whatever the module holds.
    expect(facts(`import { Server } from 'socket.io';\nimport { options } from './config';\nnew Server(http, { cors: options });`, plain)).toMatchObject({ importsOptions: true, usesLibrary: true });
    // A library's module named but not imported (a list of dependencies) configures nothing, while an import does.
    const nest = project({ 'app.module.js': `export const options = { cors: { origin: true, credentials: true } };` });
    const listed = `import { addDependencies } from './app.module';\naddDependencies(['@nestjs/core', '@nestjs/common']);`;
    expect(facts(listed, nest)).toMatchObject({ library: true, importsOptions: false, usesLibrary: false });
    const created = `import { NestFactory } from '@nestjs/core';\nimport { AppModule, options } from './app.module';\nNestFactory.create(AppModule, options);`;
    expect(facts(created, nest)).toMatchObject({ library: true, importsOptions: true, usesLibrary: true });
  });
});

describe('the file name', () => {
  /** A rule context whose file name counts its reads. */
  const counted = (filename: string) => {
    const file = {
      reads: 0,
      get filename() {
        file.reads++;
        return filename;
      },
    };
    return file;
  };

  it('is read only when an import must be resolved', () => {
    const dir = projects({ 'names.js': `exports.ACAO = 'Access-Control-Allow-Origin';` });
    // No header setter and no library: nothing to resolve.
    const plain = counted(path.join(dir, 'plain.js'));
    const quiet = fileText(parseSnippet(`import { format } from './names';\nexport const x = format(1);`));
    expect(quiet.mayGrantCredentials(plain) || quiet.mayWriteHeaders(plain)).toBe(false);
    expect(plain.reads).toBe(0);
    // A header setter and a module of the project: the import is resolved, and the answer kept.
    const server = counted(path.join(dir, 'server.js'));
    const writes = fileText(parseSnippet(`const { ACAO } = require('./names');\nres.setHeader(ACAO, '*');`));
    expect(writes.mayWriteHeaders(server)).toBe(true);
    expect(writes.mayGrantCredentials(server)).toBe(true);
    expect(server.reads).toBe(1);
  });
});
