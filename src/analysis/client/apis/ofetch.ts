/**
 * ofetch and Nuxt's `$fetch`: `ofetch(url, options)`, `ofetch.raw`,
 * `ofetch.native` (plain fetch) and instances from `ofetch.create` with
 * `baseURL`. Options are fetch options: `credentials` defaults to
 * `'same-origin'` (docs/cors-semantics.md, "Client requests").
 */
import { FETCH_CREDENTIALS, urlCall, type ClientApi } from '../api.js';

const URL_OPTIONS = urlCall(1);

export const ofetchApi: ClientApi = {
  name: 'ofetch',
  ...FETCH_CREDENTIALS,
  text: /ofetch|\$fetch/,
  modules: [{ source: 'ofetch', exports: ['ofetch', '$fetch'] }],
  // Nuxt auto-imports `$fetch`.
  globals: [{ name: '$fetch', bare: true, onGlobalObject: false }],
  calls: {
    '': URL_OPTIONS,
    raw: URL_OPTIONS,
    native: { kind: 'request', form: { url: 0, options: 1 }, skipRequestObject: true, as: { name: 'fetch', dialect: 'fetch' } },
    create: { kind: 'instance' },
  },
  instances: { baseKeys: ['baseURL'], join: 'ofetch', children: ['create'] },
};
