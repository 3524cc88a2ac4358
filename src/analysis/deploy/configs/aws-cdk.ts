/**
 * AWS CDK (`aws-cdk-lib`):
 * - REST APIs: `defaultCorsPreflightOptions` and `addCorsPreflight({…})`
 *   create an OPTIONS method that sends the first of `allowOrigins` literally,
 *   with credentials when `allowCredentials` is set; `Cors.ALL_ORIGINS` is
 *   `['*']`, so with credentials the preflight sends `*` + `true`.
 * - HTTP APIs: `corsPreflight` with `'*'` and `allowCredentials` fails at synth
 *   or deploy time.
 * - Lambda function URLs: `cors: { allowedOrigins: ['*'], allowCredentials: true }`
 *   is passed on unchecked.
 * See docs/cors-semantics.md#aws-cdk.
 */
import { entryOf, itemsOf, stringOf, valueOf, type DataNode, type DataScalar } from '../data-tree.js';
import type { PlatformPolicy } from '../types.js';
import type { ConfigSource, SourceText } from './types.js';

/** `allowOrigins: Cors.ALL_ORIGINS`: a reference the data tree cannot read, recognised by its name. */
const ALL_ORIGINS = /(?:^|\.)ALL_ORIGINS$/;

function wildcardEntry(origins: DataNode | null, text: SourceText): DataNode | null {
  if (!origins) return null;
  if (origins.kind === 'opaque' && ALL_ORIGINS.test(text(origins))) return origins;
  return itemsOf(origins).find((o) => stringOf(o)?.trim() === '*') ?? null;
}

function policyOf(label: string, options: DataNode, originKey: string, text: SourceText): PlatformPolicy | null {
  const star = wildcardEntry(valueOf(options, originKey), text);
  const credentials = entryOf(options, 'allowCredentials');
  const on = credentials?.value.kind === 'scalar' && credentials.value.value === true;
  if (!star || !on) return null;
  return {
    label,
    originKey,
    origin: 'wildcard',
    originNode: star.node,
    originValue: star.kind === 'scalar' ? star : null,
    credentials: true,
    credentialsNode: credentials.node,
    credentialsValue: credentials.value as DataScalar,
  };
}

/** Option keys of CDK constructs and the origin key each uses. */
const OPTIONS: readonly { key: string; originKey: string; label: string }[] = [
  { key: 'defaultCorsPreflightOptions', originKey: 'allowOrigins', label: 'CDK `defaultCorsPreflightOptions`' },
  { key: 'corsPreflight', originKey: 'allowOrigins', label: 'CDK `corsPreflight`' },
];

/** `api.root.addCorsPreflight({…})` and `fn.addFunctionUrl({ cors: {…} })`. */
function callPolicy(method: string, argument: DataNode, text: SourceText): PlatformPolicy | null {
  if (method === 'addCorsPreflight') return policyOf('CDK `addCorsPreflight`', argument, 'allowOrigins', text);
  const cors = valueOf(argument, 'cors');
  return cors ? policyOf('Lambda function URL `cors`', cors, 'allowedOrigins', text) : null;
}

export const awsCdk: ConfigSource = {
  keys: OPTIONS.map((o) => o.key),
  read(config, text) {
    const policies = OPTIONS.flatMap(({ key, originKey, label }) => {
      const options = valueOf(config, key);
      return options ? (policyOf(label, options, originKey, text) ?? []) : [];
    });
    return { groups: [], policies };
  },
  methods: ['addCorsPreflight', 'addFunctionUrl'],
  readCall: (method, options, text) => ({ groups: [], policies: [callPolicy(method, options, text) ?? []].flat() }),
};
