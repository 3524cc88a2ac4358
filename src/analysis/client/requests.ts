/**
 * Finds the client requests of a module (docs/cors-semantics.md, "Client
 * requests") with the APIs declared in `apis/`. Libraries are recognised by
 * their import (or `require`), never by name alone; server code has none.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { indexedNodes, type ValueContext } from '../core/values.js';
import type { ClientApi } from './api.js';
import { CLIENT_APIS } from './apis/index.js';
import { RequestCollector } from './collector.js';
import { expandFetchers } from './fetchers.js';
import { APP_SETUP_APIS, readAppSetup, type AppSetup } from './app-setup.js';
import type { RequestModel } from './types.js';

/** Modules that only run on a server, where the browser's credentials modes do not apply. */
const SERVER_MODULES = new Set([
  'server-only',
  'next/headers',
  'next/server',
  'express',
  'koa',
  'fastify',
  'hono',
  '@hapi/hapi',
  '@nestjs/common',
  '@nestjs/core',
  'fs',
  'fs/promises',
  'child_process',
  'http',
  'https',
  'http2',
  'net',
]);
const SERVER_REQUIRE = /\brequire\(\s*['"](?:node:[^'"]+|express|koa|fastify|fs|fs\/promises|child_process|http|https|http2|net)['"]\s*\)/;

/** True for server code: a `'use server'` module, or one that imports Node built-ins or a server framework. */
function isServerModule(ctx: ValueContext, program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive === 'use server') return true;
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && statement.importKind !== 'type') {
      const source = String(statement.source.value);
      if (source.startsWith('node:') || SERVER_MODULES.has(source)) return true;
    }
  }
  return SERVER_REQUIRE.test(ctx.sourceCode.text);
}

/** True when the text quotes `source` as a module specifier could: `'jquery'`, `"jquery"`, `` `jquery` ``. */
function quotes(text: string, source: string): boolean {
  return text.includes(`'${source}'`) || text.includes(`"${source}"`) || text.includes(`\`${source}\``);
}

/**
 * The APIs a module can use, judged from its text: an API whose text is absent
 * is skipped, and so is each module an API is imported from whose name is not
 * quoted (a comment that says jquery imports nothing).
 */
function apisIn(text: string): ClientApi[] {
  return CLIENT_APIS.filter((api) => api.text.test(text)).map((api) => ({
    ...api,
    modules: api.modules.filter((entry) => quotes(text, entry.source)),
  }));
}

type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;

/** Reads the requests from the calls and assignments of a module, with the app's set-up in other modules when given. */
function readRequests(ctx: ValueContext, apis: ClientApi[], calls: readonly CallLike[], assignments: readonly TSESTree.AssignmentExpression[], setup: AppSetup | null): RequestModel {
  const collector = new RequestCollector(ctx, apis, calls);
  if (setup) collector.readAppSetup(setup);
  collector.readSetup(assignments, calls);
  for (const call of calls) collector.readCall(call);
  const requests = expandFetchers(ctx, collector.requests).sort((a, b) => a.node.range[0] - b.node.range[0]);
  return { requests, globals: collector.globals };
}

/**
 * Collects every client request of a module (none for server code). The
 * app's set-up in other modules is read only when a judgement asks for it
 * (`withAppSetup`), so modules whose requests raise no question never search
 * for it.
 */
export function collectRequests(ctx: ValueContext, program: TSESTree.Program): RequestModel {
  if (isServerModule(ctx, program)) return { requests: [], globals: [] };
  const calls: CallLike[] = [];
  const assignments: TSESTree.AssignmentExpression[] = [];
  for (const node of indexedNodes(ctx, program)) {
    if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) calls.push(node);
    else if (node.type === AST_NODE_TYPES.AssignmentExpression) assignments.push(node);
  }
  const apis = apisIn(ctx.sourceCode.text);
  const local = readRequests(ctx, apis, calls, assignments, null);
  if (!ctx.parseModule || !local.requests.some((r) => APP_SETUP_APIS.has(r.api))) return local;
  let settled: RequestModel | undefined;
  const withAppSetup = (): RequestModel => {
    if (!settled) {
      const setup = readAppSetup(ctx, local.requests.map((request) => request.api));
      settled = setup ? readRequests(ctx, apis, calls, assignments, setup) : local;
    }
    return settled;
  };
  return { ...local, withAppSetup };
}
