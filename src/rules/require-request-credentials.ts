import type { TSESTree } from '@typescript-eslint/utils';
import { credentialedApiPatterns, findMissingCredentials, ownSettingAtRequest, type ClientRequest } from '../analysis/client/index.js';
import { requestCredentialsEdit } from '../fixes/request-edits.js';
import { createCorsRule } from '../util/cors-rule.js';

export type MessageIds =
  | 'missingCredentials'
  | 'shorthandMissingCredentials'
  | 'instanceMissingCredentials'
  | 'disabledCredentials'
  | 'addCredentials';
export type Options = [];

/** The node that explains the finding: the setting that turns credentials off, or the URL / instance config. */
function reportNode(request: ClientRequest): { node: TSESTree.Node; disabled: boolean } {
  const setting = request.credentials;
  const own = setting.from === (request.kind === 'instance' ? 'instance' : 'call');
  const disabled = own && setting.node !== null && (setting.mode === 'same-origin' || setting.mode === 'off');
  return { node: (disabled ? ownSettingAtRequest(request) : null) ?? request.target, disabled };
}

function messageOf(request: ClientRequest, disabled: boolean): MessageIds {
  if (disabled) return 'disabledCredentials';
  if (request.kind === 'instance') return 'instanceMissingCredentials';
  // $.get / $.getJSON / $.post take no settings object that could carry xhrFields.
  return request.edit === null && request.api === 'jQuery' ? 'shorthandMissingCredentials' : 'missingCredentials';
}

export default createCorsRule<Options, MessageIds>({
  name: 'require-request-credentials',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require credentials on client requests to cookie-authenticated cross-origin APIs',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      missingCredentials: 'This request to {{api}} sends no cookies (browsers omit them cross-origin by default), so it arrives logged out. Add `{{fix}}`.',
      shorthandMissingCredentials: 'This request to {{api}} sends no cookies, so it arrives logged out, and this shorthand cannot send them. Use `$.ajax` with `{{fix}}`.',
      instanceMissingCredentials: 'Requests through this {{library}} instance send no cookies to {{api}}, so they arrive logged out. Add `{{fix}}`.',
      disabledCredentials: 'The setting `{{setting}}` keeps cookies off this request to {{api}}, so it arrives logged out. Use `{{fix}}`.',
      addCredentials: 'Send cookies: `{{fix}}`.',
    },
  },
  gate: 'clients',
  create(context) {
    const { model, values, settings, sourceCode } = context;
    // Unless settings name credentialed APIs, only a request that sends credentials reveals one.
    if (credentialedApiPatterns(settings).length === 0 && !model.maySendCredentials) return;
    const requests = model.requests;
    if (!requests) return;
    for (const finding of findMissingCredentials(requests, settings)) {
      const { request } = finding;
      const { node, disabled } = reportNode(request);
      const { text: fix, fix: apply } = requestCredentialsEdit(values, request);
      const data = { api: finding.api, fix, library: request.api, setting: sourceCode.getText(request.credentials.node ?? node) };
      const autofix = apply !== null && finding.configured && request.edit?.local === true && !request.credentials.uncertain;
      context.report({
        node,
        messageId: messageOf(request, disabled),
        data,
        fix: autofix ? apply : null,
        offered: { messageId: 'addCredentials', data: { fix } },
        suggest: apply && !autofix ? [{ messageId: 'addCredentials', data: { fix }, fix: apply }] : [],
      });
    }
  },
});
