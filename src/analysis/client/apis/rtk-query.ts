/**
 * RTK Query's `fetchBaseQuery({ baseUrl, credentials })`: the base query every
 * endpoint of an API goes through, so it is read like a client instance.
 * Options are fetch's; unset, `'same-origin'` applies (docs/cors-semantics.md,
 * "Client requests"; `@reduxjs/toolkit` 2.11.2 `src/query/fetchBaseQuery.ts`).
 */
import { FETCH_CREDENTIALS, type ClientApi } from '../api.js';

export const rtkQueryApi: ClientApi = {
  name: 'fetchBaseQuery',
  ...FETCH_CREDENTIALS,
  text: /fetchBaseQuery/,
  modules: ['@reduxjs/toolkit/query', '@reduxjs/toolkit/query/react'].map((source) => ({ source, exports: ['fetchBaseQuery'] })),
  globals: [],
  calls: { '': { kind: 'instance' } },
  instances: { baseKeys: ['baseUrl'], join: 'ofetch', children: [] },
};
