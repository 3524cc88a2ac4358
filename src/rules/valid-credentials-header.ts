import { HEADER } from '../analysis/server/header-names.js';
import { removeWrite, replaceWriteValue, valueReportNode } from '../fixes/header-edits.js';
import { createCorsRule, quoteExcerpt, type CorsSuggestion } from '../util/cors-rule.js';
import { editableValue, invalidCredentialValues } from '../analysis/deploy/findings.js';
import { removeListEntry, replaceScalar } from '../fixes/data-edits.js';

export type MessageIds = 'miscasedTrue' | 'falseCredentials' | 'invalidCredentials' | 'removeHeader' | 'useTrue';
export type Options = [];

export default createCorsRule<Options, MessageIds>({
  name: 'valid-credentials-header',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce that Access-Control-Allow-Credentials is exactly `true`',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      miscasedTrue: 'Browsers reject Access-Control-Allow-Credentials {{value}}, so credentialed requests fail. Send the lower-case string `true`.',
      falseCredentials: 'Access-Control-Allow-Credentials has no `false` value: browsers ignore it. Omit the header to deny credentials.',
      invalidCredentials: 'Browsers reject Access-Control-Allow-Credentials {{value}}, so credentialed requests fail. Send `true`.',
      removeHeader: 'Remove the header (no credentials).',
      useTrue: "Send 'true'.",
    },
  },
  gate: 'credentials',
  create(context) {
    const { model, values } = context;
    const headers = model.headers;
    if (!headers) return;
    for (const write of headers.writes) {
      if (write.name !== HEADER.allowCredentials) continue;
      const value = headers.classifyCredentials(write);
      if (value.kind === 'true' || value.kind === 'dynamic') continue;
      const node = valueReportNode(write);
      if (!node) continue;
      const remove: CorsSuggestion<MessageIds> = { messageId: 'removeHeader', fix: (fixer) => removeWrite(values, fixer, write) };
      if (value.kind === 'miscased') {
        context.report({
          node,
          messageId: 'miscasedTrue',
          data: { value: quoteExcerpt(value.text) },
          fix: (fixer) => replaceWriteValue(values, fixer, write, 'true'),
          offered: { messageId: 'useTrue' },
        });
      } else if (value.kind === 'false') {
        context.report({ node, messageId: 'falseCredentials', suggest: [remove] });
      } else {
        context.report({
          node,
          messageId: 'invalidCredentials',
          data: { value: quoteExcerpt(value.text) },
          suggest: [{ messageId: 'useTrue', fix: (fixer) => replaceWriteValue(values, fixer, write, 'true') }, remove],
        });
      }
    }
  },
  deploy({ facts, text, report }) {
    for (const { header, kind } of invalidCredentialValues(facts)) {
      const scalar = editableValue(header);
      const remove: CorsSuggestion<MessageIds> = { messageId: 'removeHeader', fix: (fixer) => removeListEntry(fixer, text, header.entry, header.siblings) };
      const useTrue: CorsSuggestion<MessageIds>[] = scalar ? [{ messageId: 'useTrue', fix: (fixer) => replaceScalar(fixer, scalar, 'true') }] : [];
      const node = header.valueNode.node;
      if (kind === 'miscased') {
        report({ node, messageId: 'miscasedTrue', data: { value: quoteExcerpt(header.value) }, fix: scalar ? (fixer) => replaceScalar(fixer, scalar, 'true') : null });
      } else if (kind === 'false') {
        report({ node, messageId: 'falseCredentials', suggest: [remove] });
      } else {
        report({ node, messageId: 'invalidCredentials', data: { value: quoteExcerpt(header.value) }, suggest: [...useTrue, remove] });
      }
    }
  },
});
