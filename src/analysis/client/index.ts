/**
 * The client side of the model: which requests of a module go to
 * cookie-authenticated APIs, and with which credentials (docs/cors-semantics.md,
 * "Client requests").
 *
 * An API is credentialed when `settings.cors.credentialedApis` lists it (an
 * absolute URL prefix, or a base-URL expression as written in code). With no
 * such setting, the module itself is the evidence: when some requests to an
 * origin or base-URL expression send credentials, the others to the same base
 * are expected to as well.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { CorsSettings } from '../../settings.js';
import { APP_SETUP_APIS } from './app-setup.js';
import { collectRequests } from './requests.js';
export { CLIENT_MODULE_TEXT, mayMakeRequests, REQUEST_API_TEXT } from './apis/index.js';
export { mayIncludeCredentials } from './evidence.js';
import type { ClientRequest, GlobalCredentialsDefault, RequestModel } from './types.js';
import { describeUrl, groupKeyOf, matchApi, parseApiPattern, type ApiPattern } from './url-patterns.js';
import type { RequestUrl } from './urls.js';
import type { ValueContext } from '../core/values.js';

export type {
  ClientRequest,
  CredentialsDialect,
  CredentialsEdit,
  CredentialsMode,
  CredentialsSetting,
  GlobalCredentialsDefault,
  RequestApi,
  RequestModel,
} from './types.js';
export type { ApiPattern } from './url-patterns.js';
export type { RequestUrl } from './urls.js';

/** The client requests of a module, or null when it makes none. */
export function buildRequestModel(ctx: ValueContext, program: TSESTree.Program): RequestModel | null {
  const model = collectRequests(ctx, program);
  return model.requests.length > 0 || model.globals.length > 0 ? model : null;
}

const patternCache = new WeakMap<readonly string[], readonly ApiPattern[]>();

/** The configured credentialed APIs, parsed once per settings object. */
export function credentialedApiPatterns(settings: CorsSettings): readonly ApiPattern[] {
  let patterns = patternCache.get(settings.credentialedApis);
  if (!patterns) {
    patterns = settings.credentialedApis.map(parseApiPattern);
    patternCache.set(settings.credentialedApis, patterns);
  }
  return patterns;
}

/** True when the request (or instance) does not send credentials and says nothing that makes that deliberate. */
function lacksCredentials(request: ClientRequest): boolean {
  const mode = request.credentials.mode;
  return mode === 'default' || mode === 'same-origin' || mode === 'off';
}

/**
 * Environment variables that Next.js apps use for their own public URL
 * (`NEXT_PUBLIC_SITE_URL`, `NEXT_PUBLIC_SERVER_URL`, `NEXT_PUBLIC_VERCEL_URL`).
 * `NEXT_PUBLIC_` makes a value visible to browser code, which then runs on
 * pages served from that same URL: requests built on it are same-origin.
 * Names that point elsewhere (`NEXT_PUBLIC_API_URL`, `NEXT_PUBLIC_BACKEND_URL`)
 * or are ambiguous (`NEXT_PUBLIC_BASE_URL`) do not count.
 */
const OWN_URL_NAME =
  /(?:^|\.)NEXT_PUBLIC_(?:(?:SITE|APP|SERVER|WEBSITE|FRONTEND|DEPLOYMENT|VERCEL|VERCEL_PROJECT_PRODUCTION|VERCEL_BRANCH)_)?URL$/;

/** The URL starts with the app's own public URL, by the name it is read from: same-origin. */
export function startsAtOwnUrl(url: RequestUrl): boolean {
  return url.kind === 'expression' && url.baseTexts.some((text) => OWN_URL_NAME.test(text));
}

/** A call relying on its instance's base URL and defaults: the instance answers for it. */
function coveredByInstance(request: ClientRequest): boolean {
  return request.kind === 'call' && request.viaInstanceBase && request.credentials.from !== 'call';
}

/**
 * The property or assignment by which the request (or instance) itself sets
 * its credentials, when it is written at the request: inside the call, or an
 * `xhr.withCredentials` / `instance.defaults.withCredentials` assignment.
 * Null for inherited settings and for options objects declared elsewhere.
 */
export function ownSettingAtRequest(request: ClientRequest): TSESTree.Node | null {
  const setting = request.credentials;
  const own = setting.from === (request.kind === 'instance' ? 'instance' : 'call');
  const node = setting.node;
  if (!own || !node) return null;
  if (node.type === AST_NODE_TYPES.AssignmentExpression) return node;
  return node.range[0] >= request.node.range[0] && node.range[1] <= request.node.range[1] ? node : null;
}

