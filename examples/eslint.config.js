// Lint configuration for the examples, the way a project using the plugin
// writes it. `eslint-plugin-cors` resolves to this repository's own build
// (dist/), so run `npm run build` (or `npm run demo`, which builds) first.
import tsParser from '@typescript-eslint/parser';
import cors from 'eslint-plugin-cors';

export default [
  cors.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
  },
  {
    settings: {
      cors: {
        // The front ends allowed to call the APIs with cookies.
        allowedOrigins: ['https://app.example.com'],
        // APIs that authenticate with cookies: calls to them need credentials.
        credentialedApis: ['https://api.example.com'],
      },
    },
  },
];
