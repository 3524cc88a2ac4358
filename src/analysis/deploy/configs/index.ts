/**
 * CORS declared in configuration objects written in JavaScript: dev servers,
 * route rules, infrastructure code. One module per tool, registered in
 * `CONFIG_SOURCES`; each says which object keys (or method calls) mark its
 * configuration and what that configuration sends.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { indexedNodes, propertyKeyName, type ValueContext } from '../../core/values.js';
import { dataFromExpression } from '../js-tree.js';
import type { DeploymentFacts, HeaderGroup, PlatformPolicy } from '../types.js';
import { apiGatewayMappings } from './api-gateway.js';
import { awsCdk } from './aws-cdk.js';
import { nitroRouteRules } from './nitro.js';
import { serverlessConfig } from './serverless-config.js';
import type { ConfigSource, SourceText } from './types.js';
import { webpackDevServer } from './webpack-dev-server.js';

export const CONFIG_SOURCES: readonly ConfigSource[] = [webpackDevServer, nitroRouteRules, awsCdk, serverlessConfig, apiGatewayMappings];

/** Every finding in such configuration involves credentials, under one of these spellings. */
export const CONFIG_TEXT = /allowCredentials|access-control-allow-credentials/i;

const byKey = new Map<string, ConfigSource[]>();
const byMethod = new Map<string, ConfigSource>();
for (const source of CONFIG_SOURCES) {
  for (const key of source.keys) byKey.set(key, [...(byKey.get(key) ?? []), source]);
  for (const method of source.methods ?? []) byMethod.set(method, source);
}

function objectSources(ctx: ValueContext, object: TSESTree.ObjectExpression): Set<ConfigSource> {
  const sources = new Set<ConfigSource>();
  for (const prop of object.properties) {
    if (prop.type !== AST_NODE_TYPES.Property) continue;
    const key = propertyKeyName(ctx, prop);
    for (const source of (key && byKey.get(key)) || []) sources.add(source);
  }
  return sources;
}

/** What the configuration objects of a file declare, or null when it has none. */
export function collectConfigFacts(ctx: ValueContext, program: TSESTree.Program): DeploymentFacts | null {
  const groups: HeaderGroup[] = [];
  const policies: PlatformPolicy[] = [];
  const text: SourceText = (node) => ctx.sourceCode.text.slice(node.node.range[0], node.node.range[1]);
  const add = (facts: DeploymentFacts) => {
    groups.push(...facts.groups);
    policies.push(...facts.policies);
  };
  for (const node of indexedNodes(ctx, program)) {
    if (node.type === AST_NODE_TYPES.ObjectExpression) {
      for (const source of objectSources(ctx, node)) add(source.read(dataFromExpression(ctx, node), text));
    } else if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression) {
      const property = node.callee.property;
      const source = property.type === AST_NODE_TYPES.Identifier ? byMethod.get(property.name) : undefined;
      const [options] = node.arguments;
      if (source?.readCall && options && options.type !== AST_NODE_TYPES.SpreadElement) {
        add(source.readCall((property as TSESTree.Identifier).name, dataFromExpression(ctx, options), text));
      }
    }
  }
  return groups.length > 0 || policies.length > 0 ? { groups, policies } : null;
}
