/**
 * superagent: `superagent.get(url)`, `request.post(url)`, `superagent(method, url)`,
 * with credentials turned on by a chained `.withCredentials()` (default off;
 * browser only). docs/cors-semantics.md, "Client requests"; superagent
 * `src/request-base.js`.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { getPropertyName, getStaticValue, unwrap, type ValueContext } from '../../core/values.js';
import { methodCalls, type ClientApi, type CustomCall, type CustomReader } from '../api.js';
import { NOT_SET, UNKNOWN_SETTING } from '../options.js';
import type { CredentialsEdit, CredentialsMode, CredentialsSetting } from '../types.js';
import { readUrl } from '../urls.js';

type Node = TSESTree.Node;

const MAX_CHAIN = 16;

/** Links that may change credentials in a way the code does not show. */
const OPAQUE_LINKS = new Set(['use']);

interface ChainFacts {
  setting: CredentialsSetting;
  authorization: boolean;
}

/** The chained call that turns credentials on: `.withCredentials()`. */
export const CREDENTIALS_METHOD = 'withCredentials';

/** What `.withCredentials(…)` sets: on without an argument or with a truthy one, off with a falsy one, else unknown. */
export function withCredentialsMode(ctx: ValueContext, call: TSESTree.CallExpression | TSESTree.NewExpression): CredentialsMode {
  const arg = call.arguments[0];
  const value = arg && arg.type !== AST_NODE_TYPES.SpreadElement ? getStaticValue(ctx, arg) : { value: true };
  return value === null ? 'unknown' : value.value ? 'include' : 'off';
}

/** Reads the calls chained onto the request: `.withCredentials()`, `.set('Authorization', …)`, `.use(plugin)`. */
function readChain(reader: CustomReader, call: TSESTree.CallExpression): ChainFacts {
  const ctx = reader.ctx;
  const facts: ChainFacts = { setting: NOT_SET, authorization: false };
  let current: Node = call;
  for (let i = 0; i < MAX_CHAIN; i++) {
    const member: Node | undefined = current.parent;
    const next: Node | undefined = member?.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current || next?.type !== AST_NODE_TYPES.CallExpression || next.callee !== member) break;
    const name = getPropertyName(ctx, member);
    if (name === CREDENTIALS_METHOD) {
      facts.setting = { mode: withCredentialsMode(ctx, next), uncertain: false, from: 'call', node: member.property, value: next.arguments[0] ?? null };
    } else if (name === 'set' && next.arguments[0]) {
      facts.authorization ||= /^(?:authorization|x-[\w-]*token)$/i.test(String(getStaticValue(ctx, next.arguments[0])?.value ?? ''));
    } else if (name !== null && OPAQUE_LINKS.has(name) && facts.setting.from === 'default') {
      facts.setting = UNKNOWN_SETTING;
    }
    current = next;
  }
  // Kept in a variable, the request may be configured later (`req.withCredentials()`).
  const holder = unwrap(current).parent;
  if (facts.setting.from === 'default' && (holder?.type === AST_NODE_TYPES.VariableDeclarator || holder?.type === AST_NODE_TYPES.AssignmentExpression)) {
    facts.setting = UNKNOWN_SETTING;
  }
  return facts;
}

function readRequest(reader: CustomReader, node: TSESTree.CallExpression | TSESTree.NewExpression, urlIndex: (call: TSESTree.CallExpression) => number): void {
  if (node.type !== AST_NODE_TYPES.CallExpression) return;
  const urlNode = node.arguments[urlIndex(node)];
  if (!urlNode || urlNode.type === AST_NODE_TYPES.SpreadElement) return;
  const { setting, authorization } = readChain(reader, node);
  let edit: CredentialsEdit | null = null;
  if (setting.from === 'default') edit = { kind: 'chain', call: node, dialect: 'superagent', local: true };
  else if (setting.value) edit = { kind: 'replace', value: setting.value, dialect: 'with-credentials', local: unwrap(setting.value).type === AST_NODE_TYPES.Literal };
  reader.push({
    api: 'superagent',
    kind: 'call',
    node,
    url: readUrl(reader.ctx, urlNode),
    target: urlNode,
    dialect: 'superagent',
    credentials: setting,
    edit,
    instance: null,
    viaInstanceBase: false,
    authorization,
  });
}

const METHOD: CustomCall = { kind: 'custom', read: (reader, node) => readRequest(reader, node, () => 0) };

export const superagentApi: ClientApi = {
  name: 'superagent',
  dialect: 'superagent',
  defaultCredentials: 'omit',
  text: /superagent/,
  modules: [{ source: 'superagent', exports: ['default'] }],
  globals: [],
  calls: {
    // superagent(url) and superagent(method, url)
    '': { kind: 'custom', read: (reader, node) => readRequest(reader, node, (call) => (call.arguments.length >= 2 ? 1 : 0)) },
    ...methodCalls(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options'], METHOD),
  },
};
