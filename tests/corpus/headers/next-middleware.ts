// @ts-nocheck
// middleware.ts (Next.js): headers set on the response of every matched request.
import { NextResponse, type NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  const response = NextResponse.next();
  response.headers.set('Access-Control-Allow-Origin', '*'); // @cors A wildcard-credentials
  response.headers.set('Access-Control-Allow-Credentials', 'true'); // @cors A
  response.headers.set('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE,OPTIONS');
  return response;
}

export const config = { matcher: '/api/:path*' };
