/**
 * Apollo Client: `new HttpLink({ uri, credentials })`, `createHttpLink({…})`
 * and `new ApolloClient({ uri, credentials })` (which builds its own link).
 * `credentials` may also sit in `fetchOptions`; unset, fetch's `'same-origin'`
 * applies (docs/cors-semantics.md, "Client requests"; Apollo Client 3.x
 * `src/link/http/selectHttpOptionsAndBody.ts`).
 */
import { FETCH_CREDENTIALS, type ClientApi, type RequestCall } from '../api.js';

const OPTIONS_WITH_URI: RequestCall = { kind: 'request', form: { url: 'option', urlKey: 'uri', options: 0 } };
const MODULES = ['@apollo/client', '@apollo/client/core', '@apollo/client/link/http'];

export const apolloApi: ClientApi = {
  name: 'ApolloClient',
  ...FETCH_CREDENTIALS,
  text: /@apollo\/client/,
  modules: MODULES.map((source) => ({ source, exports: ['HttpLink', 'createHttpLink', 'ApolloClient'] })),
  globals: [],
  calls: { '': OPTIONS_WITH_URI },
  constructs: { '': OPTIONS_WITH_URI },
};
