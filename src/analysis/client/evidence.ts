/**
 * Whether a module can send credentials at all, looked at before its
 * requests are read. The requests part counts a request as sending them only
 * through a setting whose value is statically known to turn them on (fetch's
 * `credentials: 'include'`, a truthy `withCredentials`; `options.ts`),
 * written in the module as an options property, an assignment
 * (`xhr.withCredentials = true`, `init.credentials = 'include'`) or a call
 * (superagent's `.withCredentials()`), or brought in from a module of the
 * project (options, instances, set-up). Without settings that name
 * credentialed APIs, a module with none of these has no request that reveals
 * an API as credentialed, so the rules that need one skip it.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { importsProjectModules } from '../core/module-files.js';
import { nodesAtText } from '../core/locate.js';
import { getPropertyName, propertyKeyName, unwrap, type ValueContext } from '../core/values.js';
import { CREDENTIALS_METHOD, withCredentialsMode } from './apis/superagent.js';
import { CREDENTIALS_KEYS, modeOfValue } from './options.js';

type Node = TSESTree.Node;

/** The names credentials are turned on by, with the spelling the requests part reads each under. */
const SPELLINGS: ReadonlyMap<string, keyof typeof CREDENTIALS_KEYS> = new Map(
  (Object.entries(CREDENTIALS_KEYS) as [keyof typeof CREDENTIALS_KEYS, string][]).map(([spelling, key]) => [key, spelling]),
);

function isSettingName(name: string | null): name is string {
  return name !== null && SPELLINGS.has(name);
}

/**
 * A value the requests part reads as turning credentials on (`modeOfValue`):
 * a value it cannot evaluate reads as unknown there, never as sent.
 */
function turnsOn(ctx: ValueContext, name: string, value: Node): boolean {
  return modeOfValue(ctx, SPELLINGS.get(name)!, value) === 'include';
}

function propertyMaySend(ctx: ValueContext, property: TSESTree.Property): boolean {
  const name = propertyKeyName(ctx, property);
  return isSettingName(name) && turnsOn(ctx, name, property.value);
}

function objectMaySend(ctx: ValueContext, object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((property) => property.type === AST_NODE_TYPES.Property && propertyMaySend(ctx, property));
}

function assignmentMaySend(ctx: ValueContext, assignment: TSESTree.AssignmentExpression): boolean {
  const target = assignment.left;
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getPropertyName(ctx, target);
  return isSettingName(name) && turnsOn(ctx, name, assignment.right);
}

/** superagent's `.withCredentials()`, read as the requests part reads it. */
function callMaySend(ctx: ValueContext, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(ctx, callee) === CREDENTIALS_METHOD && withCredentialsMode(ctx, call) === 'include';
}

/** The string a literal holds when it is a plain one. */
function stringOf(node: TSESTree.Literal | TSESTree.TemplateLiteral): string | null {
  const value = node.type === AST_NODE_TYPES.Literal ? node.value : node.expressions.length === 0 ? node.quasis[0]?.value.cooked : null;
  return typeof value === 'string' ? value : null;
}

/**
 * A constant holding a setting's name (`const KEY = 'withCredentials'`), whose
 * uses as a computed key (`xhr[KEY] = true`, `{ [KEY]: true }`) are written
 * away from any mention of the name.
 */
function constantKeyMaySend(ctx: ValueContext, node: TSESTree.Literal | TSESTree.TemplateLiteral): boolean {
  if (!isSettingName(stringOf(node))) return false;
  // `const KEY = 'withCredentials' as const`: the string may sit in a type assertion.
  let value: Node = node;
  while (value.parent && value.parent.type !== AST_NODE_TYPES.VariableDeclarator && unwrap(value.parent) === node) value = value.parent;
  const declarator = value.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== value) return false;
  return ctx.sourceCode.getDeclaredVariables(declarator).some((variable) =>
    variable.references.some(({ identifier }) => {
      const parent = identifier.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.computed && parent.property === identifier) {
        return parent.parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.parent.left === parent && assignmentMaySend(ctx, parent.parent);
      }
      return parent?.type === AST_NODE_TYPES.Property && parent.computed && parent.key === identifier && propertyMaySend(ctx, parent);
    }),
  );
}

/** Where a setting can be written: the object, assignment or call around the name, or a constant holding it. */
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

function maySend(ctx: ValueContext, node: Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
      return constantKeyMaySend(ctx, node);
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
 * setting's name (or the constant a computed key reads it from) is in the
 * module's text, so only the nodes around its mentions are looked at.
 */
export function mayIncludeCredentials(ctx: ValueContext): boolean {
  if (ctx.parseModule && importsProjectModules(ctx.sourceCode)) return true;
  return nodesAtText(ctx, SETTING_TEXT, mayHoldSetting).some((node) => maySend(ctx, node));
}
