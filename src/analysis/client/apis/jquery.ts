/**
 * jQuery: `$.ajax(url, settings)`, `$.ajax(settings)`, the `$.get` / `$.post`
 * shorthands, and `$.ajaxSetup` / `$.ajaxPrefilter` defaults. Credentials are
 * `xhrFields: { withCredentials: true }`, off by default
 * (docs/cors-semantics.md, "Client requests").
 */
import type { ClientApi, RequestCall } from '../api.js';

// $.get(url, data, success): no argument takes settings, so nothing to edit.
const SHORTHAND: RequestCall = { kind: 'request', form: { url: 0, options: null }, objectForm: { url: 'option', options: 0 } };

export const jqueryApi: ClientApi = {
  name: 'jQuery',
  dialect: 'jquery',
  defaultCredentials: 'omit',
  text: /jquery|jQuery|\$\s*\.\s*(?:ajax|get|post)/,
  modules: [{ source: 'jquery', exports: ['default'] }],
  globals: [
    { name: '$', bare: true, onGlobalObject: false },
    { name: 'jQuery', bare: true, onGlobalObject: true },
  ],
  calls: {
    ajax: { kind: 'request', form: { url: 0, options: 1 }, objectForm: { url: 'option', options: 0 } },
    get: SHORTHAND,
    post: SHORTHAND,
    getJSON: SHORTHAND,
    getScript: SHORTHAND,
  },
  setup: { calls: { ajaxSetup: 0, ajaxPrefilter: 'unknown' } },
};
