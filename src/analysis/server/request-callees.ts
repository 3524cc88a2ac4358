/**
 * Names of calls whose options' `headers` are request headers, not response
 * headers: the request functions of the client APIs in `client/apis/` (a test
 * checks that every name they declare is here) and server-side request
 * libraries.
 */
export const REQUEST_CALLEES: ReadonlySet<string> = new Set([
  // fetch, Request, EventSource
  'fetch',
  'unfetch',
  'Request',
  'EventSource',
  // axios, ky, ofetch, jQuery, Angular HttpClient: the library and its methods
  'axios',
  'ky',
  'ofetch',
  '$fetch',
  'ajax',
  'ajaxSetup',
  'request',
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
  'postForm',
  'putForm',
  'patchForm',
  'getJSON',
  'getScript',
  'raw',
  'native',
  'create',
  'extend',
  // Nuxt
  'useFetch',
  'useLazyFetch',
  // GraphQL clients, socket.io-client, RTK Query
  'HttpLink',
  'createHttpLink',
  'ApolloClient',
  'createClient',
  'Client',
  'GraphQLClient',
  'io',
  'connect',
  'Manager',
  'fetchBaseQuery',
  // server-side
  'got',
  // proxies: their `headers` option goes to the backend with the forwarded request
  'createProxyMiddleware',
  'createProxyServer',
  'createProxy',
  'proxyRequest',
  'sendProxy',
]);
