import type { LabelledFile } from './corpus-files.mjs';
import type { PluginLike, Toolchain } from './lint-setup.mjs';

export type DiscrepancyKind = 'FN' | 'FP' | 'NOFIX' | 'BADFIX' | 'UNSAFEFIX' | 'PARSE' | 'CRASH' | 'FORMAT';
export interface Discrepancy {
  kind: DiscrepancyKind;
  file: string;
  line: number;
  rule: string;
  detail: string;
}
export interface ScoredGroup {
  id: string;
  category: string;
  rule: string;
  lines: number[];
  found: boolean;
  fix: boolean;
  fixVerified: boolean;
}
export interface FileScore {
  rel: string;
  skipped: string | null;
  groups?: ScoredGroup[];
  discrepancies?: Discrepancy[];
  reports?: number;
}
export interface ScoreSummary {
  files: number;
  skipped: number;
  expected: number;
  found: number;
  falsePositives: number;
  fixExpected: number;
  fixVerified: number;
  recall: number;
  precision: number;
  categories: Record<string, { expected: number; found: number; fixExpected: number; fixVerified: number }>;
}
export function createCorpusScorer(options: Pick<Toolchain, 'Linter' | 'espree' | 'tsParser'> & { plugin: PluginLike }): {
  scoreFile(entry: LabelledFile): FileScore;
};
export function summarizeScores(results: FileScore[]): ScoreSummary;
export function formatScores(summary: ScoreSummary): string;
