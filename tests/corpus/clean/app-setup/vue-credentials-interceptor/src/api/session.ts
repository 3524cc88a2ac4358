// @ts-nocheck
import type { InternalAxiosRequestConfig } from 'axios';

// The API authenticates with the session cookie.
export function withSession(config: InternalAxiosRequestConfig) {
  config.withCredentials = true;
  return config;
}
