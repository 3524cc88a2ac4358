/**
 * ky: `ky(url, options)`, `ky.get(url, options)`, instances from
 * `ky.create` / `ky.extend` with `prefixUrl`. Options are fetch options:
 * `credentials` defaults to `'same-origin'` (docs/cors-semantics.md, "Client requests").
 */
import { FETCH_CREDENTIALS, methodCalls, urlCall, type ClientApi } from '../api.js';

export const kyApi: ClientApi = {
  name: 'ky',
  ...FETCH_CREDENTIALS,
  text: /['"]ky(?:-universal)?['"]/,
  modules: [
    { source: 'ky', exports: ['default'] },
    { source: 'ky-universal', exports: ['default'] },
  ],
  globals: [],
  calls: {
    ...methodCalls(['', 'get', 'post', 'put', 'patch', 'delete', 'head'], urlCall(1)),
    create: { kind: 'instance' },
    extend: { kind: 'instance' },
  },
  instances: { baseKeys: ['prefixUrl', 'prefix', 'baseUrl'], join: 'ky', children: ['create', 'extend'] },
};
