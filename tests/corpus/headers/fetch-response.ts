// @ts-nocheck
// A Cloudflare-Workers style handler with the headers inline in the Response.
export default {
  async fetch(request: Request): Promise<Response> {
    const body = JSON.stringify({ items: [] });
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': 'application/json',
        'access-control-allow-origin': '*', // @cors A wildcard-credentials
        'access-control-allow-credentials': 'true', // @cors A
      },
    });
  },
};
