/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// @ts-nocheck
import axios from 'axios';

export const http = axios.create({ baseURL: 'https://api.example.com' });
