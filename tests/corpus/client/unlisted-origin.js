/* @cors-rules no-credentials-to-unlisted-origin */
/* @cors-config all */
/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
export const session = () => fetch('https://api.example.com/session', { credentials: 'include' });
export const track = (event) =>
  fetch('https://collector.example.net/t', { method: 'POST', body: JSON.stringify(event), credentials: 'include' }); // @cors A credentials-to-unlisted-origin
