/* @cors-rules no-credentials-to-unlisted-origin, require-request-credentials */
/* @cors-config all */
/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// A global default sends cookies with every axios request, third parties included.
import axios from 'axios';

axios.defaults.withCredentials = true; // @cors A credentials-to-unlisted-origin

export const me = () => axios.get('https://api.example.com/me');
