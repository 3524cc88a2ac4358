// @ts-nocheck
import { defineEventHandler, setResponseHeader, setResponseHeaders } from 'h3';

export default defineEventHandler((event) => {
  setResponseHeader(event, 'Access-Control-Allow-Origin', '*'); // @cors A wildcard-credentials
  setResponseHeaders(event, {
    'Access-Control-Allow-Credentials': 'true', // @cors A
    'Access-Control-Allow-Methods': '*', // @cors B wildcard-with-credentials
  });
  return { status: 'ok' };
});
