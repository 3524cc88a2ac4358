/**
 * `firebase.json` Hosting: `hosting` is one site or a list of sites, each with
 * `headers: [{ source | glob | regex, headers: [{ key, value }] }]`.
 * See docs/cors-semantics.md#deployment-files.
 */
import { itemsOf, valueOf } from '../data-tree.js';
import { keyValueHeaders, ruleGroups } from '../headers.js';
import type { DeploymentFormat } from '../types.js';

export const firebase: DeploymentFormat = {
  fileName: /^firebase\.json$/,
  read(root) {
    return {
      groups: itemsOf(valueOf(root, 'hosting')).flatMap((site) =>
        ruleGroups(valueOf(site, 'headers'), 'firebase.json', ['source', 'glob', 'regex'], (rule) =>
          keyValueHeaders(valueOf(rule, 'headers')),
        ),
      ),
      policies: [],
    };
  },
};
