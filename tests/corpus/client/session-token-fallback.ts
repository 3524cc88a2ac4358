/* @cors-rules require-request-credentials */
// @ts-nocheck
// No settings. The retry authenticates with its own token header after the
// cookie attempt failed: a deliberate call without cookies. A CSRF header is
// sent with cookies, so the last call is still missing them.
const API = 'https://accounts.example.com';

export async function loadSession(token: string) {
  const res = await fetch(`${API}/session`, { credentials: 'include' });
  if (res.ok) return res.json();
  const retry = await fetch(`${API}/session`, {
    headers: { 'X-Session-Token': token },
  });
  return retry.json();
}

export const save = (csrf: string, body: string) =>
  fetch(`${API}/prefs`, { method: 'POST', body, headers: { 'X-CSRF-Token': csrf } }); // @cors A missing-client-credentials nofix
