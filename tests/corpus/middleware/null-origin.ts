/* @cors-rules no-null-origin */
// @ts-nocheck
import cors from 'cors';

export const corsMiddleware = cors({
  origin: ['https://app.example.com', 'null'], // @cors A null-origin
  credentials: true, // @cors A
});

export function handwritten(req, res) {
  res.setHeader('Access-Control-Allow-Origin', 'null'); // @cors B null-origin
  res.setHeader('Access-Control-Allow-Credentials', 'true'); // @cors B
  res.end();
}
