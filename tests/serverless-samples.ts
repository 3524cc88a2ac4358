/**
 * `serverless.yml` samples shared by the deployment model tests and the rule
 * tests: `http` events with their `cors` options, and a provider whose
 * `httpApi.cors` allows credentials for the default `*`.
 */

/** An `http` event with `origin: '*'` and credentials: the preflight sends `*` with credentials. */
export const WILDCARD_EVENT = `      - http:
          path: /me
          method: get
          cors:
            origin: '*'
            allowCredentials: true
`;

/** An `http` event whose `origins` holds `'*'`: the template answers every origin with itself, with credentials. */
export const ECHO_EVENT = `      - http:
          path: /echo
          method: get
          cors:
            origins:
              - https://app.example.com
              - '*'
            allowCredentials: true
`;

/** `cors: true`: `*` without credentials. */
export const PUBLIC_EVENT = `      - http:
          path: /public
          method: get
          cors: true
`;

/** A listed origin with credentials: nothing to report. */
export const LISTED_EVENT = `      - http:
          path: /listed
          method: get
          cors:
            origins: [https://app.example.com]
            allowCredentials: true
`;

/** `provider.httpApi.cors` with credentials and the default `allowedOrigins` (`['*']`). */
export const HTTP_API_CREDENTIALS = `provider:
  name: aws
  httpApi:
    cors:
      allowCredentials: true
`;

/** A whole `serverless.yml`: the provider section (if any) and one function with these events. */
export function serverlessYaml(events: readonly string[], provider = ''): string {
  return `service: api\n${provider}functions:\n  me:\n    handler: me.handler\n    events:\n${events.join('')}`;
}
