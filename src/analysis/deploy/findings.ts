/**
 * The questions rules ask of a deployment file: the same judgements as for
 * hand-written headers, over static header groups.
 */
import { HEADER, LIST_HEADERS_WITH_WILDCARD, headerTokens } from '../server/header-names.js';
import type { DataScalar } from './data-tree.js';
import type { DeploymentFacts, HeaderGroup, PlatformPolicy, StaticHeader } from './types.js';

/** The scalar a fix may rewrite to change a header's value: none for a header an option implies. */
export function editableValue(header: StaticHeader): DataScalar | null {
  return !header.implied && !header.mapped && header.valueNode.kind === 'scalar' ? header.valueNode : null;
}

/** `Access-Control-Allow-Credentials` headers of a group whose value means `true` (mis-cased included). */
export function credentialGrants(group: HeaderGroup): StaticHeader[] {
  return group.headers.filter((h) => h.name === HEADER.allowCredentials && h.value?.trim().toLowerCase() === 'true');
}

export interface GroupFinding {
  readonly group: HeaderGroup;
  readonly header: StaticHeader;
  readonly grants: readonly StaticHeader[];
}

function originsWithCredentials(facts: DeploymentFacts, test: (value: string) => boolean): GroupFinding[] {
  return facts.groups.flatMap((group) => {
    const grants = credentialGrants(group);
    if (grants.length === 0) return [];
    return group.headers
      .filter((h) => h.name === HEADER.allowOrigin && h.value !== null && test(h.value.trim()))
      .map((header) => ({ group, header, grants }));
  });
}

/** `Access-Control-Allow-Origin: *` next to a credentials grant. */
export function wildcardOrigins(facts: DeploymentFacts): GroupFinding[] {
  return originsWithCredentials(facts, (v) => v === '*');
}

/** `Access-Control-Allow-Origin: null` next to a credentials grant. */
export function nullOrigins(facts: DeploymentFacts): GroupFinding[] {
  return originsWithCredentials(facts, (v) => v.toLowerCase() === 'null');
}

/** `*` in Allow-Headers, -Allow-Methods or -Expose-Headers next to a credentials grant. */
export function wildcardHeaderLists(facts: DeploymentFacts): GroupFinding[] {
  return facts.groups.flatMap((group) => {
    const grants = credentialGrants(group);
    if (grants.length === 0) return [];
    return group.headers
      .filter((h) => (LIST_HEADERS_WITH_WILDCARD as readonly string[]).includes(h.name) && h.value !== null && headerTokens(h.value).includes('*'))
      .map((header) => ({ group, header, grants }));
  });
}

export type CredentialsValueKind = 'miscased' | 'false' | 'invalid';

/** `Access-Control-Allow-Credentials` values other than exactly `true`. */
export function invalidCredentialValues(facts: DeploymentFacts): { header: StaticHeader; kind: CredentialsValueKind }[] {
  return facts.groups.flatMap((group) =>
    group.headers.flatMap((header) => {
      if (header.name !== HEADER.allowCredentials || header.value === null || header.value === 'true') return [];
      const lower = header.value.trim().toLowerCase();
      const kind: CredentialsValueKind = lower === 'true' ? 'miscased' : lower === 'false' ? 'false' : 'invalid';
      return [{ header, kind }];
    }),
  );
}

/** Platform CORS options that send `*` (or echo every origin) with credentials. */
export function platformPolicies(facts: DeploymentFacts, origin: PlatformPolicy['origin']): PlatformPolicy[] {
  return facts.policies.filter((p) => p.credentials && p.origin === origin);
}
