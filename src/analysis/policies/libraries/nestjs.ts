/**
 * NestJS: `NestFactory.create(AppModule, { cors })` and `app.enableCors(options)`.
 * Express applications use the `cors` package; with the Fastify adapter
 * (`new FastifyAdapter()`, or an app typed `NestFastifyApplication`) it is
 * `@fastify/cors`.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { findVariable, resolveExpression, unwrap } from '../../core/values.js';
import type { PolicyCollector } from '../collector.js';
import { CALL, CONSTRUCT, corsLibrary, READ } from '../library.js';
import { CORS_LIKE, type LibrarySemantics } from '../types.js';
import { fastifyCorsSemantics } from './fastify-cors.js';

type Node = TSESTree.Node;

const semantics: LibrarySemantics = { ...CORS_LIKE, library: 'nestjs', label: 'NestJS' };

const APP = 'NestFactory.create';
const ADAPTER = 'FastifyAdapter';
const FASTIFY_APP_TYPE = 'NestFastifyApplication';

/** `app: NestFastifyApplication` (a parameter or a declared variable) imported from the Fastify platform. */
function isTypedFastifyApp(collector: PolicyCollector, app: Node): boolean {
  const id = unwrap(app);
  if (id.type !== AST_NODE_TYPES.Identifier) return false;
  const name = findVariable(collector.ctx, id)?.defs[0]?.name;
  const annotation = name?.type === AST_NODE_TYPES.Identifier ? name.typeAnnotation?.typeAnnotation : undefined;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference || annotation.typeName.type !== AST_NODE_TYPES.Identifier) return false;
  const binding = findVariable(collector.ctx, annotation.typeName)?.defs[0]?.node;
  return binding !== undefined && collector.isMarked(FASTIFY_APP_TYPE, binding as Node);
}

function createdWithFastify(collector: PolicyCollector, call: TSESTree.CallExpression): boolean {
  return call.arguments.some((arg) => collector.isMarked(ADAPTER, arg));
}

/** True when a Nest application was created with the Fastify adapter. */
function usesFastifyAdapter(collector: PolicyCollector, app: Node): boolean {
  if (isTypedFastifyApp(collector, app)) return true;
  let resolved = resolveExpression(collector.ctx, app);
  if (resolved.type === AST_NODE_TYPES.AwaitExpression) resolved = resolveExpression(collector.ctx, resolved.argument);
  return resolved.type === AST_NODE_TYPES.CallExpression && collector.isMarked(APP, resolved) && createdWithFastify(collector, resolved);
}

export const nestjs = corsLibrary({
  modules: ['@nestjs/core'],
  exports: {
    NestFactory: {
      create: {
        [CALL]: (collector, node) => {
          if (node.type !== AST_NODE_TYPES.CallExpression) return;
          collector.mark(APP, node);
          const args = node.arguments;
          const cors = collector.corsOption(args.length > 1 ? collector.lastObjectArgument(args.slice(1)) : null);
          collector.corsEntry(createdWithFastify(collector, node) ? fastifyCorsSemantics : semantics, node, cors);
        },
      },
    },
  },
  related: {
    '@nestjs/platform-fastify': { [ADAPTER]: { [CONSTRUCT]: ADAPTER }, [FASTIFY_APP_TYPE]: { [READ]: FASTIFY_APP_TYPE } },
  },
  text: String.raw`@nestjs\/[\w-]+|enableCors`,
  // `app.enableCors()` counts on an app made by NestFactory.create, or in any file that uses NestJS.
  finish(collector) {
    const nestFile = collector.importsFrom(['@nestjs/']);
    for (const call of collector.methodCalls('enableCors')) {
      const callee = unwrap(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) continue;
      if (!nestFile && !collector.isMarked(APP, callee.object)) continue;
      collector.argument(usesFastifyAdapter(collector, callee.object) ? fastifyCorsSemantics : semantics, call, 0);
    }
  },
  semantics,
  example: `import { NestFactory } from 'MODULE';\nconst app = await NestFactory.create(AppModule, { cors: { origin: true, credentials: true } });`,
});
