// @ts-nocheck
// CORS response headers sent as request headers do nothing, but they are not a server misconfiguration.
import axios from 'axios';

export async function load(): Promise<unknown> {
  const res = await fetch('https://api.example.com/data', {
    credentials: 'include',
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Credentials': 'true',
    },
  });
  return res.json();
}

export const client = axios.create({
  baseURL: 'https://api.example.com',
  withCredentials: true,
  headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' },
});
