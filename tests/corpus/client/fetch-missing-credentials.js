/* @cors-rules require-request-credentials */
/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
export function getProfile() {
  return fetch('https://api.example.com/profile').then((res) => res.json()); // @cors A missing-client-credentials fix
}

export function getOrders() {
  return fetch('https://api.example.com/orders', { credentials: 'include' }).then((res) => res.json());
}

export function getWeather() {
  return fetch('https://weather.example.org/today').then((res) => res.json());
}
