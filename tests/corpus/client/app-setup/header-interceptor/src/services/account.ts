/* @cors-rules require-request-credentials */
/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// @ts-nocheck
import axios from 'axios';

export const loadAccount = () => axios.get('https://api.example.com/account'); // @cors A missing-client-credentials fix
export const loadAvatar = () => axios.get('https://cdn.example.org/avatar.png');
