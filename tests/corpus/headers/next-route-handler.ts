// @ts-nocheck
// app/api/user/route.ts (Next.js App Router)
import { NextResponse } from 'next/server';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*', // @cors A wildcard-credentials
  'Access-Control-Allow-Credentials': 'true', // @cors A
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
};

export async function OPTIONS() {
  return new NextResponse(null, { status: 204, headers: CORS_HEADERS });
}

export async function GET() {
  return NextResponse.json({ id: 1 }, { headers: CORS_HEADERS });
}
