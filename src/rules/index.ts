import noCredentialsToUnlistedOrigin from './no-credentials-to-unlisted-origin.js';
import noNullOrigin from './no-null-origin.js';
import noPermissiveOrigin from './no-permissive-origin.js';
import noPermissiveOriginCheck from './no-permissive-origin-check.js';
import noReflectedOriginWithCredentials from './no-reflected-origin-with-credentials.js';
import noWildcardHeadersWithCredentials from './no-wildcard-headers-with-credentials.js';
import noWildcardOriginWithCredentials from './no-wildcard-origin-with-credentials.js';
import requirePreflightCredentials from './require-preflight-credentials.js';
import requireRequestCredentials from './require-request-credentials.js';
import requireVaryOrigin from './require-vary-origin.js';
import validCredentialsHeader from './valid-credentials-header.js';

/** Every rule of the plugin, by name. */
export const rules = {
  'no-credentials-to-unlisted-origin': noCredentialsToUnlistedOrigin,
  'no-null-origin': noNullOrigin,
  'no-permissive-origin': noPermissiveOrigin,
  'no-permissive-origin-check': noPermissiveOriginCheck,
  'no-reflected-origin-with-credentials': noReflectedOriginWithCredentials,
  'no-wildcard-headers-with-credentials': noWildcardHeadersWithCredentials,
  'no-wildcard-origin-with-credentials': noWildcardOriginWithCredentials,
  'require-preflight-credentials': requirePreflightCredentials,
  'require-request-credentials': requireRequestCredentials,
  'require-vary-origin': requireVaryOrigin,
  'valid-credentials-header': validCredentialsHeader,
};

export type RuleName = keyof typeof rules;
