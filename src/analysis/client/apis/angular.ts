/**
 * Angular `HttpClient` (from `@angular/common/http`), injected through a
 * constructor parameter, a typed field or `inject(HttpClient)`:
 * `http.get(url, options)`, `http.post(url, body, options)`,
 * `http.request(method, url, options)`. `withCredentials` defaults to false
 * (docs/cors-semantics.md, "Client requests").
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import {
  findVariable,
  getPropertyName,
  isModuleExport,
  isStableVariable,
  resolveImport,
  unwrap,
  type ValueContext,
} from '../../core/values.js';
import { methodCalls, urlCall, WITH_CREDENTIALS_FLAG, type ClientApi } from '../api.js';

type Node = TSESTree.Node;

function isHttpClientType(ctx: ValueContext, annotation: TSESTree.TSTypeAnnotation | undefined): boolean {
  const type = annotation?.typeAnnotation;
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return false;
  return isModuleExport(resolveImport(ctx, type.typeName), ['@angular/common/http'], 'HttpClient');
}

function isInjectedHttpClient(ctx: ValueContext, value: Node | null | undefined): boolean {
  if (!value) return false;
  const call = unwrap(value);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length < 1) return false;
  if (!isModuleExport(resolveImport(ctx, call.callee), ['@angular/core'], 'inject')) return false;
  return isModuleExport(resolveImport(ctx, call.arguments[0]!), ['@angular/common/http'], 'HttpClient');
}

function enclosingClass(node: Node): TSESTree.ClassBody | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
  }
  return null;
}

/** `this.name` where the class declares `name` as an `HttpClient` field or constructor parameter property. */
function isHttpClientMember(ctx: ValueContext, expr: TSESTree.MemberExpression): boolean {
  const name = getPropertyName(ctx, expr);
  const body = enclosingClass(expr);
  if (name === null || !body) return false;
  for (const member of body.body) {
    if (
      member.type === AST_NODE_TYPES.PropertyDefinition &&
      !member.computed &&
      member.key.type === AST_NODE_TYPES.Identifier &&
      member.key.name === name
    ) {
      return isHttpClientType(ctx, member.typeAnnotation) || isInjectedHttpClient(ctx, member.value);
    }
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
      for (const param of member.value.params) {
        if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
        const target = param.parameter;
        if (target.type === AST_NODE_TYPES.Identifier && target.name === name) return isHttpClientType(ctx, target.typeAnnotation);
      }
    }
  }
  return false;
}

/** `this.http` / `http` where it is an Angular `HttpClient` (typed, or `inject(HttpClient)`). */
function isHttpClient(ctx: ValueContext, node: Node): boolean {
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.MemberExpression && unwrap(expr.object).type === AST_NODE_TYPES.ThisExpression) {
    return isHttpClientMember(ctx, expr);
  }
  if (expr.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(ctx, expr);
  const def = variable?.defs[0];
  if (!variable || !def || variable.defs.length !== 1) return false;
  if (def.type === 'Parameter') return def.name.type === AST_NODE_TYPES.Identifier && isHttpClientType(ctx, def.name.typeAnnotation);
  if (def.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier && isStableVariable(variable)) {
    return isHttpClientType(ctx, def.node.id.typeAnnotation) || isInjectedHttpClient(ctx, def.node.init);
  }
  return false;
}

export const angularApi: ClientApi = {
  name: 'HttpClient',
  ...WITH_CREDENTIALS_FLAG,
  text: /@angular\/common\/http/,
  modules: [],
  globals: [],
  receiver: isHttpClient,
  calls: {
    // get(url, options), post(url, body, options)
    ...methodCalls(['get', 'delete', 'head', 'options'], urlCall(1)),
    ...methodCalls(['post', 'put', 'patch'], urlCall(2)),
    // http.request('GET', url, options); http.request(req) carries its own options.
    request: { kind: 'request', form: { url: 1, options: 2, minArguments: 2 }, objectForm: 'skip' },
  },
};
