// @ts-nocheck
// GraphQL Yoga with its origins named, and one with CORS turned off.
import { createYoga } from 'graphql-yoga';
import { schema } from './schema';

export const yoga = createYoga({ schema, cors: { origin: ['https://app.example.com', 'https://admin.example.com'] } });
export const internal = createYoga({ schema, cors: false });
