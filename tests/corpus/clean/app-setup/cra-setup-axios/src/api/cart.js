/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
import axios from 'axios';

export const loadCart = () => axios.get('https://api.example.com/cart');
