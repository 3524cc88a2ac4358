/**
 * Deployment configuration files next to the code (vercel.json,
 * firebase.json, staticwebapp.config.json, serverless.yml): the static CORS
 * headers and platform CORS options they declare. Read when ESLint parses them
 * with `@eslint/json` or `yaml-eslint-parser`; one module per format under
 * `files/`, registered in `FORMATS`.
 */
import { dataTree } from './data-tree.js';
import { firebase } from './files/firebase.js';
import { serverless } from './files/serverless.js';
import { staticWebApps } from './files/static-web-apps.js';
import { vercel } from './files/vercel.js';
import type { DeploymentFacts, DeploymentFormat } from './types.js';

export type { DeploymentFacts, HeaderGroup, PlatformPolicy, StaticHeader } from './types.js';
export type { DataNode, DataScalar, SyntaxNode } from './data-tree.js';

export const FORMATS: readonly DeploymentFormat[] = [vercel, firebase, staticWebApps, serverless];

interface ParsedFile {
  readonly ast: unknown;
  readonly text: string;
}

const cache = new WeakMap<object, DeploymentFacts | null>();

function baseName(filename: string): string {
  return filename.split(/[\\/]/).pop() ?? filename;
}

/** True when the tree is not JavaScript: JSON (`Document`) or a YAML program. */
export function isDataFile(sourceCode: ParsedFile): boolean {
  const ast = sourceCode.ast as { type?: unknown; body?: unknown } | null;
  if (ast?.type === 'Document') return true;
  return ast?.type === 'Program' && Array.isArray(ast.body) && (ast.body[0] as { type?: unknown } | undefined)?.type === 'YAMLDocument';
}

/**
 * What a deployment file declares, or null when the file is not one the plugin
 * reads (by base name) or holds no CORS header name.
 */
export function getDeploymentFacts(sourceCode: ParsedFile, filename: string): DeploymentFacts | null {
  const key = sourceCode as object;
  if (cache.has(key)) return cache.get(key)!;
  const format = FORMATS.find((f) => f.fileName.test(baseName(filename)));
  let facts: DeploymentFacts | null = null;
  if (format && /access-control-|cors/i.test(sourceCode.text)) {
    const root = dataTree(sourceCode.ast);
    facts = root ? format.read(root) : null;
  }
  cache.set(key, facts);
  return facts;
}
