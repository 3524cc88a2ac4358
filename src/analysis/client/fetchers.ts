/**
 * Requests made by a fetcher function whose URL is one of its parameters
 * (`const fetcher = (url) => fetch(url).then((r) => r.json())`): where the URL
 * comes from is read at each place the function gets it, a direct call
 * (`fetcher('https://api.example.com/me')`) or SWR's `useSWR(key, fetcher)`,
 * which calls the fetcher with the key. Places that cannot be seen (the
 * function exported or handed to other code) add nothing: unknown stays quiet.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import { findVariable, isFunctionNode, resolveImport, unwrap, type FunctionNode, type ValueContext } from '../core/values.js';
import type { ClientRequest } from './types.js';
import { readUrl } from './urls.js';

type Node = TSESTree.Node;

/** Most places one fetcher is read at. */
const MAX_SITES = 16;
/** Modules whose hooks call the fetcher with the key: `useSWR(key, fetcher)`. */
const SWR_MODULES = ['swr', 'swr/immutable'];

/** The parameter position the URL arrives at, and the function, when `target` is a plain parameter. */
function parameterOf(ctx: ValueContext, target: Node): { fn: FunctionNode; index: number } | null {
  const id = unwrap(target);
  if (id.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(ctx, id);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || def?.type !== 'Parameter' || variable.references.some((ref) => ref.isWrite())) return null;
  const fn = def.node as Node;
  if (!isFunctionNode(fn)) return null;
  const index = fn.params.findIndex((param) => param === def.name);
  return index >= 0 ? { fn, index } : null;
}

/** True when `call` is an SWR hook from an import of `swr`. */
function isSwrHook(ctx: ValueContext, call: TSESTree.CallExpression): boolean {
  const ref = resolveImport(ctx, call.callee);
  return ref !== null && SWR_MODULES.includes(ref.source) && (ref.imported === 'default' || ref.imported === 'useSWR') && ref.path.length === 0;
}

/** The URL argument a function receives at one place it is used, or null when that place does not show it. */
function argumentAt(ctx: ValueContext, use: Node, index: number): { site: TSESTree.CallExpression; argument: Node } | null {
  const parent = use.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression) return null;
  let argument: Node | undefined;
  if (parent.callee === use) argument = parent.arguments[index];
  else if (index === 0 && parent.arguments[1] === use && isSwrHook(ctx, parent)) argument = parent.arguments[0];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return null;
  return { site: parent, argument };
}

/** The places a function is used: through its name, or where it is written as an argument. */
function usesOf(ctx: ValueContext, fn: FunctionNode): Node[] | null {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) return [fn];
  let name: TSESTree.Identifier | null = null;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) name = fn.id;
  else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) name = parent.id;
  const variable = name && findVariable(ctx, name);
  if (!variable) return null;
  const uses = variable.references.filter((ref) => !ref.init).map((ref) => ref.identifier as Node);
  return uses.length <= MAX_SITES ? uses : null;
}

/** One request per place the fetcher shows its URL; the fetcher's own options answer for each. */
function expand(ctx: ValueContext, request: ClientRequest): ClientRequest[] | null {
  if (request.kind !== 'call' || request.url.kind === 'absolute' || request.url.kind === 'relative') return null;
  const parameter = parameterOf(ctx, request.target);
  const uses = parameter && usesOf(ctx, parameter.fn);
  if (!parameter || !uses) return null;
  const expanded: ClientRequest[] = [];
  for (const use of uses) {
    const at = argumentAt(ctx, use, parameter.index);
    if (!at) continue;
    // The fetcher is shared by every place: an edit there is never local to one of them.
    const edit = request.edit && { ...request.edit, local: false };
    expanded.push({ ...request, node: at.site, url: readUrl(ctx, at.argument), target: at.argument, edit });
  }
  return expanded.length > 0 ? expanded : null;
}

/** The requests with those of fetchers read at the places they get their URL. */
export function expandFetchers(ctx: ValueContext, requests: readonly ClientRequest[]): ClientRequest[] {
  return requests.flatMap((request) => expand(ctx, request) ?? [request]);
}
