/** CORS response header names, lower-cased (header names are case-insensitive). */
export const HEADER = {
  allowOrigin: 'access-control-allow-origin',
  allowCredentials: 'access-control-allow-credentials',
  allowHeaders: 'access-control-allow-headers',
  allowMethods: 'access-control-allow-methods',
  exposeHeaders: 'access-control-expose-headers',
  maxAge: 'access-control-max-age',
  vary: 'vary',
} as const;

export type HeaderName = (typeof HEADER)[keyof typeof HEADER];

/** Canonical spelling used when the plugin writes a header. */
export const CANONICAL_HEADER: Record<HeaderName, string> = {
  'access-control-allow-origin': 'Access-Control-Allow-Origin',
  'access-control-allow-credentials': 'Access-Control-Allow-Credentials',
  'access-control-allow-headers': 'Access-Control-Allow-Headers',
  'access-control-allow-methods': 'Access-Control-Allow-Methods',
  'access-control-expose-headers': 'Access-Control-Expose-Headers',
  'access-control-max-age': 'Access-Control-Max-Age',
  vary: 'Vary',
};

/**
 * Headers whose `*` is a literal name, not a wildcard, once credentials are
 * allowed (docs/cors-semantics.md#wildcard-header-lists).
 */
export const LIST_HEADERS_WITH_WILDCARD: readonly HeaderName[] = [
  HEADER.allowHeaders,
  HEADER.allowMethods,
  HEADER.exposeHeaders,
];

/** Names the header model tracks: every `Access-Control-*` response header and `Vary`. */
export function isTrackedHeader(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return lower === HEADER.vary || (lower.startsWith('access-control-') && !lower.startsWith('access-control-request-'));
}

export function isCorsHeader(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return lower.startsWith('access-control-') && !lower.startsWith('access-control-request-');
}

/** Splits a header value list (`'GET, POST'`) into trimmed tokens. */
export function headerTokens(value: string): string[] {
  return value
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** Quick text test: does a file mention any CORS response header at all? */
export const CORS_HEADER_TEXT = /access-control-/i;

/**
 * API Gateway writes a static value of a parameter mapping in single quotes
 * (`"'true'"`, `"'https://app.example.com'"`); a value without them is a
 * mapping expression (docs/cors-semantics.md#api-gateway-mappings). The text
 * inside the quotes, or null when `text` is not one quoted value.
 */
export function apiGatewayStaticValue(text: string): string | null {
  return text.length >= 2 && text.startsWith("'") && text.endsWith("'") && !text.slice(1, -1).includes("'") ? text.slice(1, -1) : null;
}

/** The response header an API Gateway mapping key sets: `Access-Control-Allow-Origin` for `method.response.header.Access-Control-Allow-Origin`. */
export function apiGatewayHeaderName(key: string): string | null {
  return /^(?:method\.response|integration\.response|gatewayresponse)\.header\.(.+)$/i.exec(key.trim())?.[1] ?? null;
}
