// Configuration with CORS named by origin, and a fetch default that is no CORS option at all.
module.exports = {
  server: { cors: { origin: ['https://app.example.com'], credentials: true } },
  client: { request: { cors: { mode: 'cors', credentials: 'include' } } },
};
