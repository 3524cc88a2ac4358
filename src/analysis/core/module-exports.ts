/**
 * What another module exports, as nodes of that module: `export const X = …`
 * (the binding, so that its stability is still checked), `export default …`,
 * `export { a as b }`, re-exports (`export * from`, `export { x } from`),
 * `module.exports = …`, `module.exports = { x }` and `exports.x = …`.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { ValueContext } from './context.js';
import { loadModule } from './module-files.js';
import { unwrap } from './nodes.js';

type Node = TSESTree.Node;

/** Most modules followed through re-exports for one name. */
const MAX_REEXPORT_DEPTH = 6;

function moduleName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

/** `module.exports` or `exports`, as an assignment target. */
function isExportsObject(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Identifier) return n.name === 'exports';
  return (
    n.type === AST_NODE_TYPES.MemberExpression &&
    !n.computed &&
    n.object.type === AST_NODE_TYPES.Identifier &&
    n.object.name === 'module' &&
    n.property.type === AST_NODE_TYPES.Identifier &&
    n.property.name === 'exports'
  );
}

function memberName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  return node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string' ? node.property.value : null;
}

/** Top-level `module.exports = …` (the last one) and `exports.x = …` assignments of a script. */
function commonJsExports(program: TSESTree.Program): { whole: Node | null; named: Map<string, Node> } {
  let whole: Node | null = null;
  const named = new Map<string, Node>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.TSExportAssignment) whole = statement.expression;
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    const expr = statement.expression;
    if (expr.type !== AST_NODE_TYPES.AssignmentExpression || expr.operator !== '=') continue;
    const target = unwrap(expr.left);
    if (isExportsObject(target) && target.type === AST_NODE_TYPES.MemberExpression) {
      whole = expr.right;
      named.clear();
    } else if (target.type === AST_NODE_TYPES.MemberExpression && isExportsObject(target.object)) {
      const name = memberName(target);
      if (name !== null) named.set(name, expr.right);
    }
  }
  return { whole, named };
}

/** The node a module's `module.exports` (or `export =`) is, or null. */
export function findModuleObject(ctx: ValueContext): Node | null {
  return commonJsExports(ctx.sourceCode.ast as TSESTree.Program).whole;
}

/** `module.exports = { origin, credentials: true }`: the value of one key of a literal written there. */
function literalKey(object: Node, name: string): Node | null {
  const literal = unwrap(object);
  if (literal.type !== AST_NODE_TYPES.ObjectExpression) return null;
  let found: Node | null = null;
  for (const prop of literal.properties) {
    if (prop.type === AST_NODE_TYPES.SpreadElement) found = null;
    else if (!prop.computed && prop.kind === 'init' && ((prop.key.type === AST_NODE_TYPES.Identifier && prop.key.name === name) || (prop.key.type === AST_NODE_TYPES.Literal && prop.key.value === name))) {
      found = prop.value;
    }
  }
  return found;
}

function declarationExport(declaration: TSESTree.ExportNamedDeclaration['declaration'], name: string): Node | null {
  if (!declaration) return null;
  if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
    for (const d of declaration.declarations) if (d.id.type === AST_NODE_TYPES.Identifier && d.id.name === name) return d.id;
    return null;
  }
  return 'id' in declaration && declaration.id?.type === AST_NODE_TYPES.Identifier && declaration.id.name === name ? declaration : null;
}

/**
 * The node the export `name` of a module is (`default` for the default
 * export, which for a CommonJS module is `module.exports`), or null when it is
 * not found or not a single node (a namespace re-export).
 */
export function findExport(ctx: ValueContext, name: string, depth = 0): Node | null {
  if (depth > MAX_REEXPORT_DEPTH) return null;
  const program = ctx.sourceCode.ast as TSESTree.Program;
  const starSources: string[] = [];
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      if (name === 'default') return statement.declaration;
    } else if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
      const declared = declarationExport(statement.declaration, name);
      if (declared) return declared;
      for (const spec of statement.specifiers) {
        if (moduleName(spec.exported) !== name) continue;
        if (!statement.source) return spec.local;
        const from = loadModule(ctx, statement.source.value);
        return from ? findExport(from, moduleName(spec.local), depth + 1) : null;
      }
    } else if (statement.type === AST_NODE_TYPES.ExportAllDeclaration) {
      if (statement.exported) {
        if (moduleName(statement.exported) === name) return null;
      } else if (name !== 'default') {
        starSources.push(statement.source.value);
      }
    }
  }
  const cjs = commonJsExports(program);
  if (name === 'default' && cjs.whole) return cjs.whole;
  const assigned = cjs.named.get(name) ?? (cjs.whole ? literalKey(cjs.whole, name) : null);
  if (assigned) return assigned;
  for (const source of starSources) {
    const from = loadModule(ctx, source);
    const found = from ? findExport(from, name, depth + 1) : null;
    if (found) return found;
  }
  return null;
}
