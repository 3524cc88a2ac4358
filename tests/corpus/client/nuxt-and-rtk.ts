/* @cors-rules require-request-credentials */
/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// @ts-nocheck
// Nuxt's useFetch (auto-imported) and an RTK Query base query.
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';

export const useMe = () => useFetch('/me', { baseURL: 'https://api.example.com' }); // @cors A missing-client-credentials fix
export const usePrefs = () => useFetch('https://api.example.com/prefs', { credentials: 'include' });
export const useLocal = () => useFetch('/api/local');

export const api = createApi({
  baseQuery: fetchBaseQuery({ baseUrl: 'https://api.example.com' }), // @cors B missing-client-credentials fix
  endpoints: (build) => ({ me: build.query({ query: () => '/me' }) }),
});
