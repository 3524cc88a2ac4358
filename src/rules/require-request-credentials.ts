import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getCorsModel } from '../analysis/model.js';
import { findMissingCredentials, ownSettingAtRequest, type ClientRequest, type MissingCredentials } from '../analysis/client/index.js';
import { applyCredentialsEdit, describeEdit } from '../fixes/request-edits.js';
import { readCorsSettings } from '../settings.js';
import { createRule } from '../util/create-rule.js';
import { mayCallCredentialedApi } from '../analysis/relevance.js';

export type MessageIds = 'missingCredentials' | 'instanceMissingCredentials' | 'disabledCredentials' | 'addCredentials';
export type Options = [];

const REASON_CONFIGURED = 'settings.cors.credentialedApis lists it as cookie-authenticated';
const REASON_INFERRED = 'other requests in this file send cookies to it';

/** The node that explains the finding: the setting that turns credentials off, or the URL / instance config. */
function reportNode(request: ClientRequest): { node: TSESTree.Node; disabled: boolean } {
  const setting = request.credentials;
  const own = setting.from === (request.kind === 'instance' ? 'instance' : 'call');
  const disabled = own && setting.node !== null && (setting.mode === 'same-origin' || setting.mode === 'off');
  return { node: (disabled ? ownSettingAtRequest(request) : null) ?? request.target, disabled };
}

export default createRule<Options, MessageIds>({
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
      missingCredentials:
        'This request to {{api}} sends no credentials ({{reason}}): the browser sends no cookies cross-origin by default, so the call arrives logged out. Add {{fix}}.',
      instanceMissingCredentials:
        'Requests through this {{library}} instance go to {{api}} without credentials ({{reason}}): the browser sends no cookies cross-origin by default, so every call arrives logged out. Add {{fix}}.',
      disabledCredentials:
        '`{{setting}}` keeps cookies off this request to {{api}} ({{reason}}), so the call arrives logged out. Use `{{fix}}`.',
      addCredentials: 'Send cookies: `{{fix}}`.',
    },
  },
  create(context) {
    const settings = readCorsSettings(context.settings);
    if (!mayCallCredentialedApi(context.sourceCode, settings)) return {};
    return {
      Program() {
        const model = getCorsModel(context.sourceCode);
        const requests = model.requests;
        if (!requests) return;
        const ctx = model.context;
        const reported = new Set<TSESTree.Node>();
        const report = (finding: MissingCredentials) => {
          const { request } = finding;
          const { node, disabled } = reportNode(request);
          if (reported.has(node)) return;
          reported.add(node);
          const edit = request.edit;
          const fix = describeEdit(ctx, edit, request.dialect);
          // $.get / $.getJSON / $.post take no settings object that could carry xhrFields.
          const shorthand = edit === null && request.api === 'jQuery' ? ' through `$.ajax`, whose settings carry it' : '';
          const data = {
            api: finding.api,
            reason: finding.configured ? REASON_CONFIGURED : REASON_INFERRED,
            fix: disabled ? fix : `\`${fix}\`${shorthand}`,
            library: request.api,
            setting: context.sourceCode.getText(request.credentials.node ?? node),
          };
          const messageId: MessageIds = disabled
            ? 'disabledCredentials'
            : request.kind === 'instance'
              ? 'instanceMissingCredentials'
              : 'missingCredentials';
          const apply = edit ? (fixer: TSESLint.RuleFixer) => applyCredentialsEdit(ctx, fixer, edit) : null;
          const autofix = apply !== null && finding.configured && edit!.local && !request.credentials.uncertain;
          context.report({
            node,
            messageId,
            data,
            fix: autofix ? apply : null,
            suggest: apply && !autofix ? [{ messageId: 'addCredentials', data: { fix }, fix: apply }] : [],
          });
        };
        for (const finding of findMissingCredentials(requests, settings)) report(finding);
      },
    };
  },
});
