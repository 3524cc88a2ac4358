/**
 * API Gateway parameter mappings written in infrastructure code (AWS CDK,
 * `serverless.ts` resources, CloudFormation objects):
 * - `responseParameters` / `ResponseParameters` of an integration response
 *   (CDK `integrationResponses`, CloudFormation `IntegrationResponses`) map
 *   `method.response.header.<Name>` to a source; a CloudFormation gateway
 *   response maps `gatewayresponse.header.<Name>`;
 * - CDK `addGatewayResponse({ responseHeaders })` takes the header names
 *   themselves.
 * A source in single quotes (`"'*'"`) is the static value `*`; anything else
 * is a mapping expression (`integration.response.header.x`), unknown here.
 * One mapping object is one response. See docs/cors-semantics.md#api-gateway-mappings.
 */
import { apiGatewayHeaderName, apiGatewayStaticValue, isTrackedHeader } from '../../server/header-names.js';
import { stringOf, valueOf, type DataNode } from '../data-tree.js';
import type { HeaderGroup, StaticHeader } from '../types.js';
import type { ConfigSource } from './types.js';

/** Keys holding a mapping object, and whether its keys are mapping destinations or header names. */
const MAPPINGS: readonly { key: string; destinations: boolean }[] = [
  { key: 'responseParameters', destinations: true },
  { key: 'ResponseParameters', destinations: true },
  { key: 'responseHeaders', destinations: false },
];

/** The CORS headers a mapping object sets, each with its static value (null for a mapping expression). */
export function mappedHeaders(mapping: DataNode | null, destinations: boolean): StaticHeader[] {
  if (mapping?.kind !== 'object') return [];
  const siblings = mapping.entries.map((e) => e.node);
  return mapping.entries.flatMap((entry) => {
    const name = destinations ? apiGatewayHeaderName(entry.key) : entry.key;
    if (name === null || !isTrackedHeader(name)) return [];
    const written = stringOf(entry.value);
    const value = written === null ? null : apiGatewayStaticValue(written);
    return [{ name: name.trim().toLowerCase(), value, valueNode: entry.value, entry: entry.node, siblings, mapped: true as const }];
  });
}

export const apiGatewayMappings: ConfigSource = {
  keys: MAPPINGS.map((m) => m.key),
  read(config) {
    const groups: HeaderGroup[] = MAPPINGS.flatMap(({ key, destinations }) => {
      const headers = mappedHeaders(valueOf(config, key), destinations);
      return headers.length > 0 ? [{ where: `API Gateway \`${key}\``, headers }] : [];
    });
    return { groups, policies: [] };
  },
};
