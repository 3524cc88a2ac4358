/**
 * A test for files that write CORS headers under names imported from a
 * module of the project (`ACAO` imported from a constants module, then
 * `res.setHeader(ACAO, ORIGIN)` or `res.set({ [H.ACAO]: '*' })`): their own
 * text never spells `access-control-`. Bounded and cheap: the bindings come
 * from the file's top-level import statements (`relevance.ts`), ESLint's
 * scope analysis gives each binding's references, a few of them are looked at
 * for a header setter around them, and only then is that module's text read
 * (never parsed) for a CORS header name.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { moduleTextMatches } from '../core/module-files.js';
import { calleeName, unwrap, type ValueContext } from '../core/values.js';
import { NAME_VALUE_FUNCTIONS, NAME_VALUE_METHODS } from './frameworks/index.js';
import { CORS_HEADER_TEXT } from './header-names.js';

/**
 * Text every header write leaves, in any case: a setter (`setHeader`,
 * `header`, `@Header`, `setResponseHeader`), a headers object or list
 * (`headers[…]`, `headers: […]`, `new Headers`), `.set(`, `.append(` or
 * `writeHead`. Most files have none, and skip the reading of imports
 * (`relevance.ts` looks for it in its one scan). Spelled `header`: a
 * pattern that starts at the letter e is tried at every e of the text, and
 * would count every `reader`.
 */
export const SETTER_TEXT = /header|\.set\(|\.append\(|writehead/i;

/** Most bindings, references of one binding, and modules looked at in one file. */
const MAX_NAMES = 16;
const MAX_REFERENCES = 32;
const MAX_MODULES = 3;

/**
 * True when `name` is the header-name argument of a setter: `res.setHeader(NAME, …)`,
 * NestJS `@Header(NAME, …)`, h3 `setResponseHeader(event, NAME, …)`.
 */
function isSetterName(ctx: ValueContext, call: TSESTree.CallExpression, name: TSESTree.Node): boolean {
  // Most references are the callee (`utils.format(…)`) or a later argument: no name to read.
  const index = call.arguments.indexOf(name as TSESTree.CallExpressionArgument);
  // A setter's name is followed by its value: `map.set(key)` or `res.header(name)` (a getter) sets no header.
  if ((index !== 0 && index !== 1) || index === call.arguments.length - 1) return false;
  const callee = calleeName(ctx, call.callee);
  if (callee === null) return false;
  const method = unwrap(call.callee).type === AST_NODE_TYPES.MemberExpression && NAME_VALUE_METHODS.has(callee);
  if (index === 0) return method || callee === 'Header';
  // `setHeader(event, NAME, …)` is h3's; `res.setHeader(name, NAME)` passes a value.
  return index === 1 && !method && NAME_VALUE_FUNCTIONS.has(callee);
}

/**
 * True when a reference to an imported binding is used as a header name: the
 * name of a setter, a computed key (`{ [ACAO]: … }`), an assigned member
 * (`headers[ACAO] = …`), or a Next.js entry (`{ key: ACAO }`); `H.ACAO`
 * counts as the name itself.
 */
function usedAsHeaderName(ctx: ValueContext, reference: TSESTree.Node): boolean {
  let name = reference;
  let parent = name.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === name) {
    name = parent;
    parent = name.parent;
  }
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.CallExpression:
      return isSetterName(ctx, parent, name);
    case AST_NODE_TYPES.Property:
      if (parent.computed) return parent.key === name;
      return parent.value === name && parent.key.type === AST_NODE_TYPES.Identifier && parent.key.name === 'key';
    case AST_NODE_TYPES.MemberExpression:
      return parent.computed && parent.property === name && parent.parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.parent.left === parent;
    default:
      return false;
  }
}

/** True when some of the first references of a binding declared by `declaration` is used as a header name. */
function bindsHeaderName(ctx: ValueContext, declaration: TSESTree.Node): boolean {
  for (const variable of ctx.sourceCode.getDeclaredVariables(declaration)) {
    const references = variable.references;
    for (let i = 0; i < references.length && i < MAX_REFERENCES; i++) {
      if (usedAsHeaderName(ctx, references[i]!.identifier)) return true;
    }
  }
  return false;
}

/**
 * True when the file may write CORS headers under names imported from a
 * module of the project whose text holds a CORS header name. `projectImports`
 * gives each module of the project the file imports with the nodes that
 * declare its bindings (import specifiers, `require` declarators).
 */
export function writesImportedHeaderNames(
  ctx: ValueContext,
  filename: string,
  projectImports: ReadonlyMap<string, readonly TSESTree.Node[]>,
): boolean {
  let modules = 0;
  let names = 0;
  for (const [specifier, declarations] of projectImports) {
    const looked = declarations.slice(0, Math.max(0, MAX_NAMES - names));
    names += looked.length;
    if (!looked.some((declaration) => bindsHeaderName(ctx, declaration))) continue;
    if (moduleTextMatches(filename, specifier, CORS_HEADER_TEXT)) return true;
    if (++modules >= MAX_MODULES) return false;
  }
  return false;
}
