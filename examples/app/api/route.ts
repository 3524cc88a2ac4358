// app/api/route.ts: a Next.js route handler called with cookies from
// https://app.example.com. The OPTIONS handler answers the preflight but
// leaves out Access-Control-Allow-Credentials, so the browser never sends
// the POST.
import { NextResponse, type NextRequest } from 'next/server';

const FRONTEND_ORIGIN = 'https://app.example.com';

interface Comment {
  id: string;
  text: string;
}

export function OPTIONS(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': FRONTEND_ORIGIN,
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': 'Content-Type',
    },
  });
}

export async function POST(request: NextRequest): Promise<NextResponse> {
  const comment = (await request.json()) as Comment;
  return NextResponse.json(comment, {
    status: 201,
    headers: {
      'Access-Control-Allow-Origin': FRONTEND_ORIGIN,
      'Access-Control-Allow-Credentials': 'true',
    },
  });
}
