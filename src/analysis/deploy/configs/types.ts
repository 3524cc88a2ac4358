/** A tool whose configuration, written in JavaScript, declares CORS headers or options. */
import type { DataNode } from '../data-tree.js';
import type { DeploymentFacts } from '../types.js';

/** The source text of a node, for references the data tree cannot read (`Cors.ALL_ORIGINS`). */
export type SourceText = (node: DataNode) => string;

export interface ConfigSource {
  /** Keys that mark an object literal as this tool's configuration (any one is enough). */
  readonly keys: readonly string[];
  /** What such an object declares. */
  readonly read: (config: DataNode, text: SourceText) => DeploymentFacts;
  /** Methods whose first argument is this tool's options (`api.root.addCorsPreflight({…})`). */
  readonly methods?: readonly string[];
  readonly readCall?: (method: string, options: DataNode, text: SourceText) => DeploymentFacts;
}
