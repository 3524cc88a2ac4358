/**
 * ky: `ky(url, options)`, `ky.get(url, options)`, instances from
 * `ky.create` / `ky.extend` with `prefixUrl`. Options are fetch options:
 * `credentials` defaults to `'same-origin'` (docs/cors-semantics.md, "Client requests").
 */
import { urlCall, type ClientApi } from '../api.js';

const URL_OPTIONS = urlCall(1);

export const kyApi: ClientApi = {
  name: 'ky',
  dialect: 'fetch',
  defaultCredentials: 'same-origin',
  text: /['"]ky(?:-universal)?['"]/,
  modules: [
    { source: 'ky', exports: ['default'] },
    { source: 'ky-universal', exports: ['default'] },
  ],
  globals: [],
  calls: {
    '': URL_OPTIONS,
    get: URL_OPTIONS,
    post: URL_OPTIONS,
    put: URL_OPTIONS,
    patch: URL_OPTIONS,
    delete: URL_OPTIONS,
    head: URL_OPTIONS,
    create: { kind: 'instance' },
    extend: { kind: 'instance' },
  },
  instances: { baseKeys: ['prefixUrl', 'prefix', 'baseUrl'], join: 'ky', children: ['create', 'extend'] },
};
