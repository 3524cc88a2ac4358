/**
 * graphql-request: `new GraphQLClient(url, { credentials })`, whose options
 * are fetch's; unset, `'same-origin'` applies (docs/cors-semantics.md,
 * "Client requests").
 */
import { FETCH_CREDENTIALS, urlCall, type ClientApi } from '../api.js';

export const graphqlRequestApi: ClientApi = {
  name: 'GraphQLClient',
  ...FETCH_CREDENTIALS,
  text: /graphql-request/,
  modules: [{ source: 'graphql-request', exports: ['GraphQLClient'] }],
  globals: [],
  calls: {},
  constructs: { '': urlCall(1) },
};
