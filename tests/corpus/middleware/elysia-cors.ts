/* @cors-rules no-reflected-origin-with-credentials, no-wildcard-origin-with-credentials, no-wildcard-headers-with-credentials */
// @ts-nocheck
// @elysiajs/cors turns on both the origin echo and credentials by default.
import { Elysia } from 'elysia';
import { cors } from '@elysiajs/cors';

export const api = new Elysia()
  .use(cors()) // @cors A reflected-origin nofix
  .get('/me', ({ cookie }) => cookie.session.value);

export const partner = new Elysia().use(
  cors({
    origin: () => true, // @cors B reflected-origin nofix
  }),
);

export const widgets = new Elysia().use(cors({ origin: '*' })); // @cors C wildcard-credentials nofix

export const admin = new Elysia().use(
  cors({
    origin: ['https://admin.example.com'],
    allowedHeaders: '*', // @cors D wildcard-with-credentials
  }),
);