export interface MissingCredentials {
  readonly request: ClientRequest;
  /** How to name the API: the configured entry, or the origin / base expression the module uses. */
  readonly api: string;
  /** True when the API is listed in settings; false when inferred from the module's other requests. */
  readonly configured: boolean;
}

/** The request's credentials come from nothing the module writes: app-wide set-up in other modules may give them. */
function awaitsAppSetup(request: ClientRequest): boolean {
  return APP_SETUP_APIS.has(request.api) && request.credentials.from === 'default';
}

function missingIn(model: RequestModel, settings: CorsSettings): MissingCredentials[] {
  const patterns = credentialedApiPatterns(settings);
  const found: MissingCredentials[] = [];
  if (patterns.length > 0) {
    for (const request of model.requests) {
      if (coveredByInstance(request) || !lacksCredentials(request) || request.url.kind === 'relative') continue;
      const match = matchApi(request.url, patterns);
      if (match) found.push({ request, api: match.entry, configured: true });
    }
    return found;
  }
  const credentialed = new Set<string>();
  for (const request of model.requests) {
    const key = groupKeyOf(request.url);
    if (key && request.credentials.mode === 'include') credentialed.add(key);
  }
  if (credentialed.size === 0) return found;
  for (const request of model.requests) {
    if (coveredByInstance(request) || !lacksCredentials(request) || request.credentials.uncertain || request.authorization) continue;
    if (startsAtOwnUrl(request.url)) continue;
    const key = groupKeyOf(request.url);
    if (key && credentialed.has(key)) found.push({ request, api: describeUrl(request.url), configured: false });
  }
  return found;
}

/**
 * Requests to credentialed APIs that send no credentials. A request that
 * could get them from app-wide set-up in another module is kept only when
 * that set-up, read in full, gives none.
 */
export function findMissingCredentials(model: RequestModel, settings: CorsSettings): MissingCredentials[] {
  const found = missingIn(model, settings);
  if (!model.withAppSetup || !found.some((f) => awaitsAppSetup(f.request))) return found;
  const settled = new Set(missingIn(model.withAppSetup(), settings).map((f) => f.request.target));
  return found.filter((f) => !awaitsAppSetup(f.request) || settled.has(f.request.target));
}

export interface UnlistedCredentials {
  readonly request: ClientRequest;
  /** The origin credentials go to. */
  readonly origin: string;
  /** The request inherits credentials from its instance or a global default rather than setting them itself. */
  readonly inherited: boolean;
}

/** The origin an absolute request goes to when settings do not trust it, or null. */
function unlistedOrigin(request: ClientRequest, trusted: ReadonlySet<string>, patterns: readonly ApiPattern[]): string | null {
  if (request.kind === 'call' && request.viaInstanceBase) return null;
  const url = request.url;
  if (url.kind !== 'absolute' || !url.origin || !url.originCertain) return null;
  return trusted.has(url.origin) || matchApi(url, patterns) ? null : url.origin;
}

/**
 * Requests that send credentials to an absolute URL whose origin is neither a
 * configured credentialed API nor an allowed origin, also when app-wide set-up
 * in another module sends them. Empty when settings list nothing: then no
 * origin is known to be trusted or not.
 */
export function findUnlistedCredentials(model: RequestModel, settings: CorsSettings): UnlistedCredentials[] {
  const patterns = credentialedApiPatterns(settings);
  if (patterns.length === 0 && settings.allowedOrigins.length === 0) return [];
  const trusted = new Set<string>(settings.allowedOrigins.map((o) => o.toLowerCase()));
  for (const pattern of patterns) if (pattern.origin) trusted.add(pattern.origin);
  const setUp = model.withAppSetup && model.requests.some((r) => awaitsAppSetup(r) && unlistedOrigin(r, trusted, patterns) !== null);
  const found: UnlistedCredentials[] = [];
  for (const request of setUp ? model.withAppSetup!().requests : model.requests) {
    if (request.credentials.mode !== 'include') continue;
    const origin = unlistedOrigin(request, trusted, patterns);
    if (origin === null) continue;
    const own = request.credentials.from === (request.kind === 'instance' ? 'instance' : 'call');
    found.push({ request, origin, inherited: !own });
  }
  return found;
}

/** Module-wide defaults that send credentials with every request of a library. */
export function globalCredentialDefaults(model: RequestModel): GlobalCredentialsDefault[] {
  return model.globals.filter((g) => g.mode === 'include');
}
