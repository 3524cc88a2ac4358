// @ts-nocheck
import { http } from './http';

http.interceptors.request.use((config) => {
  config.withCredentials = true;
  return config;
});
