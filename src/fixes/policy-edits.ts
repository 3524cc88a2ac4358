/**
 * Edits of CORS middleware options: set the origin option to the user's
 * configured origins, remove the credentials option, drop a list entry.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { CorsPolicy, HeaderListWildcard } from '../analysis/policies/index.js';
import { propertyKeyName, type ValueContext } from '../analysis/core/values.js';
import { addProperty, insertFirstProperty, isPlainProperty, removeListItem } from './object-edits.js';
import { isInSharedDeclaration } from './shared.js';
import { quoteNear, stringLiteral } from './text-edits.js';

type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;
type Edit = Fix | Fix[];

/** Source text of an origin option naming `origins`, or null when the library cannot take it. */
export function originOptionText(ctx: ValueContext, policy: CorsPolicy, origins: readonly string[]): string | null {
  if (origins.length === 0) return null;
  const quote = quoteNear(ctx, policy.options ?? policy.node);
  if (!policy.semantics.acceptsList) return origins.length === 1 ? stringLiteral(origins[0]!, quote) : null;
  return `[${origins.map((o) => stringLiteral(o, quote)).join(', ')}]`;
}

/**
 * A fix that makes the policy's origin option `text`: replacing its value,
 * adding it first to the options object, turning `{ cors: true }` into
 * `{ cors: { origin: … } }`, or giving options to a call that has none.
 */
export function setOriginOption(ctx: ValueContext, policy: CorsPolicy, text: string): ((fixer: Fixer) => Edit) | null {
  return setOption(ctx, policy, policy.semantics.originKey, policy.origin.property, text);
}

/** A fix that sets the policy's origin option to `origins` (settings.cors.allowedOrigins), or null. */
export function setAllowedOrigins(ctx: ValueContext, policy: CorsPolicy, origins: readonly string[]): ((fixer: Fixer) => Edit) | null {
  const text = originOptionText(ctx, policy, origins);
  return text ? setOriginOption(ctx, policy, text) : null;
}

/**
 * A fix that makes option `key` (written as `property`, if it is) `text`.
 * Options shared with other uses get it at this use when they can.
 */
function setOption(ctx: ValueContext, policy: CorsPolicy, key: string, property: TSESTree.Property | null, text: string): ((fixer: Fixer) => Edit) | null {
  const shared = (property && isInSharedDeclaration(ctx, property)) || (policy.options && isInSharedDeclaration(ctx, policy.options));
  const atUse = shared ? setOptionAtUse(ctx, policy, `${key}: ${text}`) : null;
  // Without a use here (exported options), the declaration is edited: the rule offers that as a suggestion.
  if (atUse) return atUse;
  // Options of another module, or changed by statements after their literal: an edit here would not be the whole story.
  if (policy.sealed) return null;
  // Another option that set the origin (middy's single `origin` beside `origins`) is replaced by this one.
  if (property && property.kind === 'init' && !property.computed && propertyKeyName(ctx, property) !== key) {
    return (fixer) => fixer.replaceText(property, `${key}: ${text}`);
  }
  if (property) {
    if (isPlainProperty(property)) return (fixer) => fixer.replaceText(property.value, text);
    // `{ origin, credentials: true }`, `{ origin(origin, callback) {…} }`: the whole property.
    if (property.kind === 'init' && (property.shorthand || property.method)) return (fixer) => fixer.replaceText(property, `${key}: ${text}`);
    return null;
  }
  const options = policy.options;
  if (options) return (fixer) => insertFirstProperty(ctx, fixer, options, `${key}: ${text}`);
  const written = policy.written;
  if (written) {
    // `cors: true` means the defaults: the same options with an origin.
    return written.type === AST_NODE_TYPES.Literal && written.value === true ? (fixer) => fixer.replaceText(written, `{ ${key}: ${text} }`) : null;
  }
  // CORS on by default in a framework's options: `createYoga({ schema })` gets a `cors` key.
  const holder = policy.corsHolder;
  if (holder) return (fixer) => insertFirstProperty(ctx, fixer, holder, `cors: { ${key}: ${text} }`);
  // No options: `cors()`, `fastify.register(cors)` get an options argument.
  const call = policy.node;
  const index = policy.argumentIndex;
  if (call.type !== AST_NODE_TYPES.CallExpression || index === null || call.arguments.length !== index) return null;
  const closing = ctx.sourceCode.getLastToken(call);
  if (closing?.value !== ')') return null;
  const previous = call.arguments.at(-1);
  if (!previous) return (fixer) => fixer.insertTextBefore(closing, `{ ${key}: ${text} }`);
  return (fixer) => fixer.insertTextAfter(previous, `, { ${key}: ${text} }`);
}

/**
 * Options shared with other uses are left alone: the origin goes into the
 * options written at this use, last so that it wins over a spread
 * (`cors({ ...shared, credentials: true, origin: … })`), or the use gets its
 * own object (`cors(shared)` → `cors({ ...shared, origin: … })`).
 */
function setOptionAtUse(ctx: ValueContext, policy: CorsPolicy, entry: string): ((fixer: Fixer) => Edit) | null {
  const written = policy.written;
  if (!written || policy.corsProperty) return null;
  if (written.type === AST_NODE_TYPES.ObjectExpression) {
    return isInSharedDeclaration(ctx, written) ? null : (fixer) => addProperty(ctx, fixer, written, entry);
  }
  if (written.type !== AST_NODE_TYPES.Identifier && written.type !== AST_NODE_TYPES.MemberExpression) return null;
  return (fixer) => fixer.replaceText(written, `{ ...${ctx.sourceCode.getText(written)}, ${entry} }`);
}

/**
 * A fix turning credentials off: removing the credentials option when it is
 * written as a property (`credentials: true`, `credentials`), or setting it to
 * `false` where the library's default is on (micro-cors `allowCredentials`).
 */
export function removeCredentialsOption(ctx: ValueContext, policy: CorsPolicy): ((fixer: Fixer) => Edit) | null {
  const property = policy.credentials.property;
  if (policy.sealed) return null;
  if (policy.semantics.defaultCredentials === 'on') return setOption(ctx, policy, policy.semantics.credentialsKey, property, 'false');
  if (!property || property.kind !== 'init' || property.method) return null;
  return (fixer) => removeListItem(ctx, fixer, property);
}

/**
 * A fix dropping the `'*'` of a header list option without changing what is
 * sent: the element of a list that has others, or the `*` of a string that
 * names others. Removing the whole option would make most libraries reflect
 * the request instead, so a lone `'*'` gets no fix.
 */
export function removeHeaderWildcard(ctx: ValueContext, found: HeaderListWildcard): ((fixer: Fixer) => Fix) | null {
  const { wildcard, rest } = found;
  if (rest.length > 0) {
    if (wildcard.type !== AST_NODE_TYPES.Literal) return null;
    return (fixer) => fixer.replaceText(wildcard, stringLiteral(rest.join(', '), quoteNear(ctx, wildcard)));
  }
  const list = wildcard.parent;
  if (list?.type !== AST_NODE_TYPES.ArrayExpression || list.elements.length < 2) return null;
  return (fixer) => removeListItem(ctx, fixer, wildcard);
}
