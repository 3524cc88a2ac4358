import { HEADER } from '../analysis/server/header-names.js';
import { grantCondition, isWrittenAtSite, moduleCredentialGrants, writesOf } from '../analysis/server/queries.js';
import { headerNameLike, insertHeaderAfter, sameCallLike } from '../fixes/header-edits.js';
import { createCorsRule, type CorsFix } from '../util/cors-rule.js';

export type MessageIds = 'preflightWithoutCredentials' | 'preflightWithoutCredentialsWhen' | 'addCredentials';
export type Options = [];

export default createCorsRule<Options, MessageIds>({
  name: 'require-preflight-credentials',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require preflight (OPTIONS) responses to send Access-Control-Allow-Credentials when the actual responses do',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      preflightWithoutCredentials:
        'This preflight allows the origin but not credentials, unlike the actual responses, so browsers never send the credentialed request. Add `Access-Control-Allow-Credentials: true`.',
      preflightWithoutCredentialsWhen:
        'This preflight allows the origin but not credentials, unlike the actual responses {{condition}}, so browsers never send the credentialed request then. Add `Access-Control-Allow-Credentials: true` on that path.',
      addCredentials: 'Add `Access-Control-Allow-Credentials: true` once the origin here is checked against your trusted origins.',
    },
  },
  gate: 'server',
  create(context) {
    const { model, values } = context;
    const headers = model.headers;
    if (!headers) return;
    const grants = moduleCredentialGrants(headers);
    if (grants.length === 0) return;
    // Actual responses with credentials on some paths only (`process.env.CORS_CREDENTIALS ?? 'true'`): named, and only offered.
    const condition = grantCondition(headers, grants);
    for (const scope of headers.scopes) {
      if (!scope.preflight) continue;
      // Headers not known statically may include the credentials header. A preflight handler is judged on its own
      // writes, not on middleware that happens to run first; headers its app adds to every response
      // (Elysia `app.headers`) are part of every response, so they count.
      const credentials = writesOf(scope, HEADER.allowCredentials);
      if (scope.opaque.length > 0 || credentials.some((c) => scope.own.includes(c) || headers.appWide.has(c.write))) continue;
      const origin = scope.own.find((c) => c.write.name === HEADER.allowOrigin);
      if (!origin) continue;
      const value = headers.classifyOrigin(origin.write);
      // `*` and `null` cannot be made to work with credentials by adding the header.
      if (value.kind === 'wildcard' || value.kind === 'null') continue;
      const { write } = origin;
      const name = headerNameLike(values, write, HEADER.allowCredentials);
      const fix: CorsFix = (fixer) => insertHeaderAfter(values, fixer, write, name, 'true', sameCallLike(write, name, 'true'));
      // A write made inside a helper or a shared constant is shared with other responses: report, but do not edit it.
      const local = isWrittenAtSite(origin);
      // Credentials for a fixed or configured origin are what the actual responses already grant; for
      // an origin chosen per request they are only safe behind a real allowlist, which is the author's call.
      // An origin echoed only behind a check the origin rules accept (`isAllowedOrigin && { … }`) is such an allowlist.
      const checked = model.reflection?.publicWrites.some((p) => p.write === write && p.echo?.verdict.kind === 'safe') ?? false;
      const safe = local && (value.constant || checked) && condition === null;
      context.report({
        node: write.node,
        ...(condition ? { messageId: 'preflightWithoutCredentialsWhen' as const, data: { condition } } : { messageId: 'preflightWithoutCredentials' as const }),
        fix: safe ? fix : null,
        offered: { messageId: 'addCredentials' },
        suggest: local && !safe ? [{ messageId: 'addCredentials', fix }] : [],
      });
    }
  },
});
