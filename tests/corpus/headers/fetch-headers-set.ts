// @ts-nocheck
export async function handle(request: Request): Promise<Response> {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  headers.set('Access-Control-Allow-Origin', '*'); // @cors A wildcard-credentials
  headers.set('Access-Control-Allow-Credentials', 'true'); // @cors A
  return new Response(JSON.stringify({ path: new URL(request.url).pathname }), { headers });
}
