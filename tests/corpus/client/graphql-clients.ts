/* @cors-rules require-request-credentials */
/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// @ts-nocheck
// GraphQL clients pointed at a cookie-authenticated API.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { createClient } from 'urql';
import { GraphQLClient } from 'graphql-request';

export const apollo = new ApolloClient({
  link: new HttpLink({
    uri: 'https://api.example.com/graphql', // @cors A missing-client-credentials fix
  }),
  cache: new InMemoryCache(),
});

export const withCookies = new HttpLink({ uri: 'https://api.example.com/graphql', credentials: 'include' });

export const urql = createClient({
  url: 'https://api.example.com/graphql', // @cors B missing-client-credentials fix
  fetchOptions: () => ({ headers: { accept: 'application/graphql-response+json' } }),
});

export const gql = new GraphQLClient('https://api.example.com/graphql', { credentials: 'include' });
export const publicGql = new GraphQLClient('https://countries.example.org/graphql');
