import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getCorsModel } from '../analysis/model.js';
import { findUnlistedCredentials, globalCredentialDefaults, ownSettingAtRequest } from '../analysis/client/index.js';
import { applyCredentialsEdit, describeEdit, isRemovableSetting, removeCredentialsSetting } from '../fixes/request-edits.js';
import { readCorsSettings } from '../settings.js';
import { createRule } from '../util/create-rule.js';
import { mentionsCredentials } from '../analysis/relevance.js';

export type MessageIds =
  | 'unlistedOrigin'
  | 'inheritedUnlistedOrigin'
  | 'globalCredentials'
  | 'removeCredentials'
  | 'overrideCredentials'
  | 'removeGlobalDefault';
export type Options = [];

export default createRule<Options, MessageIds>({
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
        'Credentials go to {{origin}}, which settings.cors lists neither as a credentialed API nor as an allowed origin: the user\'s cookies for that site ride along with a request to a third party. Remove `{{setting}}`, or add the origin to settings.cors.credentialedApis if it is your API.',
      inheritedUnlistedOrigin:
        'This request sends credentials to {{origin}} because of {{source}}, and settings.cors lists that origin neither as a credentialed API nor as an allowed origin: cookies ride along with a request to a third party. Set `{{off}}` here, or add the origin to settings.cors.credentialedApis if it is your API.',
      globalCredentials:
        '`{{setting}}` sends cookies with every {{library}} request of the app, to any origin, third parties included. Set credentials only where your own API is called (for example an `axios.create({ baseURL, withCredentials: true })` instance).',
      removeCredentials: 'Remove `{{setting}}`.',
      overrideCredentials: 'Send no cookies with this request: `{{off}}`.',
      removeGlobalDefault: 'Remove the global default.',
    },
  },
  create(context) {
    const settings = readCorsSettings(context.settings);
    // Every finding of this rule involves credentials: skip files that never mention them.
    if (!mentionsCredentials(context.sourceCode)) return {};
    return {
      Program() {
        const model = getCorsModel(context.sourceCode);
        const requests = model.requests;
        if (!requests) return;
        const ctx = model.context;
        const sourceCode = context.sourceCode;
        const reported = new Set<TSESTree.Node>();
        for (const finding of findUnlistedCredentials(requests, settings)) {
          const { request } = finding;
          const setting = request.credentials.node;
          if (!finding.inherited && setting) {
            const node = ownSettingAtRequest(request) ?? request.target;
            if (reported.has(node)) continue;
            reported.add(node);
            const text = sourceCode.getText(setting);
            context.report({
              node,
              messageId: 'unlistedOrigin',
              data: { origin: finding.origin, setting: text },
              suggest: isRemovableSetting(ctx, setting)
                ? [
                    {
                      messageId: 'removeCredentials',
                      data: { setting: text },
                      fix: (fixer: TSESLint.RuleFixer) => removeCredentialsSetting(ctx, fixer, setting),
                    },
                  ]
                : [],
            });
            continue;
          }
          const edit = request.edit;
          const off = describeEdit(ctx, edit, request.dialect, 'off');
          const source = request.credentials.from === 'instance' ? `its ${request.api} instance` : `a global ${request.api} default`;
          context.report({
            node: request.target,
            messageId: 'inheritedUnlistedOrigin',
            data: { origin: finding.origin, source, off },
            suggest: edit
              ? [{ messageId: 'overrideCredentials', data: { off }, fix: (fixer: TSESLint.RuleFixer) => applyCredentialsEdit(ctx, fixer, edit, 'off') }]
              : [],
          });
        }
        for (const global of globalCredentialDefaults(requests)) {
          const setting = global.setting;
          context.report({
            node: setting,
            messageId: 'globalCredentials',
            data: { setting: sourceCode.getText(setting), library: global.api },
            suggest: isRemovableSetting(ctx, setting)
              ? [{ messageId: 'removeGlobalDefault', fix: (fixer: TSESLint.RuleFixer) => removeCredentialsSetting(ctx, fixer, setting) }]
              : [],
          });
        }
      },
    };
  },
});
