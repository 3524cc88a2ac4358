import type { FrameworkHeaders } from './types.js';

/** Hono: `c.header(name, value, { append })`, and responses built by the context: `c.json(data, status, headers)`, `c.body(null, { headers })`. */
export const hono: FrameworkHeaders = {
  name: 'hono',
  nameValueMethods: { header: false },
  dedicatedSetters: ['header'],
  responseMethods: ['json', 'text', 'body', 'html', 'newResponse'],
};
