/**
 * What a deployment configuration file says about CORS: groups of static
 * response headers (one group reaches the same responses) and CORS options of
 * platforms that write the headers themselves.
 */
import type { DataNode, DataScalar, SyntaxNode } from './data-tree.js';

export interface StaticHeader {
  /** Lower-cased header name. */
  readonly name: string;
  /** The value as written, or null when it is not a scalar. */
  readonly value: string | null;
  readonly valueNode: DataNode;
  /** The list item or member a removal takes out, and its siblings (for the separators). */
  readonly entry: SyntaxNode;
  readonly siblings: readonly SyntaxNode[];
  /**
   * Sent because an option implies it (Nitro `cors: true`), not written as a
   * header: `valueNode` is that option, located for reports, never rewritten.
   */
  readonly implied?: true;
  /**
   * An API Gateway mapping (`'method.response.header.X': "'v'"`): `value` is
   * the static value inside the quotes, or null for a mapping expression. A
   * fix must not rewrite it as a plain value.
   */
  readonly mapped?: true;
}

export interface HeaderGroup {
  /** Where the group applies, for messages: `vercel.json headers for "/api/(.*)"`. */
  readonly where: string;
  readonly headers: readonly StaticHeader[];
}

/** CORS options of a platform (Serverless `cors`): what the platform sends for them. */
export interface PlatformPolicy {
  /** Display name in messages. */
  readonly label: string;
  /** The option that sets the origin, as this platform spells it (`allowOrigins`, `origins`), for messages. */
  readonly originKey: string;
  /** `wildcard`: sends `*`; `echo`: answers every origin with itself. */
  readonly origin: 'wildcard' | 'echo' | 'restricted';
  /** The node that makes the origin wildcard or echo (or the options when a default does). */
  readonly originNode: SyntaxNode;
  /** The origin scalar (`'*'`), for a fix that names the trusted origin instead; null when a default decides. */
  readonly originValue: DataScalar | null;
  readonly credentials: boolean;
  readonly credentialsNode: SyntaxNode | null;
  /** The scalar holding the credentials flag, for a fix that turns it off. */
  readonly credentialsValue: DataScalar | null;
}

export interface DeploymentFacts {
  readonly groups: readonly HeaderGroup[];
  readonly policies: readonly PlatformPolicy[];
}

/** One configuration format the plugin reads: which files, and how to read them. */
export interface DeploymentFormat {
  /** File base names it applies to. */
  readonly fileName: RegExp;
  readonly read: (root: DataNode) => DeploymentFacts;
}
