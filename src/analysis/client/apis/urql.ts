/**
 * urql: `createClient({ url, fetchOptions })` and `new Client({…})`.
 * Credentials are `fetchOptions: { credentials }`, an object or a function
 * returning one; unset, fetch's `'same-origin'` applies
 * (docs/cors-semantics.md, "Client requests"; urql `packages/core/src/internal/fetchOptions.ts`).
 */
import type { ClientApi, RequestCall } from '../api.js';

const OPTIONS_WITH_URL: RequestCall = { kind: 'request', form: { url: 'option', options: 0 } };

export const urqlApi: ClientApi = {
  name: 'urql',
  dialect: 'fetch-options',
  defaultCredentials: 'same-origin',
  text: /urql/,
  modules: ['urql', '@urql/core', '@urql/vue', '@urql/svelte', '@urql/preact'].map((source) => ({ source, exports: ['createClient', 'Client'] })),
  globals: [],
  calls: { '': OPTIONS_WITH_URL },
  constructs: { '': OPTIONS_WITH_URL },
};
