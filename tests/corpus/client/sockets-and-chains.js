/* @cors-rules require-request-credentials */
/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// socket.io-client and superagent against a cookie-authenticated API.
import { io } from 'socket.io-client';
import superagent from 'superagent';

export const live = io('https://api.example.com', { path: '/live' }); // @cors A missing-client-credentials fix
export const liveWithCookies = io('https://api.example.com', { withCredentials: true });
export const wsOnly = io('https://api.example.com', { transports: ['websocket'] });

export const me = () => superagent.get('https://api.example.com/me').withCredentials();
export const prefs = () => superagent.get('https://api.example.com/prefs').accept('json'); // @cors B missing-client-credentials fix
