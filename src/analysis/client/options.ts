/**
 * Request options objects: what they say about credentials, and where a
 * credentials option can be written into them.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { getStaticValue, resolveExpression, unwrap, type ValueContext } from '../core/values.js';
import { assembleOptions, type AssembledOptions, type OptionEntry } from './assembled-options.js';
import type { CredentialsDialect, CredentialsEdit, CredentialsMode, CredentialsSetting } from './types.js';

type Node = TSESTree.Node;
type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;

export const NOT_SET: CredentialsSetting = Object.freeze({ mode: 'default', uncertain: false, from: 'default', node: null, value: null });
export const UNKNOWN_SETTING: CredentialsSetting = Object.freeze({ mode: 'unknown', uncertain: true, from: 'call', node: null, value: null });

export interface OptionsInfo {
  /** The object literal the options are written as (inline or through a constant), or null. */
  readonly object: TSESTree.ObjectExpression | null;
  /** Its entries, with the writes into it that run before the request. */
  readonly entries: AssembledOptions | null;
  /** The credentials setting of these options alone (`from: 'default'` when they do not set it). */
  readonly setting: CredentialsSetting;
  /** Where to write or change the setting in these options. */
  readonly edit: CredentialsEdit | null;
}

/** The mode a `credentials` (fetch) or `withCredentials` value stands for. */
export function modeOfValue(ctx: ValueContext, dialect: CredentialsDialect, value: Node): CredentialsMode {
  const result = getStaticValue(ctx, value);
  if (!result) return 'unknown';
  if (dialect === 'fetch') {
    switch (result.value) {
      case 'include':
        return 'include';
      case 'same-origin':
        return 'same-origin';
      case 'omit':
        return 'omit';
      default:
        return 'unknown';
    }
  }
  return result.value ? 'include' : 'off';
}

function isInline(entry: OptionEntry, inline: TSESTree.ObjectExpression | null): boolean {
  return inline !== null && entry.owner === inline;
}

function settingFrom(ctx: ValueContext, entry: OptionEntry, dialect: CredentialsDialect, from: 'call' | 'instance'): CredentialsSetting {
  return { mode: modeOfValue(ctx, dialect, entry.value), uncertain: entry.conditional, from, node: entry.node, value: entry.value };
}

/**
 * Reads the options argument at `index` of a request call for its credentials
 * setting. `dialect` says which key holds it.
 */
export function readOptions(
  ctx: ValueContext,
  call: CallLike,
  index: number,
  dialect: CredentialsDialect,
  from: 'call' | 'instance',
): OptionsInfo {
  const argument = call.arguments[index];
  if (!argument) {
    const fits = call.arguments.length === index && call.arguments.every((a) => a.type !== AST_NODE_TYPES.SpreadElement);
    return {
      object: null,
      entries: null,
      setting: NOT_SET,
      edit: fits ? { kind: 'argument', call, index, dialect, local: true } : null,
    };
  }
  if (argument.type === AST_NODE_TYPES.SpreadElement) return { object: null, entries: null, setting: UNKNOWN_SETTING, edit: null };
  const resolved = resolveExpression(ctx, argument);
  if (resolved.type !== AST_NODE_TYPES.ObjectExpression) {
    const unwrapped = unwrap(argument);
    const absent =
      (unwrapped.type === AST_NODE_TYPES.Identifier && unwrapped.name === 'undefined') ||
      (unwrapped.type === AST_NODE_TYPES.Literal && unwrapped.value === null);
    if (absent) return { object: null, entries: null, setting: NOT_SET, edit: null };
    // Object.assign({}, defaults, { credentials: 'include' }), withCredentials(init): set somewhere in there.
    if (/credentials/i.test(ctx.sourceCode.getText(resolved))) return { object: null, entries: null, setting: UNKNOWN_SETTING, edit: null };
    return {
      object: null,
      entries: null,
      setting: { ...NOT_SET, uncertain: true },
      edit: { kind: 'spread', node: argument, dialect, local: false },
    };
  }
  const entries = assembleOptions(ctx, argument, call);
  const accessor = resolved.properties.some(
    (p) => p.type === AST_NODE_TYPES.Property && p.kind !== 'init' && /credentials|xhrFields/i.test(ctx.sourceCode.getText(p.key)),
  );
  // Handed to other code before the request: credentials may be set there.
  if (!entries || accessor || entries.escaped) {
    return { object: resolved, entries, setting: UNKNOWN_SETTING, edit: null };
  }
  const inline = unwrap(argument) === resolved ? resolved : null;
  if (dialect === 'jquery') return readJqueryOptions(ctx, call, resolved, entries, inline, from);
  const key = dialect === 'fetch' ? 'credentials' : 'withCredentials';
  const entry = entries.entries.find((e) => e.key === key);
  if (!entry) {
    return {
      object: resolved,
      entries,
      setting: { ...NOT_SET, uncertain: entries.incomplete },
      edit: addHere(resolved, dialect, inline !== null && !entries.incomplete),
    };
  }
  return {
    object: resolved,
    entries,
    setting: settingFrom(ctx, entry, dialect, from),
    edit: {
      kind: 'replace',
      value: entry.value,
      dialect,
      local: isInline(entry, inline) && unwrap(entry.value).type === AST_NODE_TYPES.Literal,
    },
  };
}

