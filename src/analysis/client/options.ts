/**
 * Request options objects: what they say about credentials, and where a
 * credentials option can be written into them.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { textOf } from './api.js';
import { getStaticValue, resolveExpression, resolveFunction, unwrap, type ValueContext } from '../core/values.js';
import { assembleOptions, type AssembledOptions, type OptionEntry } from './assembled-options.js';
import { NESTED_SPELLINGS, type CredentialsDialect, type CredentialsEdit, type CredentialsMode, type CredentialsSetting, type NestedSpelling } from './types.js';

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

/** The key each flat spelling of the setting is written under. */
export const CREDENTIALS_KEYS = { fetch: 'credentials', 'with-credentials': 'withCredentials' } as const;

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
    if (/credentials/i.test(textOf(ctx, resolved))) return { object: null, entries: null, setting: UNKNOWN_SETTING, edit: null };
    return {
      object: null,
      entries: null,
      setting: { ...NOT_SET, uncertain: true },
      edit: { kind: 'spread', node: argument, dialect, local: false },
    };
  }
  const entries = assembleOptions(ctx, argument, call);
  const accessor = resolved.properties.some(
    (p) => p.type === AST_NODE_TYPES.Property && p.kind !== 'init' && /credentials|xhrFields/i.test(textOf(ctx, p.key)),
  );
  // Handed to other code before the request: credentials may be set there.
  if (!entries || accessor || entries.escaped) {
    return { object: resolved, entries, setting: UNKNOWN_SETTING, edit: null };
  }
  const inline = unwrap(argument) === resolved ? resolved : null;
  const outer = { object: resolved, entries, inline };
  const nested = NESTED_SPELLINGS[dialect];
  if (nested) return readNested(ctx, call, outer, dialect, nested, from);
  const flat = readFlat(ctx, outer, outer, dialect === 'fetch' ? 'fetch' : 'with-credentials', dialect, from);
  if (dialect === 'fetch' && flat.setting.from === 'default' && entries.entries.some((e) => e.key === 'fetchOptions')) {
    // Apollo's HttpLink takes credentials at the top or in fetchOptions.
    const inFetchOptions = readNested(ctx, call, outer, 'fetch-options', NESTED_SPELLINGS['fetch-options']!, from);
    if (inFetchOptions.setting.from !== 'default' || inFetchOptions.setting.uncertain) return inFetchOptions;
  }
  return flat;
}

interface ObjectAt {
  readonly object: TSESTree.ObjectExpression;
  readonly entries: AssembledOptions;
  /** The object when it is written inline in the request, where an edit stays local. */
  readonly inline: TSESTree.ObjectExpression | null;
}

function addHere(object: TSESTree.ObjectExpression, dialect: CredentialsDialect, local: boolean): CredentialsEdit {
  return { kind: 'property', object, dialect, local };
}

/** The credentials key of `at` (the options themselves, or the object they nest it in). */
function readFlat(
  ctx: ValueContext,
  outer: ObjectAt,
  at: ObjectAt,
  spelling: 'fetch' | 'with-credentials',
  addAs: CredentialsDialect,
  from: 'call' | 'instance',
): OptionsInfo {
  const base = { object: outer.object, entries: outer.entries };
  const entry = at.entries.entries.find((e) => e.key === CREDENTIALS_KEYS[spelling]);
  if (!entry) {
    const incomplete = at.entries.incomplete;
    return { ...base, setting: { ...NOT_SET, uncertain: incomplete }, edit: addHere(at.object, addAs, at.inline !== null && !incomplete) };
  }
  const local = isInline(entry, at.inline) && unwrap(entry.value).type === AST_NODE_TYPES.Literal;
  return { ...base, setting: settingFrom(ctx, entry, spelling, from), edit: { kind: 'replace', value: entry.value, dialect: spelling, local } };
}

/** The object a nested option holds: an object literal, or one returned by a function (urql `fetchOptions: () => ({…})`). */
function nestedObject(ctx: ValueContext, value: Node): { node: Node; inline: boolean } | null {
  const resolved = resolveExpression(ctx, value);
  if (resolved.type === AST_NODE_TYPES.ObjectExpression) return { node: resolved, inline: unwrap(value) === resolved };
  const fn = resolveFunction(ctx, value);
  if (!fn || fn.async || fn.generator) return null;
  const body = fn.body;
  const returned =
    body.type !== AST_NODE_TYPES.BlockStatement
      ? body
      : body.body.length === 1 && body.body[0]!.type === AST_NODE_TYPES.ReturnStatement
        ? body.body[0]!.argument
        : null;
  if (!returned || resolveExpression(ctx, returned).type !== AST_NODE_TYPES.ObjectExpression) return null;
  return { node: returned, inline: unwrap(value) === fn && unwrap(returned).type === AST_NODE_TYPES.ObjectExpression };
}

/** Options that nest credentials in another object: `xhrFields: { withCredentials }`, `fetchOptions: { credentials }`. */
function readNested(
  ctx: ValueContext,
  call: CallLike,
  outer: ObjectAt,
  dialect: CredentialsDialect,
  spelling: NestedSpelling,
  from: 'call' | 'instance',
): OptionsInfo {
  const base = { object: outer.object, entries: outer.entries };
  const entries = outer.entries.entries;
  if (entries.some((e) => spelling.opaque.includes(e.key))) return { ...base, setting: UNKNOWN_SETTING, edit: null };
  const fields = entries.find((e) => e.key === spelling.container);
  if (!fields) {
    const incomplete = outer.entries.incomplete;
    return { ...base, setting: { ...NOT_SET, uncertain: incomplete }, edit: addHere(outer.object, dialect, outer.inline !== null && !incomplete) };
  }
  const nested = nestedObject(ctx, fields.value);
  const fieldEntries = nested && assembleOptions(ctx, nested.node, call);
  if (!nested || !fieldEntries || fieldEntries.escaped) return { ...base, setting: UNKNOWN_SETTING, edit: null };
  const inline = isInline(fields, outer.inline) && nested.inline ? fieldEntries.object : null;
  return readFlat(ctx, outer, { object: fieldEntries.object, entries: fieldEntries, inline }, spelling.inner, spelling.inner, from);
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
  if (info.entries?.nested.some((write) => write.key === 'headers' && mentionsTokenHeader(textOf(ctx, write.node)))) return true;
  const headers = optionValue(info, 'headers');
  if (!headers) return false;
  const resolved = resolveExpression(ctx, headers);
  return mentionsTokenHeader(textOf(ctx, resolved)) || mentionsTokenHeader(textOf(ctx, headers));
}
