/**
 * Vite `server.cors` and `preview.cors` in `defineConfig(...)`: the options
 * of the `cors` package, which Vite hands to it as they are (`true` means its
 * defaults, `*` without credentials; `false`, or no key, installs nothing the
 * rules report: the default only echoes localhost origins, without
 * credentials). The configuration may be an object or a function returning
 * one (`defineConfig(({ mode }) => ({ … }))`). A dev or preview server is
 * judged like any other: it is often reachable from the network, and a
 * logged-in session may be proxied through it. An exported object without
 * `defineConfig` is read as stand-alone options. See docs/cors-semantics.md#vite.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { resolveAlternatives } from '../../core/possible-values.js';
import { returnAlternatives } from '../../core/returns.js';
import { getObjectEntries, isForeignNode, resolveExpression, resolveFunction } from '../../core/values.js';
import type { PolicyCollector } from '../collector.js';
import { CALL, corsLibrary, onCall } from '../library.js';
import { CORS_LIKE, type LibrarySemantics } from '../types.js';

type Node = TSESTree.Node;

const semantics: LibrarySemantics = { ...CORS_LIKE, library: 'vite', label: 'Vite' };

/** The servers whose options take `cors`. */
const SERVERS = ['server', 'preview'];

/** The configuration objects an argument of `defineConfig` stands for: the object, or what its function returns. */
function configObjects(collector: PolicyCollector, argument: Node): Node[] {
  const { ctx } = collector;
  const fn = resolveFunction(ctx, argument);
  if (!fn) return [argument];
  return returnAlternatives(ctx, fn, 0, resolveAlternatives)
    .filter((alt) => alt.kind === 'value' && alt.node && alt.context === ctx && !isForeignNode(ctx, alt.node))
    .map((alt) => alt.node!);
}

function readConfig(collector: PolicyCollector, call: TSESTree.CallExpression | TSESTree.NewExpression): void {
  const [argument] = call.arguments;
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
  for (const config of configObjects(collector, argument)) {
    if (resolveExpression(collector.ctx, config).type !== AST_NODE_TYPES.ObjectExpression) continue;
    for (const server of getObjectEntries(collector.ctx, config)?.entries ?? []) {
      if (!SERVERS.includes(server.key)) continue;
      const cors = collector.corsOption(server.value);
      if (cors) collector.corsEntry(semantics, cors.property ?? server.value, cors);
    }
  }
}

export const vite = corsLibrary({
  modules: ['vite'],
  exports: { defineConfig: { [CALL]: onCall(readConfig) } },
  semantics,
  example: `import { defineConfig } from 'MODULE';\nexport default defineConfig({ server: { cors: { origin: true, credentials: true } } });`,
});
