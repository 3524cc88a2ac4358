// @ts-nocheck
// Correct: one explicit origin, credentials, listed headers, preflight with credentials, Vary.
import type { IncomingMessage, ServerResponse } from 'node:http';

const APP_ORIGIN = 'https://app.example.com';

export function handler(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', APP_ORIGIN);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-CSRF-Token');
    res.setHeader('Access-Control-Max-Age', '600');
    res.statusCode = 204;
    res.end();
    return;
  }
  res.end('{}');
}
