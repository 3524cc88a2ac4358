/* @cors-rules require-request-credentials */
// @ts-nocheck
// No settings: calls to the same base URL disagree about credentials.
const API = 'https://accounts.example.com';

export const me = () => fetch(`${API}/me`, { credentials: 'include' });
export const prefs = () => fetch(`${API}/prefs`); // @cors A missing-client-credentials
export const news = () => fetch('https://news.example.com/latest');
