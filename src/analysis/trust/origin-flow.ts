/**
 * Where the origin flows: the origin itself, its host (`new URL(origin).hostname`,
 * `const { hostname } = new URL(origin)`), and values computed from it
 * (`const ok = isAllowed(origin)`, the parameters of a callback handed to a
 * call that receives the origin).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { findVariable, getPropertyName, getStaticValue, propertyKeyName, resolveExpression, unwrap, walk, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

/** Nodes looked at, across initialisers followed, before a flow is given up as unknown. */
const MAX_FLOW_NODES = 2000;

/** Assignments to one variable followed before its values are unknown. */
const MAX_ASSIGNMENTS = 4;

function isEmptyValue(ctx: ValueContext, node: Node): boolean {
  const value = getStaticValue(ctx, node);
  return value !== null && (value.value === null || value.value === undefined || value.value === '');
}

export class OriginFlow {
  constructor(
    private readonly ctx: ValueContext,
    /** True for an expression that holds the origin being checked. */
    private readonly isOrigin: (node: Node) => boolean,
  ) {}

  /** True when `node` is the origin or its host (`new URL(origin).hostname`, `url.host`, `const { hostname } = new URL(origin)`). */
  isOriginOrHost(node: Node, depth = 0): boolean {
    const current = unwrap(node);
    if (depth > 10) return false;
    if (this.isOrigin(current)) return true;
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = getPropertyName(this.ctx, current);
      if (name === 'hostname' || name === 'host' || name === 'origin') return this.isParsedOrigin(current.object, depth + 1);
      return false;
    }
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = getPropertyName(this.ctx, current.callee);
      if (name === 'toLowerCase' || name === 'trim' || name === 'toString') return this.isOriginOrHost(current.callee.object, depth + 1);
      return false;
    }
    if (current.type === AST_NODE_TYPES.Identifier) {
      const resolved = resolveExpression(this.ctx, current);
      if (resolved !== current) return this.isOriginOrHost(resolved, depth + 1);
      const variable = findVariable(this.ctx, current);
      const def = variable?.defs[0];
      // const { hostname } = new URL(origin)
      if (variable?.defs.length === 1 && def?.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.ObjectPattern && def.node.init) {
        for (const prop of def.node.id.properties) {
          if (prop.type !== AST_NODE_TYPES.Property) continue;
          const target = prop.value.type === AST_NODE_TYPES.AssignmentPattern ? prop.value.left : prop.value;
          if (target !== def.name) continue;
          const key = propertyKeyName(this.ctx, prop);
          return (key === 'hostname' || key === 'host' || key === 'origin') && this.isParsedOrigin(def.node.init, depth + 1);
        }
      }
      // let host; try { host = new URL(origin).hostname; } catch {}
      const values = this.assignedValues(current);
      return values !== null && values.every((value) => this.isOriginOrHost(value, depth + 1));
    }
    return false;
  }

  /**
   * The values a `let`/`var` without a telling initialiser is assigned
   * (`let host; try { host = … } catch {}`): null when there are none or too
   * many. Empty values (`''`, `null`, none) are left out: they never pass a
   * comparison with an origin.
   */
  private assignedValues(id: TSESTree.Identifier): Node[] | null {
    const variable = findVariable(this.ctx, id);
    const def = variable?.defs[0];
    if (!variable || variable.defs.length !== 1 || def?.type !== 'Variable' || def.node.id !== def.name) return null;
    const init = def.node.init;
    if (init && !isEmptyValue(this.ctx, init)) return null;
    const values: Node[] = [];
    for (const ref of variable.references) {
      if (!ref.isWrite() || ref.init) continue;
      const assignment = ref.identifier.parent;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=' || values.length >= MAX_ASSIGNMENTS) return null;
      if (!isEmptyValue(this.ctx, assignment.right)) values.push(assignment.right);
    }
    return values.length > 0 ? values : null;
  }

  /** `new URL(origin)`, `URL.parse(origin)`, or a variable holding one. */
  private isParsedOrigin(node: Node, depth: number): boolean {
    const object = resolveExpression(this.ctx, node);
    if (object.type === AST_NODE_TYPES.Identifier && depth <= 10) {
      // let url; try { url = new URL(origin); } catch {}
      const values = this.assignedValues(object);
      if (values) return values.every((value) => this.isParsedOrigin(value, depth + 1));
    }
    if (object.type === AST_NODE_TYPES.NewExpression && object.callee.type === AST_NODE_TYPES.Identifier && object.callee.name === 'URL') {
      return object.arguments[0] !== undefined && this.isOriginOrHost(object.arguments[0], depth + 1);
    }
    if (
      object.type === AST_NODE_TYPES.CallExpression &&
      object.callee.type === AST_NODE_TYPES.MemberExpression &&
      unwrap(object.callee.object).type === AST_NODE_TYPES.Identifier &&
      (unwrap(object.callee.object) as TSESTree.Identifier).name === 'URL' &&
      getPropertyName(this.ctx, object.callee) === 'parse'
    ) {
      return object.arguments[0] !== undefined && this.isOriginOrHost(object.arguments[0], depth + 1);
    }
    return this.isOriginOrHost(object, depth + 1);
  }

  /**
   * True when the origin flows into `node`: read directly, through a variable's
   * initialiser (`const ok = isAllowed(origin)`), or as the parameter of a
   * callback handed to a call that also receives the origin
   * (`check(origin, (err, ok) => …)`).
   */
  mentionsOrigin(node: Node): boolean {
    let found = false;
    let budget = MAX_FLOW_NODES;
    const seen = new Set<Node>();
    const pending: Node[] = [node];
    while (pending.length > 0 && !found) {
      walk(this.ctx, pending.pop()!, (n) => {
        if (found || seen.has(n) || --budget < 0) return false;
        seen.add(n);
        if (this.isOriginOrHost(n)) found = true;
        else if (n.type === AST_NODE_TYPES.Identifier) pending.push(...this.flowSources(n));
        else return true;
        return false;
      });
    }
    return found;
  }

  /** Where an identifier's value comes from: its initialiser, or the callee and other arguments of the call its callback parameter belongs to. */
  private flowSources(id: TSESTree.Identifier): Node[] {
    const parent = id.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === id && !parent.computed) return [];
    const variable = findVariable(this.ctx, id);
    const def = variable?.defs[0];
    if (!variable || variable.defs.length !== 1 || !def) return [];
    if (def.type === 'Variable') return def.node.init ? [def.node.init] : [];
    if (def.type === 'Parameter') {
      const fn = def.node;
      const call = fn.parent;
      if ((call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) && call.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
        return [call.callee, ...call.arguments.filter((a) => a !== fn)];
      }
    }
    return [];
  }
}