function addHere(object: TSESTree.ObjectExpression, dialect: CredentialsDialect, local: boolean): CredentialsEdit {
  return { kind: 'property', object, dialect, local };
}

/** jQuery settings: `$.ajax({ url, xhrFields: { withCredentials: true } })`; a `beforeSend` may set anything. */
function readJqueryOptions(
  ctx: ValueContext,
  call: CallLike,
  resolved: TSESTree.ObjectExpression,
  entries: AssembledOptions,
  inline: TSESTree.ObjectExpression | null,
  from: 'call' | 'instance',
): OptionsInfo {
  if (entries.entries.some((e) => e.key === 'beforeSend')) return { object: resolved, entries, setting: UNKNOWN_SETTING, edit: null };
  const fields = entries.entries.find((e) => e.key === 'xhrFields');
  if (!fields) {
    return {
      object: resolved,
      entries,
      setting: { ...NOT_SET, uncertain: entries.incomplete },
      edit: addHere(resolved, 'jquery', inline !== null && !entries.incomplete),
    };
  }
  const fieldsObject = resolveExpression(ctx, fields.value);
  const fieldEntries = assembleOptions(ctx, fields.value, call);
  if (!fieldEntries || fieldEntries.escaped || fieldsObject.type !== AST_NODE_TYPES.ObjectExpression) {
    return { object: resolved, entries, setting: UNKNOWN_SETTING, edit: null };
  }
  const withCredentials = fieldEntries.entries.find((e) => e.key === 'withCredentials');
  const fieldsInline = isInline(fields, inline) && unwrap(fields.value) === fieldsObject ? fieldsObject : null;
  if (!withCredentials) {
    return {
      object: resolved,
      entries,
      setting: { ...NOT_SET, uncertain: fieldEntries.incomplete },
      edit: addHere(fieldsObject, 'with-credentials', fieldsInline !== null && !fieldEntries.incomplete),
    };
  }
  return {
    object: resolved,
    entries,
    setting: settingFrom(ctx, withCredentials, 'with-credentials', from),
    edit: {
      kind: 'replace',
      value: withCredentials.value,
      dialect: 'with-credentials',
      local: isInline(withCredentials, fieldsInline) && unwrap(withCredentials.value).type === AST_NODE_TYPES.Literal,
    },
  };
}

/** The value of a key in read options, or null. */
export function optionValue(info: OptionsInfo, key: string): Node | null {
  return info.entries?.entries.find((e) => e.key === key)?.value ?? null;
}

/**
 * Header names by which a request authenticates itself instead of with
 * cookies: `Authorization`, `X-Session-Token`, `X-Auth-Token`, `X-Api-Key`,
 * `apikey`. A CSRF token header goes with cookies and does not count.
 */
const TOKEN_HEADER = /^(?:authorization|(?:x-)?api-?key|x-(?![a-z0-9-]*(?:csrf|xsrf))[a-z0-9-]*(?:token|api-?key|auth|secret))$/i;
const HEADER_NAME_TEXT = /\b(?:authorization|(?:x-)?api-?key|x-[a-z0-9-]+)\b/gi;

/** True when `name` is a header by which a request carries its own credential (a token, an API key). */
export function isTokenHeader(name: string): boolean {
  return TOKEN_HEADER.test(name);
}

/** True when source text names a token header (in a headers object, `new Headers({…})`, `new HttpHeaders({…})`). */
function mentionsTokenHeader(text: string): boolean {
  for (const match of text.matchAll(HEADER_NAME_TEXT)) if (isTokenHeader(match[0])) return true;
  return false;
}

/**
 * True when the options set a token header by hand (`Authorization: Bearer …`,
 * `X-Session-Token`): the request authenticates without cookies
 * (docs/cors-semantics.md, "An `Authorization` header is not a credential").
 */
export function setsAuthorization(ctx: ValueContext, info: OptionsInfo): boolean {
  if (info.entries?.nested.some((write) => write.key === 'headers' && mentionsTokenHeader(ctx.sourceCode.getText(write.node)))) return true;
  const headers = optionValue(info, 'headers');
  if (!headers) return false;
  const resolved = resolveExpression(ctx, headers);
  return mentionsTokenHeader(ctx.sourceCode.getText(resolved)) || mentionsTokenHeader(ctx.sourceCode.getText(headers));
}
