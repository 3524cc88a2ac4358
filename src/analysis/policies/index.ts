/**
 * CORS middleware uses, recognised by what they are imported from (never by a
 * function's name alone), each normalised into one policy.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import {
  findVariable,
  getObjectEntries,
  getObjectEntry,
  getPropertyName,
  isModuleDefault,
  isModuleExport,
  resolveExpression,
  resolveFunction,
  type ImportReference,
  type ObjectEntry,
  resolveImport,
  unwrap,
  walk,
  type ValueContext,
} from '../core/values.js';
import { delegatePolicies } from './delegates.js';
import { normalizePolicy, SEMANTICS, type CorsPolicy, type LibrarySemantics } from './semantics.js';

export * from './semantics.js';

type Node = TSESTree.Node;

const KOA_CORS = ['@koa/cors'];
const FASTIFY_CORS = ['@fastify/cors', 'fastify-cors'];
const H3 = ['h3', 'nitropack/runtime', '#imports'];
const H3_CORS_FUNCTIONS = new Set(['handleCors', 'appendCorsHeaders', 'appendCorsPreflightHeaders']);
const SOCKET_IO = ['socket.io'];
const APOLLO = ['apollo-server', 'apollo-server-express', 'apollo-server-koa', 'apollo-server-fastify', 'apollo-server-hapi', 'apollo-server-lambda', 'apollo-server-micro', 'apollo-server-azure-functions', 'apollo-server-cloud-functions'];
const APOLLO_MIDDLEWARE = new Set(['applyMiddleware', 'getMiddleware', 'createHandler']);
const HAPI = ['@hapi/hapi', 'hapi'];
const NEST_CORE = ['@nestjs/core'];
const FASTIFY_ADAPTER = ['@nestjs/platform-fastify'];

/**
 * A file can use a CORS library only if it imports or requires one of their
 * modules (or calls an auto-imported h3 helper, or `enableCors`): without that,
 * calls are not resolved.
 */
