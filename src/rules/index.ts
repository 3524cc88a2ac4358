import noWildcardHeadersWithCredentials from './no-wildcard-headers-with-credentials.js';
import noWildcardOriginWithCredentials from './no-wildcard-origin-with-credentials.js';
import requirePreflightCredentials from './require-preflight-credentials.js';
import requireVaryOrigin from './require-vary-origin.js';
import validCredentialsHeader from './valid-credentials-header.js';

/** Every rule of the plugin, by name. */
export const rules = {
  'no-wildcard-headers-with-credentials': noWildcardHeadersWithCredentials,
  'no-wildcard-origin-with-credentials': noWildcardOriginWithCredentials,
  'require-preflight-credentials': requirePreflightCredentials,
  'require-vary-origin': requireVaryOrigin,
  'valid-credentials-header': validCredentialsHeader,
};

export type RuleName = keyof typeof rules;
