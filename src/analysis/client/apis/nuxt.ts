/**
 * Nuxt's `useFetch(url, options)` and `useLazyFetch`, auto-imported or from
 * `#app` / `#imports` / `nuxt/app`. Options go to `$fetch` (ofetch): fetch's
 * `credentials` (default `'same-origin'`) and `baseURL`
 * (docs/cors-semantics.md, "Client requests").
 */
import { FETCH_CREDENTIALS, urlCall, type ClientApi } from '../api.js';

const EXPORTS = ['useFetch', 'useLazyFetch'];

export const nuxtApi: ClientApi = {
  name: 'useFetch',
  ...FETCH_CREDENTIALS,
  text: /use(?:Lazy)?Fetch/,
  modules: ['#app', '#imports', 'nuxt/app'].map((source) => ({ source, exports: EXPORTS })),
  globals: EXPORTS.map((name) => ({ name, bare: true, onGlobalObject: false })),
  calls: { '': urlCall(1) },
  instances: { baseKeys: ['baseURL'], join: 'ofetch', children: [] },
};
