/**
 * The Fetch API: `fetch(url, init)` (the global, or a polyfill module's export)
 * and `new Request(url, init)`. `credentials` defaults to `'same-origin'`
 * (docs/cors-semantics.md, "Client requests").
 */
import { resolveExpression, type ValueContext } from '../../core/values.js';
import type { TSESTree } from '@typescript-eslint/types';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { FETCH_CREDENTIALS, isGlobal, type ClientApi } from '../api.js';

const FETCH_MODULES = ['cross-fetch', 'isomorphic-fetch', 'isomorphic-unfetch', 'unfetch', 'whatwg-fetch'];

export const fetchApi: ClientApi = {
  name: 'fetch',
  ...FETCH_CREDENTIALS,
  // The word, not a part of one (`prefetch`, `fetchPriority`) nor a string's whole text (`'fetch'`); a module (`'cross-fetch'`, `unfetch`).
  text: /\bfetch\b(?!['"`])|-fetch['"`]|unfetch/,
  modules: FETCH_MODULES.map((source) => ({ source, exports: ['default', 'fetch'] })),
  globals: [{ name: 'fetch', bare: true, onGlobalObject: true }],
  calls: { '': { kind: 'request', form: { url: 0, options: 1 }, skipRequestObject: true } },
};

export const requestApi: ClientApi = {
  name: 'Request',
  ...FETCH_CREDENTIALS,
  text: /\bRequest\b/,
  modules: [],
  globals: [{ name: 'Request', bare: true, onGlobalObject: true }],
  calls: {},
  constructs: { '': { kind: 'request', form: { url: 0, options: 1 }, skipRequestObject: true } },
};

/** `new Request(…)` (directly or through a constant): a request object carrying its own options. */
export function isRequestObject(ctx: ValueContext, node: TSESTree.Node): boolean {
  const resolved = resolveExpression(ctx, node);
  return resolved.type === AST_NODE_TYPES.NewExpression && isGlobal(ctx, resolved.callee, 'Request');
}
