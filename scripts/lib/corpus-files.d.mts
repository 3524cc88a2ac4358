export interface ExpectedFinding {
  id: string;
  category: string | null;
  fix: boolean;
  noFix: boolean;
  lines: number[];
}
export interface LabelledFile {
  file: string;
  rel: string;
  text: string;
  settings: Record<string, unknown> | undefined;
  rules: string[];
  config: string;
  pending: boolean;
  groups: Map<string, ExpectedFinding>;
  lineGroups: Map<number, string[]>;
  problems: string[];
}
export const CORPUS_DIR: string;
export const CATEGORY_RULES: Record<string, string>;
export function parseLabelledFile(file: string, text: string, root?: string): LabelledFile;
export function readLabelledCorpus(dir?: string): LabelledFile[];
