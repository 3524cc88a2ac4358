/**
 * Serverless Framework (v3) `serverless.yml` / `serverless.json`:
 * - `functions.<name>.events[].http.cors`: `true`, or `{ origin, origins,
 *   allowCredentials }`. The generated preflight sends `origin` (or the first
 *   of `origins`) literally; with `origins`, a template answers any origin that
 *   matches an entry, where `*` stands for any text, so `origins: ['*']`
 *   answers every origin with itself.
 * - `provider.httpApi.cors`: `allowedOrigins` defaults to `['*']`; with
 *   `allowCredentials` API Gateway rejects `*` at deploy time.
 * - API Gateway mappings: `http.response.headers` (and `statusCodes.<code>.headers`)
 *   of non-proxy integrations become `method.response.header.*` parameters,
 *   whose static values are quoted (`"'*'"`); CloudFormation
 *   `ResponseParameters` under `resources` are such parameters too.
 * See docs/cors-semantics.md#deployment-files and #api-gateway-mappings.
 */
import { entryOf, itemsOf, stringOf, valueOf, type DataNode, type DataScalar } from '../data-tree.js';
import { mappedHeaders } from '../headers.js';
import type { DeploymentFormat, HeaderGroup, PlatformPolicy, StaticHeader } from '../types.js';

/** An entry that matches every origin once `*` becomes "any text". */
function matchesEverything(entry: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/)?\*$/i.test(entry.trim());
}

function scalarOf(node: DataNode | null): DataScalar | null {
  return node?.kind === 'scalar' ? node : null;
}

function credentialsOf(options: DataNode, key: string): Pick<PlatformPolicy, 'credentials' | 'credentialsNode' | 'credentialsValue'> {
  const entry = entryOf(options, key);
  const value = entry?.value;
  const on = value?.kind === 'scalar' && (value.value === true || value.value === 'true');
  // Only a boolean `true` is turned off by writing `false`; a string would stay truthy.
  return { credentials: on, credentialsNode: entry?.node ?? null, credentialsValue: value?.kind === 'scalar' && value.value === true ? value : null };
}

function httpEventPolicy(cors: DataNode, path: string | null): PlatformPolicy | null {
  if (cors.kind !== 'object') return null;
  const label = path === null ? 'Serverless `http` cors' : `Serverless \`http\` cors for ${JSON.stringify(path)}`;
  const credentials = credentialsOf(cors, 'allowCredentials');
  const origins = valueOf(cors, 'origins');
  const origin = valueOf(cors, 'origin');
  if (origins?.kind === 'array') {
    const everything = origins.items.find((i) => {
      const s = stringOf(i.value);
      return s !== null && matchesEverything(s);
    });
    return everything ? { label, originKey: 'origins', origin: 'echo', originNode: everything.value.node, originValue: scalarOf(everything.value), ...credentials } : null;
  }
  const single = stringOf(origin);
  if (origin && single === null) return null;
  if (single !== null) {
    const parts = single.split(',');
    if (parts.length > 1) {
      const everything = parts.some(matchesEverything);
      return everything ? { label, originKey: 'origin', origin: 'echo', originNode: origin!.node, originValue: null, ...credentials } : null;
    }
    return single.trim() === '*' ? { label, originKey: 'origin', origin: 'wildcard', originNode: origin!.node, originValue: scalarOf(origin), ...credentials } : null;
  }
  // Neither `origin` nor `origins`: the default is `*`.
  return { label, originKey: 'origin', origin: 'wildcard', originNode: cors.node, originValue: null, ...credentials };
}

function httpApiPolicy(cors: DataNode): PlatformPolicy | null {
  if (cors.kind !== 'object') return null;
  const label = 'Serverless `provider.httpApi.cors`';
  const base = { label, originKey: 'allowedOrigins', origin: 'wildcard', ...credentialsOf(cors, 'allowCredentials') } as const;
  const origins = valueOf(cors, 'allowedOrigins');
  if (!origins) return { ...base, originNode: cors.node, originValue: null };
  const star = itemsOf(origins).find((o) => stringOf(o)?.trim() === '*');
  return star ? { ...base, originNode: star.node, originValue: scalarOf(star) } : null;
}

/** One group per status code of an `http.response`: the code's own headers over the shared ones. */
function responseGroups(response: DataNode | null, path: string | null): HeaderGroup[] {
  if (!response) return [];
  const shared = mappedHeaders(valueOf(response, 'headers'), false);
  const where = `serverless \`http\` response headers${path === null ? '' : ` for ${JSON.stringify(path)}`}`;
  const codes = valueOf(response, 'statusCodes');
  const perCode = codes?.kind === 'object' ? codes.entries.map((code) => mappedHeaders(valueOf(code.value, 'headers'), false)) : [];
  const groups = (perCode.length > 0 ? perCode : [[]]).map((own): StaticHeader[] => [...shared.filter((h) => !own.some((o) => o.name === h.name)), ...own]);
  return groups.filter((headers) => headers.length > 0).map((headers) => ({ where, headers }));
}

/** How deep and how many nodes of `resources` are searched for `ResponseParameters`. */
const MAX_RESOURCE_DEPTH = 8;
const MAX_RESOURCE_NODES = 2000;

/** CloudFormation `ResponseParameters` objects anywhere under `resources` (integration and gateway responses). */
function resourceGroups(resources: DataNode | null): HeaderGroup[] {
  const groups: HeaderGroup[] = [];
  let budget = MAX_RESOURCE_NODES;
  const visit = (node: DataNode, depth: number): void => {
    if (depth > MAX_RESOURCE_DEPTH || --budget < 0) return;
    if (node.kind === 'array') for (const item of node.items) visit(item.value, depth + 1);
    if (node.kind !== 'object') return;
    for (const entry of node.entries) {
      const headers = entry.key === 'ResponseParameters' ? mappedHeaders(entry.value, true) : [];
      if (headers.length > 0) groups.push({ where: 'CloudFormation `ResponseParameters`', headers });
      else visit(entry.value, depth + 1);
    }
  };
  if (resources) visit(resources, 0);
  return groups;
}

export const serverless: DeploymentFormat = {
  fileName: /^serverless\.(?:ya?ml|json)$/,
  read(root) {
    const policies: PlatformPolicy[] = [];
    const groups: HeaderGroup[] = resourceGroups(valueOf(root, 'resources'));
    const functions = valueOf(root, 'functions');
    for (const fn of functions?.kind === 'object' ? functions.entries : []) {
      for (const event of itemsOf(valueOf(fn.value, 'events'))) {
        const http = valueOf(event, 'http');
        const cors = valueOf(http, 'cors');
        const path = stringOf(valueOf(http, 'path'));
        const policy = cors ? httpEventPolicy(cors, path) : null;
        if (policy) policies.push(policy);
        groups.push(...responseGroups(valueOf(http, 'response'), path));
      }
    }
    const httpApi = valueOf(valueOf(valueOf(root, 'provider'), 'httpApi'), 'cors');
    const apiPolicy = httpApi ? httpApiPolicy(httpApi) : null;
    if (apiPolicy) policies.push(apiPolicy);
    return { groups, policies };
  },
};
