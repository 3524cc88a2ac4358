import { describe, expect, it } from 'vitest';
import { fileText } from '../../src/analysis/relevance.js';
import { parseSnippet } from './analyze.js';

const facts = (code: string) => {
  const sourceCode = parseSnippet(code);
  const text = fileText(sourceCode);
  const { dataFile, credentials, corsHeaders, nullText, library } = text;
  return { dataFile, credentials, corsHeaders, nullText, library, importsOptions: text.importsCorsOptions };
};

describe('text gates', () => {
  it('finds the words in any case, in one pass', () => {
    expect(facts(`res.setHeader('ACCESS-CONTROL-ALLOW-ORIGIN', o); x.withCredentials = true;`)).toMatchObject({ credentials: true, corsHeaders: true });
    expect(facts(`const a = 1;`)).toMatchObject({ credentials: false, corsHeaders: false, library: false, nullText: false, importsOptions: false });
    // The scan first also looks for a header setter, then goes on for the words alone.
    expect(facts(`res.setHeader(name, v); headers.set(a, b); const o = { withCredentials: true }; // Access-Control-\nrequire('cors');`)).toMatchObject({
      credentials: true,
      corsHeaders: true,
      library: true,
    });
  });

  it('searches library text only where the file says cors', () => {
    // A nested require of a library whose credentials are on by default: the name says `cors`.
    expect(facts(`function load() { return require('micro-cors')(); }`)).toMatchObject({ credentials: true, library: true });
    expect(facts(`app.enableCors(options);`)).toMatchObject({ library: true });
  });

  it('looks for a quoted module name of a library in a file that never says cors', () => {
    expect(facts(`import { createYoga } from 'graphql-yoga';\nexport const yoga = createYoga({ schema });`)).toMatchObject({ credentials: true, library: true });
    expect(facts(`const { Server } = require('socket.io');\nconst { options } = require('./config');\nnew Server(http, options);`)).toMatchObject({
      credentials: false,
      library: true,
      importsOptions: true,
    });
    expect(facts(`import express from 'express';\nimport { options } from './config';`)).toMatchObject({ library: false, importsOptions: false });
    expect(facts(`import io = require('socket.io');\nimport { options } from './config';`)).toMatchObject({ importsOptions: true });
    // Anywhere in the file, nested requires included.
    const filler = Array.from({ length: 100 }, (_, i) => `const v${i} = ${i};`).join('\n');
    expect(facts(`${filler}\nfunction start() { return require('graphql-yoga').createYoga({ schema }); }`)).toMatchObject({ credentials: true, library: true });
    // A name that is not quoted as a module is not an import.
    expect(facts(`// served by graphql-yoga\nconst h3 = 1;`)).toMatchObject({ library: false });
  });
});
