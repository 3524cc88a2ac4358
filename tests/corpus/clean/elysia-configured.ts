// @ts-nocheck
// @elysiajs/cors with the front-end origins named, and a public endpoint without credentials.
import { Elysia } from 'elysia';
import { cors } from '@elysiajs/cors';

export const api = new Elysia().use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'], allowedHeaders: ['Content-Type'] }));

export const feed = new Elysia().use(cors({ origin: '*', credentials: false, allowedHeaders: '*' }));
