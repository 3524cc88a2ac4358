/**
 * GraphQL Yoga `createYoga({ cors })` and `useCORS(options)` of
 * `@whatwg-node/server`, the same code. Unless `cors: false`, every origin is
 * echoed with credentials by default (the ACAO is never `*`, so credentials
 * are on unless `credentials: false`); any `'*'` echoes as well.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { callLibrary, CALL, corsLibrary, onCall } from '../library.js';
import { CORS_LIKE, type LibrarySemantics } from '../types.js';

const YOGA_LIKE: Omit<LibrarySemantics, 'library' | 'label'> = {
  ...CORS_LIKE,
  defaultOrigin: 'echo',
  wildcardWithCredentials: 'echo',
  anyOriginEchoes: true,
  listWithWildcard: 'any',
  falsyDisables: false,
  callbackStyle: 'return',
  defaultCredentials: 'on',
  credentialsTruthy: true,
};

const yoga: LibrarySemantics = { ...YOGA_LIKE, library: 'graphql-yoga', label: 'GraphQL Yoga' };
const whatwg: LibrarySemantics = { ...YOGA_LIKE, library: '@whatwg-node/server', label: '@whatwg-node/server useCORS' };

export const graphqlYoga = corsLibrary({
  modules: ['graphql-yoga'],
  exports: {
    createYoga: {
      [CALL]: onCall((collector, call) => {
        const options = call.arguments[0];
        if (options?.type === AST_NODE_TYPES.SpreadElement) return;
        // Without a `cors` key, the report goes on `createYoga` rather than the whole call.
        const entry = collector.corsOption(options);
        collector.corsEntryOrDefaults(yoga, entry === undefined ? call.callee : call, options);
      }),
    },
  },
  semantics: yoga,
  onByDefault: true,
  example: `import { createYoga } from 'MODULE';\nexport const yoga = createYoga({ schema });`,
});

export const whatwgNodeServer = callLibrary({
  modules: ['@whatwg-node/server'],
  calls: { useCORS: 0 },
  semantics: whatwg,
  example: `import { createServerAdapter, useCORS } from 'MODULE';\nexport const adapter = createServerAdapter(handler, { plugins: [useCORS()] });`,
});
