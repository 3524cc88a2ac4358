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
import { valueOf } from '../data-tree.js';
import { mappedHeaders } from '../headers.js';
import type { HeaderGroup } from '../types.js';
import type { ConfigSource } from './types.js';

/** Keys holding a mapping object, and whether its keys are mapping destinations or header names. */
const MAPPINGS: readonly { key: string; destinations: boolean }[] = [
  { key: 'responseParameters', destinations: true },
  { key: 'ResponseParameters', destinations: true },
  { key: 'responseHeaders', destinations: false },
];

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
