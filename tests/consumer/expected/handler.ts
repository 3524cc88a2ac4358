import type { IncomingMessage, ServerResponse } from 'node:http';

type Origin = `https://${string}`;

const ALLOWED_ORIGINS: ReadonlySet<string> = new Set<Origin>(['https://app.example.com', 'https://admin.example.com']);

export function handleAccount(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (origin !== undefined && ALLOWED_ORIGINS.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  res.end();
}

export function handleFeed(_req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
}
