/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// @ts-nocheck
import { http } from '../lib/http';

export const loadOrders = () => http.get('https://api.example.com/orders');
