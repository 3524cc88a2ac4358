/**
 * axios: `axios(config)`, `axios(url, config)`, `axios.get(url, config)`,
 * `axios.post(url, data, config)`, instances from `axios.create(defaults)`,
 * `axios.defaults.*` and request interceptors. `withCredentials` defaults to
 * false (docs/cors-semantics.md, "Client requests").
 */
import { urlCall, type ClientApi } from '../api.js';

const URL_CONFIG = urlCall(1);
const URL_DATA_CONFIG = urlCall(2);

export const axiosApi: ClientApi = {
  name: 'axios',
  dialect: 'with-credentials',
  defaultCredentials: 'omit',
  text: /axios/,
  modules: [{ source: 'axios', exports: ['default'] }],
  // window.axios, as Laravel's bootstrap sets it
  globals: [{ name: 'axios', bare: false, onGlobalObject: true }],
  calls: {
    '': { kind: 'request', form: { url: 0, options: 1 }, objectForm: { url: 'option', options: 0 } },
    request: { kind: 'request', form: { url: 'option', options: 0 } },
    get: URL_CONFIG,
    delete: URL_CONFIG,
    head: URL_CONFIG,
    options: URL_CONFIG,
    post: URL_DATA_CONFIG,
    put: URL_DATA_CONFIG,
    patch: URL_DATA_CONFIG,
    postForm: URL_DATA_CONFIG,
    putForm: URL_DATA_CONFIG,
    patchForm: URL_DATA_CONFIG,
    create: { kind: 'instance' },
  },
  instances: { baseKeys: ['baseURL'], join: 'axios', children: ['create'] },
  setup: { defaults: { credentials: 'withCredentials', base: 'baseURL' }, interceptors: true },
};
