import type { FrameworkHeaders } from './types.js';

/** h3 (Nitro, Nuxt): functions that take the event first, with their short aliases. */
export const h3: FrameworkHeaders = {
  name: 'h3',
  nameValueFunctions: { setResponseHeader: false, appendResponseHeader: true, setHeader: false, appendHeader: true },
  objectFunctions: ['setResponseHeaders', 'appendResponseHeaders', 'setHeaders', 'appendHeaders'],
};
