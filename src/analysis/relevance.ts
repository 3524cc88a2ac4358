/**
 * Text tests that let a rule skip a file before any analysis: most files
 * mention nothing a rule could report, and a regular expression over the text
 * costs far less than a walk of the syntax tree.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { CorsSettings } from '../settings.js';
import { LIBRARY_TEXT } from './policies/index.js';
import { CORS_HEADER_TEXT } from './server/header-names.js';
import { DEFAULT_CREDENTIALS_TEXT } from './policies/registry.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Every finding about credentials needs the word (`credentials: true`,
 * `Access-Control-Allow-Credentials`, `withCredentials`), or a library whose
 * credentials are on by default.
 */
const CREDENTIALS_TEXT = /credentials/i;

const credentialsCache = new WeakMap<SourceCode, boolean>();

/** Tested once per file, however many rules ask. */
export function mentionsCredentials(sourceCode: SourceCode): boolean {
  let result = credentialsCache.get(sourceCode);
  if (result === undefined) {
    result = CREDENTIALS_TEXT.test(sourceCode.text) || DEFAULT_CREDENTIALS_TEXT.test(sourceCode.text);
    credentialsCache.set(sourceCode, result);
  }
  return result;
}

/** An import of one of the project's own modules: `./config/cors`, `../lib`, `@/config` (tsconfig paths). */
const PROJECT_IMPORT_TEXT = /(?:\bfrom\s*|\brequire\(\s*|\bimport\(\s*)['"](?:\.{1,2}\/|[@~]\/)/;

const importsCache = new WeakMap<SourceCode, boolean>();

/**
 * A file that configures CORS middleware with options imported from a module
 * of the project (`cors(corsOptions)` with `corsOptions` from `./config/cors`)
 * may turn credentials on without naming them.
 */
export function mayImportCorsOptions(sourceCode: SourceCode): boolean {
  let result = importsCache.get(sourceCode);
  if (result === undefined) {
    const text = sourceCode.text;
    result = PROJECT_IMPORT_TEXT.test(text) && LIBRARY_TEXT.test(text);
    importsCache.set(sourceCode, result);
  }
  return result;
}

/** Hand-written CORS headers need their names in the file (or in constants of it). */
export function mentionsCorsHeaders(sourceCode: SourceCode): boolean {
  return CORS_HEADER_TEXT.test(sourceCode.text);
}

/** The text a configured credentialed API leaves in code that calls it: its host, or the last name of its base-URL expression. */
function apiAnchor(entry: string): string {
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(entry);
  if (url) return url[1]!;
  return entry.split('.').at(-1)!.trim();
}

/**
 * A file can hold a request to a credentialed API without credentials only if
 * it names credentials somewhere (the module's own evidence) or mentions a
 * configured API.
 */
export function mayCallCredentialedApi(sourceCode: SourceCode, settings: CorsSettings): boolean {
  if (mentionsCredentials(sourceCode)) return true;
  const text = sourceCode.text;
  return settings.credentialedApis.some((entry) => text.includes(apiAnchor(entry)));
}
