/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// @ts-nocheck
import axios from 'axios';

export const loadAccount = () => axios.get('https://api.example.com/account');
export const saveAccount = (body: unknown) => axios.put('https://api.example.com/account', body);
