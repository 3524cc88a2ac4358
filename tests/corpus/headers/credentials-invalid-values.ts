// @ts-nocheck
import type { ServerResponse } from 'node:http';

export function allowApp(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('Access-Control-Allow-Credentials', '1'); // @cors A invalid-credentials-value
}

export function allowAdmin(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', 'https://admin.example.com');
  res.setHeader('Access-Control-Allow-Credentials', 'yes'); // @cors B invalid-credentials-value
}

export function denyCredentials(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', 'https://partner.example.net');
  res.setHeader('Access-Control-Allow-Credentials', 'false'); // @cors C invalid-credentials-value
}
