import type { FrameworkHeaders } from './types.js';

/** Fastify: `reply.header(name, value)` (chainable), `reply.headers({ … })`. */
export const fastify: FrameworkHeaders = {
  name: 'fastify',
  nameValueMethods: { header: false },
  objectMethods: ['headers'],
  dedicatedSetters: ['header'],
};
