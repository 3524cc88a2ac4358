/**
 * Azure Static Web Apps `staticwebapp.config.json`: `globalHeaders: { name:
 * value }` go on every response, and each `routes[].headers` adds to them
 * (a route's header replaces a global one of the same name).
 * See docs/cors-semantics.md#deployment-files.
 */
import { itemsOf, stringOf, valueOf } from '../data-tree.js';
import { objectHeaders } from '../headers.js';
import type { DeploymentFormat, HeaderGroup } from '../types.js';

export const staticWebApps: DeploymentFormat = {
  fileName: /^staticwebapp\.config\.json$/,
  read(root) {
    const global = objectHeaders(valueOf(root, 'globalHeaders'));
    const groups: HeaderGroup[] = global.length > 0 ? [{ where: 'staticwebapp.config.json globalHeaders', headers: global }] : [];
    for (const route of itemsOf(valueOf(root, 'routes'))) {
      const own = objectHeaders(valueOf(route, 'headers'));
      if (own.length === 0) continue;
      const names = new Set(own.map((h) => h.name));
      const path = stringOf(valueOf(route, 'route'));
      groups.push({
        where: path === null ? 'staticwebapp.config.json route headers' : `staticwebapp.config.json headers for ${JSON.stringify(path)}`,
        headers: [...global.filter((h) => !names.has(h.name)), ...own],
      });
    }
    return { groups, policies: [] };
  },
};
