export interface SyntheticFile {
  name: string;
  text: string;
  settings?: Record<string, unknown>;
}
export function syntheticCorsFiles(): SyntheticFile[];
