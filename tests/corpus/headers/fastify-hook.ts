// @ts-nocheck
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';

const fastify = Fastify({ logger: true });

fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply) => {
  reply.header('Access-Control-Allow-Origin', '*'); // @cors A wildcard-credentials
  reply.header('Access-Control-Allow-Credentials', true); // @cors A
  reply.header('Access-Control-Allow-Headers', '*'); // @cors B wildcard-with-credentials
});

fastify.get('/orders', async () => ({ orders: [] }));

export default fastify;
