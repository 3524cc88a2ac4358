// Vite configurations that send no credentials to untrusted origins.
import { defineConfig } from 'vite';

export const localOnly = defineConfig({
  // No `cors` key: Vite's default echoes only localhost origins, without credentials.
  server: { port: 5173, strictPort: true },
});

export const listed = defineConfig({
  server: { cors: { origin: ['https://app.example.com'], credentials: true } },
  preview: { cors: false },
});

export default defineConfig(({ command }) => ({
  server: { cors: command === 'serve' ? { origin: /^https:\/\/[a-z0-9-]+\.example\.com$/, credentials: true } : false },
}));
