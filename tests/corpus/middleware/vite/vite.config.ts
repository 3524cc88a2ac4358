/* @cors-rules no-reflected-origin-with-credentials, no-wildcard-origin-with-credentials */
// Vite hands `server.cors` and `preview.cors` to the `cors` package.
import { defineConfig, loadEnv } from 'vite';

const previewCors = {
  origin: '*', // @cors B wildcard-credentials nofix
  credentials: true,
};

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  return {
    server: {
      host: true,
      port: Number(env.PORT ?? 5173),
      cors: {
        origin: true, // @cors A reflected-origin nofix
        credentials: true,
      },
      proxy: { '/api': { target: env.API_URL, changeOrigin: true } },
    },
    preview: { cors: previewCors },
  };
});
