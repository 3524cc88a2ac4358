/* @cors-rules require-request-credentials */
/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// @ts-nocheck
// Request options written over several statements.
const API = 'https://api.example.com';

export function save(body: string) {
  const init: RequestInit = { method: 'POST' };
  init.body = body;
  init.credentials = 'include';
  return fetch(`${API}/save`, init);
}

export function load() {
  const init: RequestInit = { method: 'GET' };
  Object.assign(init, { headers: { Accept: 'application/json' } });
  return fetch(`${API}/load`, init); // @cors A missing-client-credentials nofix
}

export function signed(sign: (init: RequestInit) => void) {
  const init: RequestInit = { method: 'GET' };
  sign(init);
  return fetch(`${API}/signed`, init);
}

export function logout() {
  const init: RequestInit = { method: 'POST' };
  init.credentials = 'same-origin'; // @cors B missing-client-credentials nofix
  return fetch(`${API}/logout`, init);
}
