/**
 * `vercel.json` (and its former name `now.json`): `headers: [{ source, headers:
 * [{ key, value }] }]`, and the older `routes: [{ src, headers: { name: value } }]`.
 * See docs/cors-semantics.md#deployment-files.
 */
import { valueOf } from '../data-tree.js';
import { keyValueHeaders, objectHeaders, ruleGroups } from '../headers.js';
import type { DeploymentFormat } from '../types.js';

export const vercel: DeploymentFormat = {
  fileName: /^(?:vercel|now)\.json$/,
  read(root) {
    return {
      groups: [
        ...ruleGroups(valueOf(root, 'headers'), 'vercel.json', ['source'], (rule) => keyValueHeaders(valueOf(rule, 'headers'))),
        ...ruleGroups(valueOf(root, 'routes'), 'vercel.json', ['src'], (route) => objectHeaders(valueOf(route, 'headers'))),
      ],
      policies: [],
    };
  },
};
