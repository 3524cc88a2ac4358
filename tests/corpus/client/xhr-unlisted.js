/* @cors-rules no-credentials-to-unlisted-origin */
/* @cors-config all */
/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
export function load(callback) {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', 'https://widgets.example.org/feed');
  xhr.withCredentials = true; // @cors A credentials-to-unlisted-origin
  xhr.onload = () => callback(xhr.responseText);
  xhr.send();
}

export function own(callback) {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', 'https://api.example.com/feed');
  xhr.withCredentials = true;
  xhr.onload = () => callback(xhr.responseText);
  xhr.send();
}