export const LIBRARY_TEXT =
  /(?:from|require\s*\(|import\s*\()\s*['"](?:cors|@koa\/cors|@fastify\/cors|fastify-cors|hono\/cors|h3|nitropack\/runtime|#imports|socket\.io|apollo-server[\w-]*|@hapi\/hapi|hapi|@nestjs\/[\w-]+)['"]|handleCors|appendCors|enableCors/;

const ORIGIN_KEY_TEXT = /\borigin['"]?\s*:/g;

/** Object literals with an `origin` key, found from the text. */
function objectsWithOriginKey(ctx: ValueContext): TSESTree.ObjectExpression[] {
  const objects: TSESTree.ObjectExpression[] = [];
  for (const match of ctx.sourceCode.text.matchAll(ORIGIN_KEY_TEXT)) {
    const key = ctx.sourceCode.getNodeByRangeIndex(match.index) as Node | null;
    const property = key?.parent;
    if (property?.type === AST_NODE_TYPES.Property && property.key === key && property.parent.type === AST_NODE_TYPES.ObjectExpression) {
      objects.push(property.parent);
    }
  }
  return objects;
}

/** Cheap shape test before an object literal is read as stand-alone CORS options. */
function mayBeCorsOptions(object: TSESTree.ObjectExpression): boolean {
  let origin = false;
  let spread = false;
  for (const prop of object.properties) {
    if (prop.type === AST_NODE_TYPES.SpreadElement) spread = true;
    else if (!prop.computed && ((prop.key.type === AST_NODE_TYPES.Identifier && prop.key.name === 'origin') || (prop.key.type === AST_NODE_TYPES.Literal && prop.key.value === 'origin'))) origin = true;
  }
  return origin || spread;
}

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

export interface PolicyCollection {
  readonly policies: readonly CorsPolicy[];
}

/**
 * The import an expression refers to, also through dynamic imports:
 * `import('x')`, `await import('x')`, `(await import('x')).default`, and
 * constants holding them.
 */
function importOf(ctx: ValueContext, node: Node, depth = 0): ImportReference | null {
  const current = unwrap(node);
  if (depth > 8) return null;
  switch (current.type) {
    case AST_NODE_TYPES.ImportExpression:
      return current.source.type === AST_NODE_TYPES.Literal && typeof current.source.value === 'string'
        ? { source: current.source.value, imported: '*', path: [] }
        : null;
    case AST_NODE_TYPES.AwaitExpression:
      return importOf(ctx, current.argument, depth + 1);
    case AST_NODE_TYPES.MemberExpression: {
      const direct = resolveImport(ctx, current);
      if (direct) return direct;
      const name = getPropertyName(ctx, current);
      const base = name === null ? null : importOf(ctx, current.object, depth + 1);
      return base && name !== null ? { ...base, path: [...base.path, name] } : null;
    }
    case AST_NODE_TYPES.Identifier: {
      const direct = resolveImport(ctx, current);
      if (direct) return direct;
      const resolved = resolveExpression(ctx, current);
      return resolved !== current && resolved.type !== AST_NODE_TYPES.Identifier ? importOf(ctx, resolved, depth + 1) : null;
    }
    default:
      return resolveImport(ctx, current);
  }
}

/** An undeclared global (auto-imported helpers in Nuxt/Nitro server routes). */
function isUndeclared(ctx: ValueContext, node: Node): boolean {
  const current = unwrap(node);
  if (current.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(ctx, current);
  return variable === null || variable.defs.length === 0;
}

function lastObjectArgument(ctx: ValueContext, args: readonly Node[]): Node | null {
  for (let i = args.length - 1; i >= 0; i--) {
    const arg = args[i]!;
    if (arg.type === AST_NODE_TYPES.SpreadElement) return null;
    if (resolveExpression(ctx, arg).type === AST_NODE_TYPES.ObjectExpression) return arg;
  }
  return null;
}

/**
 * The `cors` entry of options (`{ cors: {...} }`, `{ cors: true }`); `undefined`
 * when the key is absent, null when it cannot be told.
 */
function corsOption(ctx: ValueContext, options: Node | null): ObjectEntry | null | undefined {
  if (!options) return undefined;
  const entries = getObjectEntries(ctx, options);
  if (!entries) return null;
  const entry = entries.entries.find((e) => e.key === 'cors');
  if (entry) return entry;
  return entries.incomplete ? null : undefined;
}

/** True when a Nest application was created with the Fastify adapter. */
function usesFastifyAdapter(ctx: ValueContext, app: Node): boolean {
  if (isTypedFastifyApp(ctx, app)) return true;
  let resolved = resolveExpression(ctx, app);
  if (resolved.type === AST_NODE_TYPES.AwaitExpression) resolved = resolveExpression(ctx, resolved.argument);
  if (resolved.type !== AST_NODE_TYPES.CallExpression) return false;
  return resolved.arguments.some((arg) => {
    const value = resolveExpression(ctx, arg);
    return value.type === AST_NODE_TYPES.NewExpression && isModuleExport(importOf(ctx, value.callee), FASTIFY_ADAPTER, 'FastifyAdapter');
  });
}

/** `app: NestFastifyApplication` (a parameter or a declared variable) imported from the Fastify platform. */
function isTypedFastifyApp(ctx: ValueContext, app: Node): boolean {
  const id = unwrap(app);
  if (id.type !== AST_NODE_TYPES.Identifier) return false;
  const name = findVariable(ctx, id)?.defs[0]?.name;
  const annotation = name?.type === AST_NODE_TYPES.Identifier ? name.typeAnnotation?.typeAnnotation : undefined;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const typeName = annotation.typeName;
  return typeName.type === AST_NODE_TYPES.Identifier && isModuleExport(resolveImport(ctx, typeName), FASTIFY_ADAPTER, 'NestFastifyApplication');
}

function isNestFactoryCreate(ctx: ValueContext, call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(ctx, callee) !== 'create') return false;
  return isModuleExport(importOf(ctx, callee.object), NEST_CORE, 'NestFactory');
}

/** `app` in `app.enableCors()` is a Nest application: made by NestFactory.create, or typed as one. */
function isNestApp(ctx: ValueContext, app: Node, importsNest: boolean): boolean {
  let resolved = resolveExpression(ctx, app);
  if (resolved.type === AST_NODE_TYPES.AwaitExpression) resolved = resolveExpression(ctx, resolved.argument);
  if (resolved.type === AST_NODE_TYPES.CallExpression && isNestFactoryCreate(ctx, resolved)) return true;
  return importsNest;
}

/** `@fastify/cors` exports its plugin as the module, as `default` and as `fastifyCors`. */
function isFastifyCors(ref: ImportReference | null): boolean {
  return isModuleDefault(ref, FASTIFY_CORS) || isModuleExport(ref, FASTIFY_CORS, 'fastifyCors');
}

function isApolloServer(ctx: ValueContext, node: Node): boolean {
  const resolved = resolveExpression(ctx, node);
  return resolved.type === AST_NODE_TYPES.NewExpression && isModuleExport(importOf(ctx, resolved.callee), APOLLO, 'ApolloServer');
}

function push(list: CorsPolicy[], ctx: ValueContext, semantics: LibrarySemantics, node: Node, options: Node | null | undefined, used: Set<Node>): void {
  const policy = normalizePolicy(ctx, semantics, node, options);
  if (!policy) return;
  if (policy.options) used.add(policy.options);
  list.push(policy);
}

/** A policy whose options are argument `index` of a call (`cors(options)`, `register(plugin, options)`). */
function pushArgument(list: CorsPolicy[], ctx: ValueContext, semantics: LibrarySemantics, call: TSESTree.CallExpression, index: number, used: Set<Node>): void {
  const policy = normalizePolicy(ctx, semantics, call, call.arguments[index] ?? null, { argumentIndex: index });
  if (!policy) return;
  if (policy.options) used.add(policy.options);
  list.push(policy);
}

/** A policy configured by the `cors` key of a framework's options (`{ cors: true }`, `{ cors: {...} }`). */
function pushCorsEntry(list: CorsPolicy[], ctx: ValueContext, semantics: LibrarySemantics, node: Node, entry: ObjectEntry | null | undefined, used: Set<Node>): void {
  if (!entry) return;
  const policy = normalizePolicy(ctx, semantics, node, entry.value, { corsProperty: entry.property });
  if (!policy) return;
  if (policy.options) used.add(policy.options);
  list.push(policy);
}

export function collectPolicies(ctx: ValueContext, program: TSESTree.Program): PolicyCollection {
  const policies: CorsPolicy[] = [];
  const used = new Set<Node>();
  const candidates: TSESTree.ObjectExpression[] = [];
  // `app.enableCors()` and `server.route()` count only in files that use NestJS or hapi:
  // judged once the whole file (its imports and requires) has been seen.
  const enableCorsCalls: Array<{ call: TSESTree.CallExpression; app: Node }> = [];
  const routeCalls: Node[] = [];
  let importsNest = false;
  let importsHapi = false;
  const noteSource = (source: string) => {
    if (source.startsWith('@nestjs/')) importsNest = true;
    if (HAPI.includes(source)) importsHapi = true;
  };

  const mayUseLibrary = LIBRARY_TEXT.test(ctx.sourceCode.text);
  // Without a CORS package only stand-alone options can matter: find their `origin:` keys
  // in the text instead of walking the whole tree (large bundles mention `origin:` too).
  if (!mayUseLibrary) candidates.push(...objectsWithOriginKey(ctx));
  if (mayUseLibrary) walk(ctx, program, (node) => {
    if (node.type === AST_NODE_TYPES.ImportDeclaration) {
      noteSource(String(node.source.value));
      return false;
    }
    if (node.type === AST_NODE_TYPES.ObjectExpression) {
      if (mayBeCorsOptions(node)) candidates.push(node);
      return undefined;
    }
    if (!mayUseLibrary) return undefined;
    if (node.type === AST_NODE_TYPES.NewExpression) {
      const ref = importOf(ctx, node.callee);
      if (isModuleExport(ref, SOCKET_IO, 'Server') || isModuleDefault(ref, SOCKET_IO)) {
        pushCorsEntry(policies, ctx, SEMANTICS['socket.io'], node, corsOption(ctx, lastObjectArgument(ctx, node.arguments)), used);
      } else if (isModuleExport(ref, APOLLO, 'ApolloServer')) {
        pushCorsEntry(policies, ctx, SEMANTICS['apollo-server'], node, corsOption(ctx, node.arguments[0] ?? null), used);
      } else if (isModuleExport(ref, HAPI, 'Server') || isModuleExport(ref, HAPI, 'server')) {
        collectHapiServer(ctx, node, node.arguments[0] ?? null, policies, used);
      }
      return undefined;
    }
    if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = unwrap(node.callee);
    const args = node.arguments;
    const required = resolveImport(ctx, node);
    if (required) noteSource(required.source);
    const ref = importOf(ctx, callee);
    if (ref) {
      if (isModuleDefault(ref, ['cors'])) {
        const delegate = args[0] ? resolveFunction(ctx, args[0]) : null;
        if (delegate) policies.push(...delegatePolicies(ctx, SEMANTICS.cors, delegate, used));
        else pushArgument(policies, ctx, SEMANTICS.cors, node, 0, used);
      }
      else if (isModuleDefault(ref, KOA_CORS)) pushArgument(policies, ctx, SEMANTICS['@koa/cors'], node, 0, used);
      else if (isModuleExport(ref, ['hono/cors'], 'cors')) pushArgument(policies, ctx, SEMANTICS['hono/cors'], node, 0, used);
      else if ([...H3_CORS_FUNCTIONS].some((fn) => isModuleExport(ref, H3, fn))) pushArgument(policies, ctx, SEMANTICS.h3, node, 1, used);
      else if (isModuleDefault(ref, SOCKET_IO)) {
        pushCorsEntry(policies, ctx, SEMANTICS['socket.io'], node, corsOption(ctx, lastObjectArgument(ctx, args)), used);
      } else if (isModuleExport(ref, HAPI, 'server') || isModuleExport(ref, HAPI, 'Server')) {
        collectHapiServer(ctx, node, args[0] ?? null, policies, used);
      } else if (callee.type !== AST_NODE_TYPES.MemberExpression) {
        return undefined;
      }
    }
    if (callee.type === AST_NODE_TYPES.Identifier && H3_CORS_FUNCTIONS.has(callee.name) && isUndeclared(ctx, callee)) {
      pushArgument(policies, ctx, SEMANTICS.h3, node, 1, used);
      return undefined;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = getPropertyName(ctx, callee);
    if (method === 'register' && args[0] && isFastifyCors(importOf(ctx, args[0]))) {
      pushArgument(policies, ctx, SEMANTICS['@fastify/cors'], node, 1, used);
    } else if (method === 'enableCors') {
      enableCorsCalls.push({ call: node, app: callee.object });
    } else if (method === 'create' && isNestFactoryCreate(ctx, node)) {
      const cors = corsOption(ctx, args.length > 1 ? lastObjectArgument(ctx, args.slice(1)) : null);
      const fastify = args.some((arg) => {
        const value = resolveExpression(ctx, arg);
        return value.type === AST_NODE_TYPES.NewExpression && isModuleExport(importOf(ctx, value.callee), FASTIFY_ADAPTER, 'FastifyAdapter');
      });
      pushCorsEntry(policies, ctx, fastify ? SEMANTICS['@fastify/cors'] : SEMANTICS.nestjs, node, cors, used);
    } else if (method !== null && APOLLO_MIDDLEWARE.has(method) && isApolloServer(ctx, callee.object)) {
      pushCorsEntry(policies, ctx, SEMANTICS['apollo-server'], node, corsOption(ctx, args[0] ?? null), used);
    } else if (method === 'route' && args[0]) {
      routeCalls.push(args[0]);
    }
    return undefined;
  });

  for (const { call, app } of enableCorsCalls) {
    if (!isNestApp(ctx, app, importsNest)) continue;
    const semantics = usesFastifyAdapter(ctx, app) ? SEMANTICS['@fastify/cors'] : SEMANTICS.nestjs;
    pushArgument(policies, ctx, semantics, call, 0, used);
  }
  if (importsHapi) {
    for (const routes of routeCalls) collectHapiRoutes(ctx, routes, policies, used);
  }

  for (const object of candidates) {
    if (used.has(object) || !isStandaloneCorsOptions(ctx, object)) continue;
    push(policies, ctx, SEMANTICS.cors, object, object, used);
  }
  return { policies };
}

/** `Hapi.server({ routes: { cors } })`. */
function collectHapiServer(ctx: ValueContext, node: Node, options: Node | null, policies: CorsPolicy[], used: Set<Node>): void {
  if (!options) return;
  const routes = getObjectEntry(ctx, options, 'routes');
  pushCorsEntry(policies, ctx, SEMANTICS['@hapi/hapi'], node, routes ? corsOption(ctx, routes.value) : undefined, used);
}

/** `server.route({ method, path, options: { cors } })` or a list of such routes. */
function collectHapiRoutes(ctx: ValueContext, routes: Node, policies: CorsPolicy[], used: Set<Node>): void {
  const resolved = resolveExpression(ctx, routes);
  const items = resolved.type === AST_NODE_TYPES.ArrayExpression ? resolved.elements : [resolved];
  for (const item of items) {
    if (!item || item.type === AST_NODE_TYPES.SpreadElement) continue;
    for (const key of ['options', 'config']) {
      const holder = getObjectEntry(ctx, item, key);
      pushCorsEntry(policies, ctx, SEMANTICS['@hapi/hapi'], item, holder ? corsOption(ctx, holder.value) : undefined, used);
    }
  }
}

/**
 * CORS options defined for use elsewhere: an exported object, or one typed
 * `CorsOptions`, with `origin` and another CORS option key. Judged under
 * `cors` semantics, where such objects end up.
 */
function isStandaloneCorsOptions(ctx: ValueContext, object: TSESTree.ObjectExpression): boolean {
  const entries = getObjectEntries(ctx, object);
  if (!entries) return false;
  const keys = new Set(entries.entries.map((e) => e.key));
  if (!keys.has('origin') || ![...CORS_OPTION_KEYS].some((k) => keys.has(k))) return false;
  return isExportedOrTyped(ctx, object, false);
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
