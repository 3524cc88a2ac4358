/* @cors-rules no-reflected-origin-with-credentials */
// @ts-nocheck
// GraphQL Yoga echoes every origin with credentials unless told otherwise.
import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { schema } from './schema';

const yoga = createYoga({ schema }); // @cors A reflected-origin nofix

const admin = createYoga({
  schema,
  graphqlEndpoint: '/admin',
  cors: true, // @cors B reflected-origin nofix
});

createServer(yoga).listen(4000);
export { admin };
