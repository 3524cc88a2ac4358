/**
 * `XMLHttpRequest`: `const xhr = new XMLHttpRequest(); xhr.withCredentials = true;
 * xhr.open(method, url)`. `withCredentials` defaults to false
 * (docs/cors-semantics.md, "Client requests").
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { contextOf } from '../../core/context.js';
import { getPropertyName, getStaticString, isStableVariable, standaloneStatement, unwrap } from '../../core/values.js';
import type { ClientApi, CustomReader } from '../api.js';
import { isTokenHeader, modeOfValue, NOT_SET } from '../options.js';
import type { CredentialsEdit, CredentialsSetting } from '../types.js';
import { readUrl } from '../urls.js';

interface XhrUses {
  setting: CredentialsSetting;
  authorization: boolean;
  opens: TSESTree.CallExpression[];
}

/** What the code does with the request object: its `withCredentials`, its `open` calls, an `Authorization` header. */
function readUses(reader: CustomReader, declarator: TSESTree.VariableDeclarator): XhrUses | null {
  const ctx = reader.ctx;
  const variable = contextOf(ctx, declarator).sourceCode.getDeclaredVariables(declarator)[0];
  if (!variable || !isStableVariable(variable)) return null;
  const uses: XhrUses = { setting: NOT_SET, authorization: false, opens: [] };
  for (const ref of variable.references) {
    const id = ref.identifier;
    const parent = id.parent;
    if (ref.init) continue;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === id) {
      const name = getPropertyName(ctx, parent);
      const outer = parent.parent;
      if (name === 'withCredentials' && outer?.type === AST_NODE_TYPES.AssignmentExpression && outer.left === parent) {
        const mode = outer.operator === '=' ? modeOfValue(ctx, 'with-credentials', outer.right) : 'unknown';
        if (uses.setting.mode !== 'include') uses.setting = { mode, uncertain: false, from: 'call', node: outer, value: outer.right };
      } else if (name === 'open' && outer?.type === AST_NODE_TYPES.CallExpression && outer.callee === parent) {
        uses.opens.push(outer);
      } else if (name === 'setRequestHeader' && outer?.type === AST_NODE_TYPES.CallExpression && outer.arguments[0]) {
        uses.authorization ||= isTokenHeader(getStaticString(ctx, outer.arguments[0]) ?? '');
      }
    } else if (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) {
      // Handed to other code, which may set withCredentials.
      if (parent.callee !== id && uses.setting.from === 'default') uses.setting = { ...NOT_SET, uncertain: true };
    }
  }
  return uses;
}

function readXhr(reader: CustomReader, node: TSESTree.NewExpression | TSESTree.CallExpression): void {
  const declarator = node.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return;
  const uses = readUses(reader, declarator);
  if (!uses) return;
  const { setting } = uses;
  for (const open of uses.opens) {
    const urlNode = open.arguments[1];
    if (!urlNode || urlNode.type === AST_NODE_TYPES.SpreadElement) continue;
    let edit: CredentialsEdit | null = null;
    if (setting.from === 'default') {
      const statement = standaloneStatement(open);
      edit = statement ? { kind: 'statement', statement, receiver: declarator.id.name, dialect: 'xhr', local: true } : null;
    } else if (setting.value) {
      edit = { kind: 'replace', value: setting.value, dialect: 'xhr', local: unwrap(setting.value).type === AST_NODE_TYPES.Literal };
    }
    reader.push({
      api: 'XMLHttpRequest',
      kind: 'call',
      node: open,
      url: readUrl(reader.ctx, urlNode),
      target: urlNode,
      dialect: 'xhr',
      credentials: setting,
      edit,
      instance: null,
      viaInstanceBase: false,
      authorization: uses.authorization,
    });
  }
}

export const xhrApi: ClientApi = {
  name: 'XMLHttpRequest',
  dialect: 'xhr',
  defaultCredentials: 'omit',
  text: /XMLHttpRequest/,
  modules: [],
  globals: [{ name: 'XMLHttpRequest', bare: true, onGlobalObject: true }],
  calls: {},
  constructs: { '': { kind: 'custom', read: readXhr } },
};
