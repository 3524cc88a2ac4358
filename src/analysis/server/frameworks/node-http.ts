import type { FrameworkHeaders } from './types.js';

/** Node's `http.ServerResponse`: `res.setHeader`, `res.appendHeader`, `res.writeHead(status, { … })`. */
export const nodeHttp: FrameworkHeaders = {
  name: 'node:http',
  nameValueMethods: { setHeader: false, appendHeader: true },
  dedicatedSetters: ['setHeader', 'appendHeader'],
};
