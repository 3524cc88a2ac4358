/**
 * CORS options defined for use elsewhere: an object literal with an `origin`
 * key and another CORS option, exported or typed as CORS options. Found from
 * the text, judged under `cors` semantics (where such objects end up).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { findVariable, getObjectEntries, getPropertyName, propertyKeyName, unwrap, type ValueContext } from '../core/values.js';
import { matchOffsets, nodesSpanning } from '../core/locate.js';

type Node = TSESTree.Node;

/** Keys that, next to `origin`, make an object CORS options. */
const CORS_OPTION_KEYS = new Set([
  'credentials',
  'methods',
  'allowedHeaders',
  'exposedHeaders',
  'maxAge',
  'preflightContinue',
  'optionsSuccessStatus',
  // @koa/cors, @fastify/cors, hapi spellings
  'allowMethods',
  'allowHeaders',
  'exposeHeaders',
  'strictPreflight',
  'additionalHeaders',
  'additionalExposedHeaders',
]);
const CORS_OPTIONS_TYPE = /^(CorsOptions|CorsConfig|CorsOptionsDelegate|FastifyCorsOptions)$/;

const OPTION_NAME_TEXT = new RegExp(`\\b(?:${[...CORS_OPTION_KEYS].join('|')})\\b`);
const ORIGIN_TEXT = /\borigin['"]?\s*:/;
const ORIGIN_KEY_TEXT = /\borigin\b/g;
const SPREAD_TEXT = /\.\.\./g;

/** Text stand-alone options need: an `origin:` key and another CORS option name. */
export function mayHoldCorsOptions(text: string): boolean {
  return ORIGIN_TEXT.test(text) && OPTION_NAME_TEXT.test(text);
}

function isOriginKeyed(ctx: ValueContext, node: Node): boolean {
  return node.type === AST_NODE_TYPES.Property && node.parent.type === AST_NODE_TYPES.ObjectExpression && !node.computed && propertyKeyName(ctx, node) === 'origin';
}

/**
 * Object literals that may be CORS options: those with an `origin` key, and
 * (`withSpreads`, in files that use a CORS library) those with a spread, which
 * may bring one in. One descent of the tree for all of them.
 */
export function optionCandidates(ctx: ValueContext, withSpreads: boolean): TSESTree.ObjectExpression[] {
  const text = ctx.sourceCode.text;
  const offsets = matchOffsets(text, ORIGIN_KEY_TEXT);
  if (withSpreads) offsets.push(...matchOffsets(text, SPREAD_TEXT));
  offsets.sort((a, b) => a - b);
  const objects = new Set<TSESTree.ObjectExpression>();
  nodesSpanning(ctx, offsets, (node) => {
    if (isOriginKeyed(ctx, node)) objects.add(node.parent as TSESTree.ObjectExpression);
    else if (withSpreads && node.type === AST_NODE_TYPES.SpreadElement && node.parent.type === AST_NODE_TYPES.ObjectExpression) objects.add(node.parent);
    return false;
  });
  return [...objects];
}

/** An undeclared global (auto-imported helpers in Nuxt/Nitro server routes). */
export function isUndeclared(ctx: ValueContext, node: Node): boolean {
  const current = unwrap(node);
  if (current.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(ctx, current);
  return variable === null || variable.defs.length === 0;
}

/**
 * CORS options defined for use elsewhere: an exported object, or one typed
 * `CorsOptions`, with `origin` and another CORS option key. Judged under
 * `cors` semantics, where such objects end up.
 */
export function isStandaloneCorsOptions(ctx: ValueContext, object: TSESTree.ObjectExpression): boolean {
  const entries = getObjectEntries(ctx, object);
  if (!entries) return false;
  const keys = new Set(entries.entries.map((e) => e.key));
  if (!keys.has('origin') || ![...CORS_OPTION_KEYS].some((k) => keys.has(k))) return false;
  return isExportedOrTyped(ctx, object, false) || isExportedConfigCors(ctx, object);
}

/** How deep in an exported configuration a `cors` key is looked for. */
const MAX_CONFIG_DEPTH = 4;

/**
 * The `cors` entry of an exported application configuration, at any depth:
 * `export default { server: { cors: { origin: true, credentials: true } } }`.
 */
function isExportedConfigCors(ctx: ValueContext, object: TSESTree.ObjectExpression): boolean {
  const property = object.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== object || propertyKeyName(ctx, property) !== 'cors') return false;
  let holder: Node = property.parent;
  for (let depth = 0; depth < MAX_CONFIG_DEPTH && holder.type === AST_NODE_TYPES.ObjectExpression; depth++) {
    if (isExportedOrTyped(ctx, holder, true)) return true;
    const outer: Node | undefined = holder.parent;
    if (outer?.type !== AST_NODE_TYPES.Property || outer.value !== holder) return false;
    holder = outer.parent;
  }
  return false;
}

/**
 * True when an object literal is typed as CORS options, or leaves the module:
 * `export default {...}`, `export const x = {...}`, `module.exports = {...}`,
 * `exports.x = {...}`, a constant exported by name, or (`nested`) the value
 * of a property of such an object (`module.exports = { cors: {...} }`).
 */
function isExportedOrTyped(ctx: ValueContext, object: Node, nested: boolean): boolean {
  let holder: Node = object;
  while (
    holder.parent &&
    (holder.parent.type === AST_NODE_TYPES.TSAsExpression ||
      holder.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      holder.parent.type === AST_NODE_TYPES.TSTypeAssertion)
  ) {
    if (!nested && isCorsOptionsType(holder.parent.typeAnnotation)) return true;
    holder = holder.parent;
  }
  const parent = holder.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.ExportDefaultDeclaration:
      return true;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === holder && isModuleExportsTarget(ctx, parent.left);
    case AST_NODE_TYPES.Property:
      return !nested && parent.value === holder && parent.parent.type === AST_NODE_TYPES.ObjectExpression && isExportedOrTyped(ctx, parent.parent, true);
    case AST_NODE_TYPES.VariableDeclarator: {
      if (parent.init !== holder || parent.id.type !== AST_NODE_TYPES.Identifier) return false;
      const annotation = parent.id.typeAnnotation;
      if (!nested && annotation && isCorsOptionsType(annotation.typeAnnotation)) return true;
      if (parent.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return true;
      // const options = {...}; then module.exports = options, export default options, export { options }, module.exports = { options }
      const variable = findVariable(ctx, parent.id);
      return (
        variable?.references.some((ref) => {
          const use = ref.identifier;
          const p = use.parent;
          if (!p || ref.isWrite()) return false;
          if (p.type === AST_NODE_TYPES.ExportDefaultDeclaration || p.type === AST_NODE_TYPES.ExportSpecifier) return true;
          if (p.type === AST_NODE_TYPES.AssignmentExpression) return p.right === use && isModuleExportsTarget(ctx, p.left);
          return !nested && p.type === AST_NODE_TYPES.Property && p.value === use && p.parent.type === AST_NODE_TYPES.ObjectExpression && isExportedOrTyped(ctx, p.parent, true);
        }) ?? false
      );
    }
    default:
      return false;
  }
}

function isCorsOptionsType(type: Node): boolean {
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name = type.typeName.type === AST_NODE_TYPES.Identifier ? type.typeName.name : type.typeName.type === AST_NODE_TYPES.TSQualifiedName ? type.typeName.right.name : '';
  return CORS_OPTIONS_TYPE.test(name);
}

/** `module.exports`, `module.exports.x`, `exports.x`. */
function isModuleExportsTarget(ctx: ValueContext, node: Node): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrap(target.object);
  if (object.type === AST_NODE_TYPES.Identifier) {
    if (object.name === 'module' && getPropertyName(ctx, target) === 'exports') return isUndeclared(ctx, object);
    if (object.name === 'exports') return isUndeclared(ctx, object);
  }
  return isModuleExportsTarget(ctx, object);
}
