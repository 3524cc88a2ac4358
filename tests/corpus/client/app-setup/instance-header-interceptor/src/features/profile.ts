// @ts-nocheck
import { http } from '../lib/http';

export const loadProfile = () => http.get('/profile');
