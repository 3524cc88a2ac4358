// A Fastify API. `origin: '*'` with `credentials: true` sends both headers,
// which browsers reject for every request made with cookies.
import cors from '@fastify/cors';
import Fastify from 'fastify';

const fastify = Fastify({ logger: true });

await fastify.register(cors, {
  origin: '*',
  credentials: true,
  methods: ['GET', 'POST', 'DELETE'],
});

fastify.get('/cart', async (request) => ({ items: [], user: request.user }));

await fastify.listen({ port: 3002 });
