/**
 * The CORS libraries the plugin knows, in one list. The trace maps and the
 * text gate are derived from it, so a library is added by writing its module
 * in ./libraries and listing it here.
 */
import type { CorsLibrary } from './library.js';
import { apolloServer } from './libraries/apollo-server.js';
import { corsPackage } from './libraries/cors.js';
import { corser } from './libraries/corser.js';
import { elysiaCors } from './libraries/elysia.js';
import { fastifyCors } from './libraries/fastify-cors.js';
import { graphqlYoga, whatwgNodeServer } from './libraries/graphql-yoga.js';
import { h3 } from './libraries/h3.js';
import { hapi } from './libraries/hapi.js';
import { honoCors } from './libraries/hono.js';
import { ittyRouter, ittyRouterV4 } from './libraries/itty-router.js';
import { kcors } from './libraries/kcors.js';
import { koaCors } from './libraries/koa-cors.js';
import { microCors } from './libraries/micro-cors.js';
import { middyCors } from './libraries/middy.js';
import { nestGateway } from './libraries/nest-gateway.js';
import { nestjs } from './libraries/nestjs.js';
import { nextjsCors } from './libraries/nextjs-cors.js';
import { socketIo } from './libraries/socket-io.js';
import { vite } from './libraries/vite.js';
import { buildTraceMaps } from './tracking.js';

export const LIBRARIES: readonly CorsLibrary[] = [corsPackage, koaCors, fastifyCors, honoCors, h3, hapi, nestjs, socketIo, apolloServer, microCors, elysiaCors, ittyRouter, ittyRouterV4, graphqlYoga, whatwgNodeServer, middyCors, corser, nestGateway, vite, nextjsCors, kcors];

export const TRACE_MAPS = buildTraceMaps(LIBRARIES);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A file can use a CORS library only if it imports or requires one of their
 * modules, calls an auto-imported helper, or has a library's other text
 * (`enableCors`): without that, nothing is resolved.
 */
export function libraryText(libraries: readonly CorsLibrary[]): RegExp {
  const modules = libraries.flatMap((l) => l.modules.map(escapeRegExp));
  if (modules.length === 0) return /(?!)/;
  return new RegExp([importText(modules), ...otherTraces(libraries)].join('|'));
}

/** An import or require of one of `modules` (escaped). */
function importText(modules: readonly string[]): string {
  return String.raw`(?:from|require\s*\(|import\s*\()\s*['"](?:${modules.join('|')})['"]`;
}

/** The traces of `libraryText` other than an import: auto-imported helpers (`handleCors`) and other text (`enableCors`). */
function otherTraces(libraries: readonly CorsLibrary[]): string[] {
  return libraries.flatMap((l) => [...Object.keys(l.globals ?? {}).map((name) => `\\b${escapeRegExp(name)}\\b`), ...(l.text ? [l.text] : [])]);
}

export const LIBRARY_TEXT = libraryText(LIBRARIES);

/**
 * `LIBRARY_TEXT` for a text that quotes no library's module name
 * (`LIBRARY_MODULE_TEXT`), where its import part cannot match: the other
 * traces only, a much shorter scan.
 */
export const LIBRARY_TRACE_TEXT = new RegExp(otherTraces(LIBRARIES).join('|') || '(?!)');

const DEFAULT_CREDENTIALS_LIBRARIES = LIBRARIES.filter((l) => l.semantics.defaultCredentials === 'on');

/** Files using a library whose credentials are on by default allow credentials without saying so. */
export const DEFAULT_CREDENTIALS_TEXT = libraryText(DEFAULT_CREDENTIALS_LIBRARIES);

/** Files using a library whose CORS is on without options configure CORS without saying `cors`. */
export const ON_BY_DEFAULT_TEXT = libraryText(LIBRARIES.filter((l) => l.onByDefault));

/**
 * An import or require of a library's module: the one trace of `LIBRARY_TEXT`
 * a file that never says `cors` can configure CORS through (the others,
 * `enableCors` and h3's `handleCors`, say it; a NestJS package name alone,
 * such as `'@nestjs/common'` in a list of dependencies, configures nothing).
 */
export const LIBRARY_IMPORT_TEXT = new RegExp(importText(LIBRARIES.flatMap((l) => l.modules.map(escapeRegExp))));

/**
 * A quoted module name of any library (`'graphql-yoga'`, `"socket.io"`): what
 * a file that never says `cors` must hold to use one (every other trace of a
 * library, such as `enableCors` or h3's `handleCors`, says it).
 */
export const LIBRARY_MODULE_TEXT = new RegExp(`['"](?:${[...new Set(LIBRARIES.flatMap((l) => l.modules))].map(escapeRegExp).join('|')})['"]`);
