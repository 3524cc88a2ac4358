import type { FrameworkHeaders } from './types.js';

/**
 * Elysia: `app.headers({ … })` on an app (`new Elysia()`, or the app an
 * Elysia plugin function receives) adds the headers to every response of that
 * app and of the apps that `use` it; `app.onRequest(fn)` and the other
 * lifecycle hooks run `fn` for every request of the app (docs/cors-semantics.md#elysia).
 */
export const elysia: FrameworkHeaders = {
  name: 'elysia',
  objectMethods: ['headers'],
  hookMethods: ['onRequest', 'onBeforeHandle', 'onAfterHandle', 'onTransform', 'onParse', 'mapResponse'],
  appHeaders: { modules: ['elysia'], className: 'Elysia', methods: ['headers'] },
};
