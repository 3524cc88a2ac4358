// @ts-nocheck
// supabase/functions/_shared/cors.ts with credentials added to the usual snippet.
export const corsHeaders = {
  'Access-Control-Allow-Origin': '*', // @cors A wildcard-credentials
  'Access-Control-Allow-Headers': 'authorization, x-client-info, apikey, content-type',
  'Access-Control-Allow-Credentials': 'true', // @cors A
};

Deno.serve(async (req) => {
  if (req.method === 'OPTIONS') {
    return new Response('ok', { headers: corsHeaders });
  }
  const data = { message: 'hello' };
  return new Response(JSON.stringify(data), {
    headers: { ...corsHeaders, 'Content-Type': 'application/json' },
  });
});
