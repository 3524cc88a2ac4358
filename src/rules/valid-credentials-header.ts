import { HEADER } from '../analysis/server/header-names.js';
import type { HeaderWrite } from '../analysis/server/headers.js';
import type { CredentialsValue } from '../analysis/server/scope-types.js';
import { removeWrite, replaceStringLiteral, replaceWriteValue, valueReportNode } from '../fixes/header-edits.js';
import { createCorsRule, quoteExcerpt, type CorsFix, type CorsRuleContext, type CorsSuggestion } from '../util/cors-rule.js';
import { editableValue, invalidCredentialValues } from '../analysis/deploy/findings.js';
import { removeListEntry, replaceScalar } from '../fixes/data-edits.js';

export type MessageIds =
  | 'miscasedTrue'
  | 'falseCredentials'
  | 'invalidCredentials'
  | 'miscasedTrueWhen'
  | 'invalidCredentialsWhen'
  | 'removeHeader'
  | 'useTrue';
export type Options = [];

/**
 * One value of a header whose value differs by path (`process.env.X ?? 'True'`),
 * reported on its literal with the path named. Only that literal is edited:
 * the other paths keep their values.
 */
function reportPath(context: CorsRuleContext<MessageIds>, write: HeaderWrite, path: CredentialsValue): void {
  // `false` on one path (`enabled ? 'true' : 'false'`) denies credentials there, as omitting the header would.
  if (path.kind === 'true' || path.kind === 'false' || path.kind === 'dynamic') return;
  const node = path.literal ?? valueReportNode(write);
  if (!node) return;
  const literal = path.literal;
  const data = { value: quoteExcerpt(path.text), condition: path.condition ?? 'on some paths' };
  const useTrue: CorsFix | null = literal ? (fixer) => replaceStringLiteral(context.values, fixer, literal, 'true') : null;
  if (path.kind === 'miscased') {
    context.report({ node, messageId: 'miscasedTrueWhen', data, fix: useTrue, offered: { messageId: 'useTrue' } });
  } else {
    context.report({ node, messageId: 'invalidCredentialsWhen', data, suggest: useTrue ? [{ messageId: 'useTrue', fix: useTrue }] : [] });
  }
}

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
      miscasedTrueWhen:
        'Browsers reject Access-Control-Allow-Credentials {{value}}, sent {{condition}}, so credentialed requests fail then. Send the lower-case string `true`.',
      invalidCredentialsWhen:
        'Browsers reject Access-Control-Allow-Credentials {{value}}, sent {{condition}}, so credentialed requests fail then. Send `true`.',
      useTrue: "Send 'true'.",
    },
  },
  gate: 'server',
  create(context) {
    const { values } = context;
    const headers = context.model.headers;
    // Each credentials header written, judged on every path its value takes.
    for (const write of headers?.writes ?? []) {
      if (write.name !== HEADER.allowCredentials) continue;
      const value = headers!.classifyCredentials(write);
      if (value.paths) {
        for (const path of value.paths) reportPath(context, write, path);
        continue;
      }
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
