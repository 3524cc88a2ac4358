/* @cors-rules no-wildcard-origin-with-credentials, no-reflected-origin-with-credentials */
// @ts-nocheck
import { ApolloServer } from 'apollo-server-express';
import express from 'express';
import { resolvers, typeDefs } from './schema';

const server = new ApolloServer({ typeDefs, resolvers });
const app = express();

export async function start(): Promise<void> {
  await server.start();
  server.applyMiddleware({ app, cors: { origin: true, credentials: true } }); // @cors A reflected-origin
  app.listen(4000);
}

export const standalone = new ApolloServer({ typeDefs, resolvers, cors: { origin: '*', credentials: true } }); // @cors B wildcard-credentials
