/**
 * require-request-credentials on the GraphQL, socket, Nuxt, RTK Query and
 * superagent clients, with the look-alikes it must leave alone.
 */
import rule from '../../src/rules/require-request-credentials.js';
import { assertionOptions, corsSettings, createRuleTester } from '../rule-tester.js';
import { at, located } from './locate.js';

const CONFIGURED = corsSettings({ credentialedApis: ['https://api.example.com'] });

/** One configured finding, reported on the text `reported`, with its autofix output. */
function fixed(code: string, output: string, messageId: 'missingCredentials' | 'instanceMissingCredentials' | 'disabledCredentials', reported: string) {
  return { code, settings: CONFIGURED, output, errors: [{ messageId, ...at(code, reported) }] };
}

createRuleTester().run('require-request-credentials: more client APIs', rule, {
  assertionOptions,
  valid: [
    // Apollo Client
    { code: `import { HttpLink } from '@apollo/client';\nnew HttpLink({ uri: 'https://api.example.com/graphql', credentials: 'include' });`, settings: CONFIGURED },
    { code: `import { createHttpLink } from '@apollo/client';\ncreateHttpLink({ uri: 'https://api.example.com/graphql', fetchOptions: { credentials: 'include' } });`, settings: CONFIGURED },
    { code: `import { ApolloClient, InMemoryCache } from '@apollo/client';\nnew ApolloClient({ link, cache: new InMemoryCache() });`, settings: CONFIGURED },
    { code: `class HttpLink { constructor(o) { this.o = o; } }\nnew HttpLink({ uri: 'https://api.example.com/graphql' });`, settings: CONFIGURED },
    // urql
    { code: `import { createClient } from 'urql';\ncreateClient({ url: 'https://api.example.com/graphql', fetchOptions: { credentials: 'include' } });`, settings: CONFIGURED },
    { code: `import { createClient } from '@urql/core';\ncreateClient({ url: 'https://api.example.com/graphql', fetchOptions: () => ({ credentials: 'include' }) });`, settings: CONFIGURED },
    { code: `import { createClient } from 'urql';\ncreateClient({ url: 'https://api.example.com/graphql', fetchOptions: buildOptions });`, settings: CONFIGURED },
    { code: `import { createClient } from 'redis';\ncreateClient({ url: 'https://api.example.com' });`, settings: CONFIGURED },
    // graphql-request
    { code: `import { GraphQLClient } from 'graphql-request';\nnew GraphQLClient('https://api.example.com/graphql', { credentials: 'include' });`, settings: CONFIGURED },
    { code: `import { GraphQLClient } from './my-client';\nnew GraphQLClient('https://api.example.com/graphql');`, settings: CONFIGURED },
    // socket.io-client
    { code: `import { io } from 'socket.io-client';\nio('https://api.example.com', { withCredentials: true });`, settings: CONFIGURED },
    { code: `import { io } from 'socket.io-client';\nio('https://api.example.com', { transports: ['websocket'] });`, settings: CONFIGURED },
    { code: `import { io } from 'socket.io-client';\nio();\nio({ path: '/ws' });`, settings: CONFIGURED },
    { code: `const io = createServer();\nio('https://api.example.com');`, settings: CONFIGURED },
    // Nuxt
    { code: `useFetch('/api/me');\nuseFetch('https://api.example.com/me', { credentials: 'include' });`, settings: CONFIGURED },
    { code: `function useFetch(url) { return url; }\nuseFetch('https://api.example.com/me');`, settings: CONFIGURED },
    // RTK Query
    { code: `import { fetchBaseQuery } from '@reduxjs/toolkit/query/react';\nfetchBaseQuery({ baseUrl: 'https://api.example.com', credentials: 'include' });`, settings: CONFIGURED },
    { code: `const fetchBaseQuery = (o) => o;\nfetchBaseQuery({ baseUrl: 'https://api.example.com' });`, settings: CONFIGURED },
    // superagent
    { code: `import superagent from 'superagent';\nsuperagent.get('https://api.example.com/me').withCredentials().then((r) => r.body);`, settings: CONFIGURED },
    { code: `import superagent from 'superagent';\nconst req = superagent.get('https://api.example.com/me');\nreq.withCredentials();`, settings: CONFIGURED },
    { code: `import superagent from 'superagent';\nsuperagent.get('https://api.example.com/me').use(withSession).end(done);`, settings: CONFIGURED },
    { code: `const request = { get: (u) => u };\nrequest.get('https://api.example.com/me');`, settings: CONFIGURED },
    // Fetchers: the URL arrives through a parameter.
    { code: `import useSWR from 'swr';\nconst fetcher = (url) => fetch(url, { credentials: 'include' });\nuseSWR('https://api.example.com/me', fetcher);`, settings: CONFIGURED },
    { code: `import useSWR from 'swr';\nconst fetcher = (url) => fetch(url);\nuseSWR('/api/me', fetcher);`, settings: CONFIGURED },
    { code: `export const fetcher = (url) => fetch(url);`, settings: CONFIGURED },
    { code: `const fetcher = (url) => fetch(url);\nuseThing('https://api.example.com/me', fetcher);`, settings: CONFIGURED },
  ],
  invalid: located([
    {
      // SWR calls the fetcher with the key: reported at the key, fixed in the shared fetcher by suggestion.
      code: `import useSWR from 'swr';
const fetcher = (url) => fetch(url).then((r) => r.json());
export const useMe = () => useSWR('https://api.example.com/me', fetcher);`,
      settings: CONFIGURED,
      output: null,
      errors: [
        {
          messageId: 'missingCredentials',
          at: `'https://api.example.com/me'`,
          suggestions: [
            {
              messageId: 'addCredentials',
              output: `import useSWR from 'swr';
const fetcher = (url) => fetch(url, { credentials: 'include' }).then((r) => r.json());
export const useMe = () => useSWR('https://api.example.com/me', fetcher);`,
            },
          ],
        },
      ],
    },
    fixed(
      `import { HttpLink } from '@apollo/client';\nexport const link = new HttpLink({ uri: 'https://api.example.com/graphql' });`,
      `import { HttpLink } from '@apollo/client';\nexport const link = new HttpLink({ uri: 'https://api.example.com/graphql', credentials: 'include' });`,
      'missingCredentials',
      `'https://api.example.com/graphql'`,
    ),
    fixed(
      `import { createHttpLink } from '@apollo/client';\ncreateHttpLink({ uri: 'https://api.example.com/graphql', credentials: 'same-origin' });`,
      `import { createHttpLink } from '@apollo/client';\ncreateHttpLink({ uri: 'https://api.example.com/graphql', credentials: 'include' });`,
      'disabledCredentials',
      `credentials: 'same-origin'`,
    ),
    fixed(
      `import { ApolloClient, InMemoryCache } from '@apollo/client';\nnew ApolloClient({ uri: 'https://api.example.com/graphql', cache: new InMemoryCache() });`,
      `import { ApolloClient, InMemoryCache } from '@apollo/client';\nnew ApolloClient({ uri: 'https://api.example.com/graphql', cache: new InMemoryCache(), credentials: 'include' });`,
      'missingCredentials',
      `'https://api.example.com/graphql'`,
    ),
    fixed(
      `import { createClient } from 'urql';\nexport const client = createClient({ url: 'https://api.example.com/graphql' });`,
      `import { createClient } from 'urql';\nexport const client = createClient({ url: 'https://api.example.com/graphql', fetchOptions: { credentials: 'include' } });`,
      'missingCredentials',
      `'https://api.example.com/graphql'`,
    ),
    fixed(
      `import { Client } from '@urql/core';\nnew Client({ url: 'https://api.example.com/graphql', fetchOptions: { headers: { accept: 'application/json' } } });`,
      `import { Client } from '@urql/core';\nnew Client({ url: 'https://api.example.com/graphql', fetchOptions: { headers: { accept: 'application/json' }, credentials: 'include' } });`,
      'missingCredentials',
      `'https://api.example.com/graphql'`,
    ),
    fixed(
      `import { GraphQLClient } from 'graphql-request';\nconst client = new GraphQLClient('https://api.example.com/graphql');`,
      `import { GraphQLClient } from 'graphql-request';\nconst client = new GraphQLClient('https://api.example.com/graphql', { credentials: 'include' });`,
      'missingCredentials',
      `'https://api.example.com/graphql'`,
    ),
    fixed(
      `import { io } from 'socket.io-client';\nexport const socket = io('https://api.example.com', { path: '/live' });`,
      `import { io } from 'socket.io-client';\nexport const socket = io('https://api.example.com', { path: '/live', withCredentials: true });`,
      'missingCredentials',
      `'https://api.example.com'`,
    ),
    fixed(
      `const { data } = await useFetch('https://api.example.com/me');`,
      `const { data } = await useFetch('https://api.example.com/me', { credentials: 'include' });`,
      'missingCredentials',
      `'https://api.example.com/me'`,
    ),
    fixed(
      `import { useFetch } from '#app';\nuseFetch('/me', { baseURL: 'https://api.example.com' });`,
      `import { useFetch } from '#app';\nuseFetch('/me', { baseURL: 'https://api.example.com', credentials: 'include' });`,
      'missingCredentials',
      `'/me'`,
    ),
    fixed(
      `import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';\nexport const api = createApi({\n  baseQuery: fetchBaseQuery({ baseUrl: 'https://api.example.com' }),\n  endpoints: () => ({}),\n});`,
      `import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';\nexport const api = createApi({\n  baseQuery: fetchBaseQuery({ baseUrl: 'https://api.example.com', credentials: 'include' }),\n  endpoints: () => ({}),\n});`,
      'instanceMissingCredentials',
      `baseUrl: 'https://api.example.com'`,
    ),
    fixed(
      `import superagent from 'superagent';\nsuperagent.get('https://api.example.com/me').then((r) => r.body);`,
      `import superagent from 'superagent';\nsuperagent.get('https://api.example.com/me').withCredentials().then((r) => r.body);`,
      'missingCredentials',
      `'https://api.example.com/me'`,
    ),
    // Calls written as members in every way a module reaches an API: computed names, a global object, a namespace import.
    fixed(
      `window.fetch('https://api.example.com/me');`,
      `window.fetch('https://api.example.com/me', { credentials: 'include' });`,
      'missingCredentials',
      `'https://api.example.com/me'`,
    ),
    fixed(
      `import axios from 'axios';\naxios['post']('https://api.example.com/me', body);`,
      `import axios from 'axios';\naxios['post']('https://api.example.com/me', body, { withCredentials: true });`,
      'missingCredentials',
      `'https://api.example.com/me'`,
    ),
    fixed(
      `import * as http from 'axios';\nhttp.default.get('https://api.example.com/me');`,
      `import * as http from 'axios';\nhttp.default.get('https://api.example.com/me', { withCredentials: true });`,
      'missingCredentials',
      `'https://api.example.com/me'`,
    ),
  ]),
});
