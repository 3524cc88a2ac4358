// @ts-nocheck
// Header names and the one origin the API serves.
export const ALLOW_ORIGIN = 'Access-Control-Allow-Origin';
export const ALLOW_CREDENTIALS = 'Access-Control-Allow-Credentials';
export const APP_ORIGIN = 'https://app.example.com';
export const CACHE_KEY = 'session';
