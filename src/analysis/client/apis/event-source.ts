/**
 * `new EventSource(url, { withCredentials })`: no cookies cross-origin unless
 * `withCredentials` is true (docs/cors-semantics.md, "Client requests").
 */
import { WITH_CREDENTIALS_FLAG, type ClientApi } from '../api.js';

export const eventSourceApi: ClientApi = {
  name: 'EventSource',
  ...WITH_CREDENTIALS_FLAG,
  text: /EventSource/,
  modules: [],
  globals: [{ name: 'EventSource', bare: true, onGlobalObject: true }],
  calls: {},
  constructs: { '': { kind: 'request', form: { url: 0, options: 1 } } },
};
