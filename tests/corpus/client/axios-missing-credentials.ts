/* @cors-rules require-request-credentials */
/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// @ts-nocheck
import axios from 'axios';

export const withCookies = () => axios.get('https://api.example.com/cart', { withCredentials: true });
export const withoutCookies = () => axios.get('https://api.example.com/cart/count'); // @cors A missing-client-credentials fix
export const other = () => axios.get('https://cdn.example.org/config.json');
