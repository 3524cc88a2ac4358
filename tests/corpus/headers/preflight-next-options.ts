// @ts-nocheck
// app/api/cart/route.ts
const ORIGIN = 'https://shop.example.com';

export function OPTIONS() {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': ORIGIN, // @cors A preflight-credentials fix
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'Content-Type',
    },
  });
}

export async function POST(request: Request) {
  const item = await request.json();
  return Response.json(
    { added: item },
    { headers: { 'Access-Control-Allow-Origin': ORIGIN, 'Access-Control-Allow-Credentials': 'true' } },
  );
}
