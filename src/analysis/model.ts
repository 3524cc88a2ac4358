/**
 * The CORS model of one file, built lazily and at most once per `SourceCode`
 * however many rules ask for it. Files that mention nothing CORS-related never
 * build it: each part has a quick text test first.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { CORS_HEADER_TEXT } from './header-names.js';
import { buildResponseHeaderModel, type ResponseHeaderModel } from './response-scopes.js';
import type { ValueContext } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface CorsModel {
  readonly context: ValueContext;
  /** Hand-written response headers grouped into responses, or null when the file writes none. */
  readonly headers: ResponseHeaderModel | null;
}

const cache = new WeakMap<SourceCode, CorsModel>();

export function getCorsModel(sourceCode: SourceCode): CorsModel {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const context: ValueContext = { sourceCode };
  let headers: ResponseHeaderModel | null | undefined;
  const model: CorsModel = {
    context,
    get headers() {
      if (headers === undefined) {
        headers = CORS_HEADER_TEXT.test(sourceCode.text) ? buildResponseHeaderModel(context, sourceCode.ast) : null;
      }
      return headers;
    },
  };
  cache.set(sourceCode, model);
  return model;
}
