/**
 * `new EventSource(url, { withCredentials })`: no cookies cross-origin unless
 * `withCredentials` is true (docs/cors-semantics.md, "Client requests").
 */
import type { ClientApi } from '../api.js';

export const eventSourceApi: ClientApi = {
  name: 'EventSource',
  dialect: 'with-credentials',
  defaultCredentials: 'omit',
  text: /EventSource/,
  modules: [],
  globals: [{ name: 'EventSource', bare: true, onGlobalObject: true }],
  calls: {},
  constructs: { '': { kind: 'request', form: { url: 0, options: 1 } } },
};
