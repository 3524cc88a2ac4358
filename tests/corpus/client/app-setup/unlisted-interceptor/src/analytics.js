/* @cors-config all */
/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
import axios from 'axios';

export const me = () => axios.get('https://api.example.com/me', { withCredentials: true });
export const track = (event) => axios.post('https://collector.example.net/events', event); // @cors A credentials-to-unlisted-origin nofix
