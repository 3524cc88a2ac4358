/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// @ts-nocheck
import axios from 'axios';

export async function loadStats() {
  const { data } = await axios.get('https://api.example.com/stats');
  return data;
}
