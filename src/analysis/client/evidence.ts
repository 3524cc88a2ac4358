/**
 * Whether a module can send credentials at all, looked at before its
 * requests are read. A request sends them only through a setting whose value
 * is known to turn them on (fetch's `credentials: 'include'`, a true
 * `withCredentials`), written in the module as an options property, an
 * assignment (`xhr.withCredentials = true`, `init.credentials = …`) or a
 * call (superagent's `.withCredentials()`), or brought in from a module of
 * the project (options, instances, set-up). Without settings that name
 * credentialed APIs, a module with none of these has no request that reveals
 * an API as credentialed, so the rules that need one skip it.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { importsProjectModules } from '../core/module-files.js';
import { nodesAtText } from '../core/locate.js';
import { getPropertyName, propertyKeyName, unwrap, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

/** The names credentials are turned on by, in every client API the model reads. */
const SETTING_NAMES: ReadonlySet<string> = new Set(['credentials', 'withCredentials']);

/**
 * Values that keep credentials off under every spelling: falsy ones, and for
 * fetch's `credentials` the other modes (`withCredentials: 'omit'` would be
 * truthy, so on).
 */
const FALSY_VALUES: ReadonlySet<unknown> = new Set([false, 0, null, '']);
const FETCH_OFF_VALUES: ReadonlySet<unknown> = new Set([...FALSY_VALUES, 'omit', 'same-origin']);

/** The static value a setting is written with when it is a plain literal (`undefined` included), else `NOT_PLAIN`. */
const NOT_PLAIN = Symbol('not a plain literal');

function plainValue(value: Node): unknown {
  const node = unwrap(value);
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return node.value;
    case AST_NODE_TYPES.Identifier:
      return node.name === 'undefined' ? null : NOT_PLAIN;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length === 0 ? node.quasis[0]?.value.cooked : NOT_PLAIN;
    case AST_NODE_TYPES.UnaryExpression:
      // `!1` and `!0`, as minifiers write false and true
      return node.operator === '!' && node.argument.type === AST_NODE_TYPES.Literal && typeof node.argument.value === 'number' ? !node.argument.value : NOT_PLAIN;
    default:
      return NOT_PLAIN;
  }
}

/** True for a setting written to keep credentials off; anything else (a name, an expression) may turn them on. */
function keepsOff(name: string, value: Node): boolean {
  return (name === 'credentials' ? FETCH_OFF_VALUES : FALSY_VALUES).has(plainValue(value));
}

/**
 * A key that names a setting. A computed key counts only when its value is
 * known, as for the requests part, which reads a setting under no other key.
 */
function isSettingName(name: string | null): name is string {
  return name !== null && SETTING_NAMES.has(name);
}

function objectMaySend(ctx: ValueContext, object: TSESTree.ObjectExpression): boolean {
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = propertyKeyName(ctx, property);
    if (isSettingName(name) && !keepsOff(name, property.value)) return true;
  }
  return false;
}

function assignmentMaySend(ctx: ValueContext, assignment: TSESTree.AssignmentExpression): boolean {
  const target = assignment.left;
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getPropertyName(ctx, target);
  if (!isSettingName(name)) return false;
  return assignment.operator !== '=' || !keepsOff(name, assignment.right);
}

/** `.withCredentials()` (superagent). */
function callMaySend(ctx: ValueContext, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(ctx, callee) === 'withCredentials';
}

/** Where a setting can be written: the object, assignment or call around the name, or a string naming it. */
const SETTING_TEXT = /credentials/gi;

function mayHoldSetting(node: Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return true;
    default:
      return false;
  }
}

/** A string that is a setting's name, other than a property's own key, may be a computed key elsewhere (`xhr[NAME] = true`). */
function namesSetting(node: TSESTree.Literal | TSESTree.TemplateLiteral): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed) return false;
  const value = node.type === AST_NODE_TYPES.Literal ? node.value : node.expressions.length === 0 ? node.quasis[0]?.value.cooked : null;
  return typeof value === 'string' && SETTING_NAMES.has(value);
}

function maySend(ctx: ValueContext, node: Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
      return namesSetting(node);
    case AST_NODE_TYPES.ObjectExpression:
      return objectMaySend(ctx, node);
    case AST_NODE_TYPES.AssignmentExpression:
      return assignmentMaySend(ctx, node);
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return callMaySend(ctx, node);
    default:
      return false;
  }
}

/**
 * True when some request of the module may send credentials (see above). A
 * setting's name (or the quoted name a computed key resolves to) is in the
 * module's text, so only the nodes around its mentions are looked at.
 */
export function mayIncludeCredentials(ctx: ValueContext): boolean {
  if (ctx.parseModule && importsProjectModules(ctx.sourceCode)) return true;
  return nodesAtText(ctx, SETTING_TEXT, mayHoldSetting).some((node) => maySend(ctx, node));
}
