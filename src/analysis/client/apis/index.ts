/**
 * Every client API the model reads, in the order a call is tried against
 * them. Adding an API is adding its file here.
 */
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
