/**
 * webpack-dev-server `devServer.headers` as a list of `{ key, value }`: set on
 * every response the dev server sends. (The object form is a plain headers
 * object and the function form a handler; the response model reads both.)
 * See docs/cors-semantics.md#webpack-dev-server.
 */
import { valueOf } from '../data-tree.js';
import { keyValueHeaders } from '../headers.js';
import type { ConfigSource } from './types.js';

export const webpackDevServer: ConfigSource = {
  keys: ['devServer'],
  read(config) {
    const headers = keyValueHeaders(valueOf(valueOf(config, 'devServer'), 'headers'));
    return { groups: headers.length > 0 ? [{ where: 'devServer.headers', headers }] : [], policies: [] };
  },
};
