// Front-end calls to https://api.example.com, which authenticates with a
// session cookie (listed in settings.cors.credentialedApis). Without
// `credentials: 'include'` / `withCredentials: true` the cookie is not sent
// cross-origin and every call below answers 401.
import axios from 'axios';

const API_BASE = 'https://api.example.com';

export async function loadProfile() {
  const response = await fetch(`${API_BASE}/profile`);
  return response.json();
}

export async function saveSettings(settings) {
  await fetch(`${API_BASE}/settings`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(settings),
  });
}

const api = axios.create({ baseURL: API_BASE, timeout: 5000 });

export function listOrders() {
  return api.get('/orders');
}

// Public, cookie-free endpoint on another host: nothing to report.
export async function loadExchangeRates() {
  const response = await fetch('https://rates.example.net/latest', { credentials: 'omit' });
  return response.json();
}
