/* @cors-rules require-request-credentials */
// @ts-nocheck
// No settings. A shared fetcher gets its URL from SWR keys and direct calls;
// the module sends cookies to the accounts API elsewhere.
import useSWR from 'swr';

const ACCOUNTS = 'https://accounts.example.com';
const fetcher = (url: string) => fetch(url).then((r) => r.json());

export const login = (body: string) => fetch(`${ACCOUNTS}/login`, { method: 'POST', body, credentials: 'include' });
export const useProfile = () => useSWR(`${ACCOUNTS}/profile`, fetcher); // @cors A missing-client-credentials nofix
export const useNews = () => useSWR('https://news.example.org/latest', fetcher);
export const useLocal = () => useSWR('/api/local', fetcher);
export const loadHelp = () => fetcher('/help.json');
