/**
 * Header writes outside setter calls: object literals of header names (a
 * response's headers object), assignments to a headers object
 * (`headers['Access-Control-Allow-Origin'] = value`), and the `{ key, value }`
 * entries of Next.js `headers()` routes.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { apiGatewayStaticValue, isCorsHeader, isTrackedHeader } from './header-names.js';
import { NON_HEADER_CLASSES, propertyWrites, record, type HeaderCollection, type HeaderWrite } from './headers.js';
import { isAssertionArgument, isRequestHeadersClass, isRequestHeadersValue, isRequestTarget } from './request-headers.js';
import { calleeName, getObjectEntries, getStaticString, propertyKeyName, resolveExpression, unwrap, type ValueContext } from '../core/values.js';

type Node = TSESTree.Node;

const MAX_DEPTH = 6;

/** `set.headers.vary = 'Origin'`: Vary is the one tracked header a dot can name, and only on a headers object. */
function dottedVaryName(target: TSESTree.MemberExpression): string | null {
  if (target.property.type !== AST_NODE_TYPES.Identifier || target.property.name.toLowerCase() !== 'vary') return null;
  const object = unwrap(target.object);
  const holder =
    object.type === AST_NODE_TYPES.Identifier
      ? object.name
      : object.type === AST_NODE_TYPES.MemberExpression && !object.computed && object.property.type === AST_NODE_TYPES.Identifier
        ? object.property.name
        : null;
  return holder !== null && /headers$/i.test(holder) ? target.property.name : null;
}

/**
 * `headers['Access-Control-Allow-Origin'] = value` on a response's headers
 * object (serverless responses, Lambda@Edge `[{ key, value }]` lists). An
 * object literal assigned to is read with the assignments, as one response.
 */
export function collectAssignmentWrite(ctx: ValueContext, assignment: TSESTree.AssignmentExpression, out: HeaderCollection): void {
  if (assignment.operator !== '=') return;
  const target = unwrap(assignment.left);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return;
  const name = target.computed ? getStaticString(ctx, target.property) : dottedVaryName(target);
  if (name === null || !isTrackedHeader(name) || isRequestTarget(target.object)) return;
  const holder = resolveExpression(ctx, target.object);
  if (holder.type === AST_NODE_TYPES.ObjectExpression) {
    if (isRequestHeadersValue(ctx, holder)) return;
    out.consumed.add(holder);
    for (const write of propertyWrites(ctx, holder, out, (v) => isMappingValue(ctx, v))) out.callWrites.push({ write, site: holder });
  } else if (holder.type === AST_NODE_TYPES.NewExpression && (NON_HEADER_CLASSES.has(calleeName(ctx, holder.callee) ?? '') || isRequestHeadersClass(holder))) {
    return;
  }
  if (isMappingValue(ctx, assignment.right)) return;
  const write = record(out, {
    name: name.trim().toLowerCase(),
    nameNode: target.property,
    valueNode: edgeHeaderValue(ctx, assignment.right) ?? assignment.right,
    append: false,
    style: { kind: 'assignment', assignment, target },
    node: assignment,
  });
  out.callWrites.push({ write, site: assignment });
}

/** The `value` of a Lambda@Edge header list `[{ key: 'Access-Control-Allow-Origin', value: '*' }]`. */
function edgeHeaderValue(ctx: ValueContext, node: Node): Node | null {
  const list = resolveExpression(ctx, node);
  if (list.type !== AST_NODE_TYPES.ArrayExpression || list.elements.length !== 1) return null;
  const [element] = list.elements;
  if (!element || element.type === AST_NODE_TYPES.SpreadElement) return null;
  return getObjectEntries(ctx, element)?.entries.find((e) => e.key === 'value')?.value ?? null;
}

/** The array elements an expression stands for, following constants and spreads of known arrays. */
function arrayElements(ctx: ValueContext, node: Node, depth = 0): Array<{ element: Node; list: TSESTree.ArrayExpression }> {
  const list = resolveExpression(ctx, node);
  if (list.type !== AST_NODE_TYPES.ArrayExpression || depth > MAX_DEPTH) return [];
  const result: Array<{ element: Node; list: TSESTree.ArrayExpression }> = [];
  for (const element of list.elements) {
    if (!element) continue;
    if (element.type === AST_NODE_TYPES.SpreadElement) result.push(...arrayElements(ctx, element.argument, depth + 1));
    else result.push({ element, list });
  }
  return result;
}

/**
 * A Next.js `headers()` route `{ source, headers: [{ key, value }, …] }`: reads
 * its entries (inline, through a constant, or spread from a shared list).
 */
