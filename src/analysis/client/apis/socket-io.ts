/**
 * socket.io-client: `io(url, { withCredentials })`, `io.connect`, `new Manager`.
 * `withCredentials` (default false) applies to the HTTP long-polling requests;
 * the WebSocket handshake is not subject to CORS, so a client that only uses
 * the `websocket` transport is left alone (docs/cors-semantics.md, "Client
 * requests" and "WebSockets"; engine.io-client `lib/socket.ts`).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { getObjectEntry, getStaticValue, type ValueContext } from '../../core/values.js';
import { WITH_CREDENTIALS_FLAG, type ClientApi, type RequestCall } from '../api.js';

/** `{ transports: ['websocket'] }`: no HTTP request is made. */
function websocketOnly(ctx: ValueContext, node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const options = node.arguments[1];
  if (!options || options.type === AST_NODE_TYPES.SpreadElement) return false;
  const transports = getObjectEntry(ctx, options, 'transports');
  const value = transports && getStaticValue(ctx, transports.value);
  return Array.isArray(value?.value) && value.value.length > 0 && value.value.every((t) => t === 'websocket');
}

const CONNECT: RequestCall = { kind: 'request', form: { url: 0, options: 1 }, objectForm: 'skip', irrelevant: websocketOnly };

export const socketIoApi: ClientApi = {
  name: 'socket.io',
  ...WITH_CREDENTIALS_FLAG,
  text: /socket\.io-client|\bio\s*\(|\bio\.(?:connect|Manager)\b/,
  modules: [{ source: 'socket.io-client', exports: ['default', 'io', 'connect', 'Manager'] }],
  // The script served by socket.io defines a global `io`.
  globals: [{ name: 'io', bare: true, onGlobalObject: true }],
  calls: { '': CONNECT, connect: CONNECT },
  constructs: { '': CONNECT, Manager: CONNECT },
};
