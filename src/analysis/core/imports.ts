/**
 * Which import (ES `import` or CommonJS `require`) an expression refers to.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { ValueContext } from './context.js';
import { requireSpecifier, unwrap } from './nodes.js';
import { findVariable, getPropertyName, isStableVariable, propertyKeyName } from './scope.js';

type Node = TSESTree.Node;

const MAX_DEPTH = 12;

export interface ImportReference {
  /** The module specifier, e.g. `cors` or `@koa/cors`. */
  readonly source: string;
  /** `default`, `*` for namespace imports, or the imported name. */
  readonly imported: string;
  /** Property path read from the import, e.g. `['default']` for `require('x').default`. */
  readonly path: readonly string[];
}

/**
 * Which import (ES `import` or CommonJS `require`) an expression refers to, by
 * reference rather than by name: `import c from 'cors'`, `const c = require('cors')`,
 * `const { Server } = require('socket.io')`, `import * as h3 from 'h3'` then `h3.handleCors`.
 */
export function resolveImport(ctx: ValueContext, node: Node, depth = 0): ImportReference | null {
  if (depth > MAX_DEPTH) return null;
  const current = unwrap(node);
  const direct = requireSpecifier(current);
  if (direct !== null) return { source: direct, imported: '*', path: [] };
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getPropertyName(ctx, current);
    if (name === null) return null;
    const base = resolveImport(ctx, current.object, depth + 1);
    return base ? { ...base, path: [...base.path, name] } : null;
  }
  if (current.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(ctx, current);
  if (!variable || !isStableVariable(variable)) return null;
  const def = variable.defs[0];
  if (!def) return null;
  if (def.type === 'ImportBinding') {
    const decl = def.parent;
    if (decl.type !== AST_NODE_TYPES.ImportDeclaration) return null;
    const source = String(decl.source.value);
    const spec = def.node;
    if (spec.type === AST_NODE_TYPES.ImportDefaultSpecifier) return { source, imported: 'default', path: [] };
    if (spec.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return { source, imported: '*', path: [] };
    if (spec.type === AST_NODE_TYPES.ImportSpecifier) {
      const imported = spec.imported.type === AST_NODE_TYPES.Identifier ? spec.imported.name : String(spec.imported.value);
      return { source, imported, path: [] };
    }
    return null;
  }
  if (def.type !== 'Variable' || !def.node.init) return null;
  const declarator = def.node;
  if (declarator.id.type === AST_NODE_TYPES.Identifier) return resolveImport(ctx, declarator.init!, depth + 1);
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
    // const { Server: IOServer } = require('socket.io')
    const base = resolveImport(ctx, declarator.init!, depth + 1);
    if (!base) return null;
    for (const prop of declarator.id.properties) {
      if (prop.type !== AST_NODE_TYPES.Property) continue;
      const target = prop.value.type === AST_NODE_TYPES.AssignmentPattern ? prop.value.left : prop.value;
      if (target === def.name) {
        const key = propertyKeyName(ctx, prop);
        return key === null ? null : { ...base, path: [...base.path, key] };
      }
    }
  }
  return null;
}

/** True when `ref` is the default export (or the whole CommonJS module) of one of `sources`. */
export function isModuleDefault(ref: ImportReference | null, sources: readonly string[]): boolean {
  if (!ref || !sources.includes(ref.source)) return false;
  const path = ref.imported === 'default' ? ref.path : ref.imported === '*' ? ref.path.filter((p) => p !== 'default') : null;
  return path !== null && path.length === 0;
}

/** True when `ref` is the export `name` of one of `sources` (named import, `require(x).name`, `ns.name`). */
export function isModuleExport(ref: ImportReference | null, sources: readonly string[], name: string): boolean {
  if (!ref || !sources.includes(ref.source)) return false;
  if (ref.imported === name && ref.path.length === 0) return true;
  if (ref.imported === '*' || ref.imported === 'default') {
    const path = ref.path.filter((p, i) => !(i === 0 && p === 'default' && ref.path.length > 1));
    return path.length === 1 && path[0] === name;
  }
  return false;
}
