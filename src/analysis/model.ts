/**
 * The CORS model of one file, built lazily and at most once per `SourceCode`
 * however many rules ask for it. Files that mention nothing CORS-related never
 * build it: each part has a quick text test first.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { CONFIG_TEXT, collectConfigFacts } from './deploy/configs/index.js';
import type { DeploymentFacts } from './deploy/index.js';
import { CORS_HEADER_TEXT } from './server/header-names.js';
import { fileText, importsProjectModules, type FileFacts, type FileRef } from './relevance.js';
import { collectPolicies, mayHoldCorsOptions, type PolicyCollection } from './policies/index.js';
import { buildReflectionModel, type ReflectionModel } from './server/reflection.js';
import { buildRequestModel, CLIENT_MODULE_TEXT, mayIncludeCredentials, mayMakeRequests, type RequestModel } from './client/index.js';
import { buildResponseHeaderModel, type ResponseHeaderModel } from './server/response-scopes.js';
import type { ModuleParser } from './core/context.js';
import type { ValueContext } from './core/values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface CorsModel {
  readonly context: ValueContext;
  /**
   * The same file, also following imports of the project's own modules: what
   * it resolves may be a node of another file (`isForeignNode`), never to be
   * reported on or edited.
   */
  readonly crossModule: ValueContext;
  /** Hand-written response headers grouped into responses, or null when the file writes none. */
  readonly headers: ResponseHeaderModel | null;
  /** CORS middleware uses normalised into policies, or null when the file configures none. */
  readonly policies: PolicyCollection | null;
  /** Hand-written ACAO from the request Origin (or `'null'`), judged with the origin-check classifier. */
  readonly reflection: ReflectionModel | null;
  /** Client requests (fetch, axios, XHR, …) with their URL base and credentials, or null when the file makes none. */
  readonly requests: RequestModel | null;
  /**
   * Some request may send credentials: a setting that may turn them on is
   * written here or imported (`client/evidence.ts`). Without one, no request
   * of the file reveals a credentialed API.
   */
  readonly maySendCredentials: boolean;
  /** CORS declared in tool configuration objects (dev servers, route rules, infrastructure code), or null. */
  readonly configs: DeploymentFacts | null;
}

const cache = new WeakMap<SourceCode, CorsModel>();

/** A part of the model: computed on first use, and only when its text test passes. */
function lazyPart<T>(relevant: () => boolean, build: () => T): () => T | null {
  let value: T | null | undefined;
  return () => {
    if (value === undefined) value = relevant() ? build() : null;
    return value;
  };
}

/** Where the linted file is and how to parse the modules it imports; without it, imports are not followed. */
export interface ModuleHost {
  readonly filename: string;
  readonly parseModule?: ModuleParser;
}

/** Other modules the headers part of one file may read (header names, headers objects, values). */
const HEADER_MODULE_LIMIT = 4;

/** Other modules the requests part of one file may read (instances, set-up, constants). */
const CLIENT_MODULE_LIMIT = 6;

/** The policies part's text test: a library that may configure CORS here, or stand-alone options. */
function mayHoldPolicies(facts: FileFacts, file: FileRef | undefined): boolean {
  return facts.usesLibrary(file) || facts.passesText(mayHoldCorsOptions);
}

/**
 * A server part may hold something: the headers part (and the reflection read
 * from it), the policies part or tool configuration, by their text tests, for
 * the rules that read only those.
 */
export function mayConfigureServer(sourceCode: SourceCode, file: FileRef | undefined): boolean {
  const facts = fileText(sourceCode);
  return facts.mayWriteHeaders(file) || mayHoldPolicies(facts, file) || facts.passesText(CONFIG_TEXT);
}

export function getCorsModel(sourceCode: SourceCode, host?: ModuleHost): CorsModel {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const context: ValueContext = { sourceCode };
  const crossModule: ValueContext = host ? { sourceCode, filename: host.filename, parseModule: host.parseModule } : context;
  // The requests part follows imports only into modules that can hold client code.
  const clientModules: ValueContext = host
    ? { ...crossModule, moduleText: CLIENT_MODULE_TEXT, moduleBudget: { limit: CLIENT_MODULE_LIMIT, followed: new Set() } }
    : context;
  // Header names, objects and values may be imported from modules of the project: names and objects only from modules that spell a CORS header name, values from any.
  // A file that imports none of them reads in its own context: following imports costs a little on every value read.
  const follows = host !== undefined && importsProjectModules(sourceCode);
  const headerValues: ValueContext = follows ? { ...crossModule, moduleBudget: { limit: HEADER_MODULE_LIMIT, followed: new Set() } } : context;
  const headerNames: ValueContext = follows ? { ...headerValues, moduleText: CORS_HEADER_TEXT } : context;
  // The file's one text scan (relevance.ts) already knows whether it names a CORS header or may use a library.
  const facts = fileText(sourceCode);
  // The text tests are the file's own (`FileFacts.passesText`): the server gate has often asked them already.
  const headers = lazyPart(
    () => facts.mayWriteHeaders(host),
    () => buildResponseHeaderModel(headerNames, sourceCode.ast, headerValues),
  );
  const policies = lazyPart(
    () => mayHoldPolicies(facts, host),
    () => collectPolicies(crossModule, sourceCode.ast, host?.filename, facts.usesLibrary(host)),
  );
  // Client set-up may live in other modules: instances, defaults and interceptors are read there.
  const requests = lazyPart(() => facts.passesText(mayMakeRequests), () => buildRequestModel(clientModules, sourceCode.ast));
  const configs = lazyPart(() => facts.passesText(CONFIG_TEXT), () => collectConfigFacts(context, sourceCode.ast));
  let sendsCredentials: boolean | undefined;
  let reflection: ReflectionModel | null | undefined;
  const model: CorsModel = {
    context,
    crossModule,
    get headers() {
      return headers();
    },
    get policies() {
      return policies();
    },
    get requests() {
      return requests();
    },
    get configs() {
      return configs();
    },
    get maySendCredentials() {
      return (sendsCredentials ??= mayIncludeCredentials(clientModules));
    },
    get reflection() {
      if (reflection === undefined) {
        const headerModel = headers();
        reflection = headerModel ? buildReflectionModel(headerValues, headerModel) : null;
      }
      return reflection;
    },
  };
  cache.set(sourceCode, model);
  return model;
}
