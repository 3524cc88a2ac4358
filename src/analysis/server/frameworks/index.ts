/**
 * The frameworks whose response-header setters the model reads, one file
 * each: adding a framework is adding its file here.
 */
import { elysia } from './elysia.js';
import { express } from './express.js';
import { fastify } from './fastify.js';
import { fetchHeaders } from './fetch.js';
import { h3 } from './h3.js';
import { hono } from './hono.js';
import { koa } from './koa.js';
import { nodeHttp } from './node-http.js';
import type { AppHeaderMethods, FrameworkHeaders } from './types.js';

export const FRAMEWORKS: readonly FrameworkHeaders[] = [nodeHttp, express, koa, fastify, hono, fetchHeaders, h3, elysia];

function appendTable(pick: (f: FrameworkHeaders) => Readonly<Record<string, boolean>> | undefined): ReadonlyMap<string, boolean> {
  const table = new Map<string, boolean>();
  for (const framework of FRAMEWORKS) for (const [name, appends] of Object.entries(pick(framework) ?? {})) table.set(name, appends);
  return table;
}

function nameSet(pick: (f: FrameworkHeaders) => readonly string[] | undefined): ReadonlySet<string> {
  return new Set(FRAMEWORKS.flatMap((f) => pick(f) ?? []));
}

/** Method → appends, for `receiver.method(name, value)`. */
export const NAME_VALUE_METHODS = appendTable((f) => f.nameValueMethods);
export const OBJECT_METHODS = nameSet((f) => f.objectMethods);
export const DEDICATED_SETTERS = nameSet((f) => f.dedicatedSetters);
export const RESPONSE_METHODS = nameSet((f) => f.responseMethods);
/** Function → appends, for `fn(event, name, value)`. */
export const NAME_VALUE_FUNCTIONS = appendTable((f) => f.nameValueFunctions);
export const OBJECT_FUNCTIONS = nameSet((f) => f.objectFunctions);
/** Methods of an app that run a function for every request (Elysia `app.onRequest(fn)`). */
export const HOOK_METHODS = nameSet((f) => f.hookMethods);
/** Method → the apps it sets headers for all responses of: `headers` → Elysia. */
export const APP_HEADER_METHODS: ReadonlyMap<string, readonly AppHeaderMethods[]> = (() => {
  const table = new Map<string, AppHeaderMethods[]>();
  for (const { appHeaders } of FRAMEWORKS) for (const method of appHeaders?.methods ?? []) table.set(method, [...(table.get(method) ?? []), appHeaders!]);
  return table;
})();
