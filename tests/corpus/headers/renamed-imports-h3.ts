// @ts-nocheck
import * as h3 from 'h3';

export default h3.defineEventHandler((event) => {
  h3.appendResponseHeader(event, 'Vary', 'Accept');
  h3.setResponseHeader(event, 'Access-Control-Allow-Origin', '*'); // @cors A wildcard-credentials
  h3.setResponseHeader(event, 'Access-Control-Allow-Credentials', 'true'); // @cors A
  return 'ok';
});
