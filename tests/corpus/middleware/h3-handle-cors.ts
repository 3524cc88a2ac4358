/* @cors-rules no-wildcard-origin-with-credentials, no-reflected-origin-with-credentials */
// @ts-nocheck
import { defineEventHandler, handleCors } from 'h3';

export default defineEventHandler((event) => {
  if (handleCors(event, { origin: '*', credentials: true })) return; // @cors A wildcard-credentials
  return { ok: true };
});
