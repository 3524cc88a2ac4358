/* @cors-rules require-request-credentials, no-credentials-to-unlisted-origin */
/* @cors-config all */
/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// @ts-nocheck
// Look-alikes: relative URLs (same origin), an explicit omit, a bearer token (not a credential in the CORS sense).
import axios from 'axios';

export const local = () => fetch('/api/me');
export const anonymous = () => fetch('https://api.example.com/public/stats', { credentials: 'omit' });
export const token = (jwt: string) =>
  fetch('https://other.example.org/data', { headers: { Authorization: `Bearer ${jwt}` } });
export const listed = () => axios.get('https://api.example.com/me', { withCredentials: true });
