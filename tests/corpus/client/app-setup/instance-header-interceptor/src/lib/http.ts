/* @cors-rules require-request-credentials */
/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// @ts-nocheck
import axios from 'axios';

export const http = axios.create({
  baseURL: 'https://api.example.com', // @cors A missing-client-credentials fix
  timeout: 10_000,
});
