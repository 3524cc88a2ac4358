/**
 * axios: `axios(config)`, `axios(url, config)`, `axios.get(url, config)`,
 * `axios.post(url, data, config)`, instances from `axios.create(defaults)`,
 * `axios.defaults.*` and request interceptors. `withCredentials` defaults to
 * false (docs/cors-semantics.md, "Client requests").
 */
import { methodCalls, urlCall, WITH_CREDENTIALS_FLAG, type ClientApi } from '../api.js';

export const axiosApi: ClientApi = {
  name: 'axios',
  ...WITH_CREDENTIALS_FLAG,
  text: /axios/,
  modules: [{ source: 'axios', exports: ['default'] }],
  // window.axios, as Laravel's bootstrap sets it
  globals: [{ name: 'axios', bare: false, onGlobalObject: true }],
  calls: {
    '': { kind: 'request', form: { url: 0, options: 1 }, objectForm: { url: 'option', options: 0 } },
    request: { kind: 'request', form: { url: 'option', options: 0 } },
    // get(url, config), post(url, data, config)
    ...methodCalls(['get', 'delete', 'head', 'options'], urlCall(1)),
    ...methodCalls(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm'], urlCall(2)),
    create: { kind: 'instance' },
  },
  instances: { baseKeys: ['baseURL'], join: 'axios', children: ['create'] },
  setup: { defaults: { credentials: 'withCredentials', base: 'baseURL' }, interceptors: true },
};
