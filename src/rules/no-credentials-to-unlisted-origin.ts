import { findUnlistedCredentials, globalCredentialDefaults, ownSettingAtRequest } from '../analysis/client/index.js';
import { removeCredentialsSetting, requestCredentialsEdit } from '../fixes/request-edits.js';
import { createCorsRule } from '../util/cors-rule.js';

export type MessageIds =
  | 'unlistedOrigin'
  | 'instanceUnlistedOrigin'
  | 'defaultUnlistedOrigin'
  | 'globalCredentials'
  | 'removeCredentials'
  | 'overrideCredentials'
  | 'removeGlobalDefault';
export type Options = [];

export default createCorsRule<Options, MessageIds>({
  name: 'no-credentials-to-unlisted-origin',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow sending credentials to origins that `settings.cors` does not list as trusted',
      strict: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      unlistedOrigin:
        'Credentials go to {{origin}}, which settings.cors does not list, so cookies reach a third party. Remove `{{setting}}`, or list the API in settings.cors.credentialedApis.',
      instanceUnlistedOrigin:
        'Credentials go to {{origin}} through its {{library}} instance, and settings.cors does not list it, so cookies reach a third party. Set `{{off}}` here.',
      defaultUnlistedOrigin:
        'Credentials go to {{origin}} through a global {{library}} default, and settings.cors does not list it, so cookies reach a third party. Set `{{off}}` here.',
      globalCredentials:
        'The default `{{setting}}` sends cookies with every {{library}} request, to third parties too. Set credentials only where your own API is called.',
      removeCredentials: 'Remove `{{setting}}`.',
      overrideCredentials: 'Send no cookies with this request: `{{off}}`.',
      removeGlobalDefault: 'Remove the global default.',
    },
  },
  gate: 'credentials',
  create(context) {
    const { model, values, settings, sourceCode } = context;
    // Every finding is about credentials some request sends.
    if (!model.maySendCredentials) return;
    const requests = model.requests;
    if (!requests) return;
    for (const finding of findUnlistedCredentials(requests, settings)) {
      const { request } = finding;
      const setting = request.credentials.node;
      if (!finding.inherited && setting) {
        const text = sourceCode.getText(setting);
        context.report({
          node: ownSettingAtRequest(request) ?? request.target,
          messageId: 'unlistedOrigin',
          data: { origin: finding.origin, setting: text },
          suggest: [{ messageId: 'removeCredentials', data: { setting: text }, fix: (fixer) => removeCredentialsSetting(values, fixer, setting) }],
        });
        continue;
      }
      const { text: off, fix: override } = requestCredentialsEdit(values, request, 'off');
      context.report({
        node: request.target,
        messageId: request.credentials.from === 'instance' ? 'instanceUnlistedOrigin' : 'defaultUnlistedOrigin',
        data: { origin: finding.origin, library: request.api, off },
        suggest: override ? [{ messageId: 'overrideCredentials', data: { off }, fix: override }] : [],
      });
    }
    for (const global of globalCredentialDefaults(requests)) {
      const setting = global.setting;
      context.report({
        node: setting,
        messageId: 'globalCredentials',
        data: { setting: sourceCode.getText(setting), library: global.api },
        suggest: [{ messageId: 'removeGlobalDefault', fix: (fixer) => removeCredentialsSetting(values, fixer, setting) }],
      });
    }
  },
});