export function collectRouteEntries(ctx: ValueContext, route: TSESTree.ObjectExpression, out: HeaderCollection): boolean {
  const hasSource = route.properties.some((p) => p.type === AST_NODE_TYPES.Property && propertyKeyName(ctx, p) === 'source');
  if (!hasSource) return false;
  const headersProp = route.properties.find(
    (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyKeyName(ctx, p) === 'headers',
  );
  if (!headersProp) return false;
  const writes: HeaderWrite[] = [];
  const originParams = capturedOriginParams(ctx, route);
  for (const { element, list } of arrayElements(ctx, headersProp.value)) {
    const entryObject = resolveExpression(ctx, element);
    if (entryObject.type !== AST_NODE_TYPES.ObjectExpression) continue;
    const entries = getObjectEntries(ctx, entryObject);
    const keyEntry = entries?.entries.find((e) => e.key === 'key');
    const valueEntry = entries?.entries.find((e) => e.key === 'value');
    if (!keyEntry || !valueEntry) continue;
    const name = getStaticString(ctx, keyEntry.value);
    if (name === null || !isTrackedHeader(name)) continue;
    const write = record(out, {
      name: name.trim().toLowerCase(),
      nameNode: keyEntry.value,
      valueNode: valueEntry.value,
      append: false,
      style: { kind: 'entry', entry: entryObject, list },
      node: entryObject,
    });
    const value = getStaticString(ctx, valueEntry.value);
    if (value !== null && originParams.some((param) => new RegExp(`:${param}(?![\\w$])`).test(value))) out.originEchoes.add(write);
    writes.push(write);
  }
  if (writes.length === 0) return false;
  out.routeEntries.set(route, writes);
  return true;
}

/**
 * The parameters a Next.js route captures from the request's Origin header:
 * `has: [{ type: 'header', key: 'origin', value: '(?<allowed>https://.*)' }]` gives
 * `allowed`; without a value, the key itself (`origin`) is the parameter.
 */
function capturedOriginParams(ctx: ValueContext, route: TSESTree.ObjectExpression): string[] {
  const has = getObjectEntries(ctx, route)?.entries.find((e) => e.key === 'has');
  if (!has) return [];
  const params: string[] = [];
  for (const { element } of arrayElements(ctx, has.value)) {
    const entries = getObjectEntries(ctx, element)?.entries;
    const field = (key: string) => {
      const entry = entries?.find((e) => e.key === key);
      return entry ? getStaticString(ctx, entry.value) : null;
    };
    const key = field('key');
    if (field('type') !== 'header' || key === null || key.toLowerCase() !== 'origin') continue;
    const value = field('value');
    if (value === null) params.push(key);
    else for (const match of value.matchAll(/\(\?<([A-Za-z_]\w*)>/g)) params.push(match[1]!);
  }
  return params;
}

/** A free-standing object literal with CORS header keys: a response's headers object. */
export function collectHeaderObject(ctx: ValueContext, object: TSESTree.ObjectExpression, out: HeaderCollection): void {
  if (out.consumed.has(object) || isAssertionArgument(ctx, object)) return;
  const ownCorsKey = object.properties.some((p) => p.type === AST_NODE_TYPES.Property && isCorsKey(p));
  const spreads = object.properties.filter((p) => p.type === AST_NODE_TYPES.SpreadElement).length;
  if (!ownCorsKey && spreads < 2) return;
  if (isRequestHeadersValue(ctx, object)) return;
  const entries = getObjectEntries(ctx, object);
  if (!entries?.entries.some((e) => isCorsHeader(e.key))) return;
  if (entries.entries.some((e) => isCorsHeader(e.key) && isProse(getStaticString(ctx, e.value)))) return;
  const writes = propertyWrites(ctx, object, out, (v) => isMappingValue(ctx, v));
  if (writes.length === 0 && entries.entries.some((e) => isCorsHeader(e.key) && isMappingValue(ctx, e.value))) return;
  if (entries.incomplete) out.opaque.push(object);
  out.headerObjects.set(object, writes);
}

/**
 * A value written in single quotes (`"'true'"`, `` `'${origin}'` ``, `"'" + origin + "'"`):
 * an API Gateway static mapping value (CDK `responseHeaders`, an object later
 * turned into `method.response.header.*` parameters), which API Gateway sends
 * without the quotes. In a headers object it is not a value sent as written;
 * setter calls still send it as is (docs/cors-semantics.md#api-gateway-mappings).
 */
function isMappingValue(ctx: ValueContext, node: Node): boolean {
  const value = resolveExpression(ctx, node);
  if (value.type === AST_NODE_TYPES.Literal) return typeof value.value === 'string' && apiGatewayStaticValue(value.value) !== null;
  if (value.type === AST_NODE_TYPES.TemplateLiteral) {
    const first = value.quasis[0]?.value.cooked ?? '';
    const last = value.quasis.at(-1)?.value.cooked ?? '';
    return value.quasis.length > 1 ? first.startsWith("'") && last.endsWith("'") : apiGatewayStaticValue(first) !== null;
  }
  if (value.type !== AST_NODE_TYPES.BinaryExpression || value.operator !== '+') return false;
  return edgeText(value, 'left')?.startsWith("'") === true && edgeText(value, 'right')?.endsWith("'") === true;
}

/** The string a `+` chain starts (`left`) or ends (`right`) with, when it is a literal. */
function edgeText(node: Node, side: 'left' | 'right'): string | null {
  let current = unwrap(node);
  for (let i = 0; current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+' && i <= MAX_DEPTH; i++) current = unwrap(current[side]);
  return current.type === AST_NODE_TYPES.Literal && typeof current.value === 'string' ? current.value : null;
}

/**
 * A sentence rather than a header value (`'Which origin may read the response'`):
 * an object of such values documents headers, it does not send them. Header
 * values are single tokens or comma-separated lists of tokens.
 */
function isProse(value: string | null): boolean {
  return value !== null && value.split(',').some((part) => part.trim().split(/\s+/).length >= 3);
}

function isCorsKey(prop: TSESTree.Property): boolean {
  if (!prop.computed) {
    if (prop.key.type === AST_NODE_TYPES.Literal && typeof prop.key.value === 'string') return isCorsHeader(prop.key.value);
    return false;
  }
  // Computed keys ([ACAO]) are resolved by propertyWrites; accept them as candidates.
  return true;
}
