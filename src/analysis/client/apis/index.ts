/**
 * Every client API the model reads, in the order a call is tried against
 * them. Adding an API is adding its file here.
 */
import { PROJECT_IMPORT_TEXT } from '../../core/module-files.js';
import type { ClientApi } from '../api.js';
import { angularApi } from './angular.js';
import { axiosApi } from './axios.js';
import { eventSourceApi } from './event-source.js';
import { fetchApi, requestApi } from './fetch.js';
import { jqueryApi } from './jquery.js';
import { kyApi } from './ky.js';
import { ofetchApi } from './ofetch.js';
import { xhrApi } from './xhr.js';
import { apolloApi } from './apollo.js';
import { urqlApi } from './urql.js';
import { graphqlRequestApi } from './graphql-request.js';
import { socketIoApi } from './socket-io.js';
import { nuxtApi } from './nuxt.js';
import { rtkQueryApi } from './rtk-query.js';
import { superagentApi } from './superagent.js';

export const CLIENT_APIS: readonly ClientApi[] = [
  fetchApi,
  requestApi,
  axiosApi,
  xhrApi,
  eventSourceApi,
  kyApi,
  ofetchApi,
  jqueryApi,
  angularApi,
  apolloApi,
  urqlApi,
  graphqlRequestApi,
  socketIoApi,
  nuxtApi,
  rtkQueryApi,
  superagentApi,
];

/** Cheap text test: a module that matches no API's text makes no client request the model knows. */
export const REQUEST_API_TEXT = new RegExp(CLIENT_APIS.map((api) => `(?:${api.text.source})`).join('|'));

/**
 * Text a module must hold for the requests part to read it through an import:
 * a call of a client API, or client set-up (a credentials mode, interceptors).
 * Other imported modules stay unparsed, however often they say `fetch` or
 * `credentials` in other senses.
 */
export const CLIENT_MODULE_TEXT =
  /\bfetch\s*\(|\bnew\s+Request\b|axios|XMLHttpRequest|EventSource|['"]ky(?:-universal)?['"]|ofetch|\$fetch|jquery|jQuery|@angular\/common\/http|@apollo\/client|urql|graphql-request|socket\.io-client|fetchBaseQuery|superagent|withCredentials|\bcredentials\s*:\s*['"`]|interceptors|HTTP_INTERCEPTORS/;

/**
 * Text a module must hold for a client instance to be looked for in it (`api`
 * in `api.get(url)` imported from `./api`): the name of an API that makes
 * instances. A module of other helpers stays unparsed.
 */
export const INSTANCE_MODULE_TEXT = new RegExp(CLIENT_APIS.filter((api) => api.instances).map((api) => `(?:${api.text.source})`).join('|'));

/** A module importing a project module (`./api`, `@/lib/http`, `PROJECT_IMPORT_TEXT`) and calling request-like methods may use a client instance made there. */
const METHOD_CALL = /\.\s*(?:get|post|put|patch|delete|head|request)\s*[(<]/;

/** Text test for the requests part: an API is named, or an instance imported from another module may be used. */
export function mayMakeRequests(text: string): boolean {
  return REQUEST_API_TEXT.test(text) || (PROJECT_IMPORT_TEXT.test(text) && METHOD_CALL.test(text));
}
