/* @cors-rules no-wildcard-origin-with-credentials, no-reflected-origin-with-credentials */
import Fastify from 'fastify';
import fastifyCors from '@fastify/cors';

const fastify = Fastify();
await fastify.register(fastifyCors, { origin: '*', credentials: true }); // @cors A wildcard-credentials

const other = Fastify();
await other.register(fastifyCors, {
  origin: true, // @cors B reflected-origin
  credentials: true, // @cors B
});

export { fastify, other };
