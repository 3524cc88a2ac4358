// @ts-nocheck
const ALLOWED = ['https://app.example.com', 'https://studio.example.com'];

export async function onRequest(request: Request): Promise<Response> {
  const response = new Response('{}', { headers: { 'Content-Type': 'application/json' } });
  const origin = request.headers.get('Origin');
  if (origin !== null && ALLOWED.includes(origin)) {
    response.headers.set('Access-Control-Allow-Origin', origin); // @cors A missing-vary fix
    response.headers.set('Access-Control-Allow-Credentials', 'true');
  }
  return response;
}
