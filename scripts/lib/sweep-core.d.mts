import type { PluginLike, SourceKind, Toolchain } from './lint-setup.mjs';

export interface SweepResult {
  filename: string;
  kind: SourceKind | null;
  skipped: string | null;
  crash: string | null;
  reports: number;
  rules: Record<string, number>;
  fixable: number;
  fixesApplied: number;
  fixed: boolean;
  reparseError: string | null;
  notIdempotent: boolean;
  unconverged: number;
  newRuleKinds: string[];
  suggestions: number;
  badSuggestions: string[];
  messages?: import('eslint').Linter.LintMessage[];
  output?: string;
  secondOutput?: string;
}
export interface SweepSummary {
  files: number;
  swept: number;
  skipped: number;
  filesWithReports: number;
  reports: number;
  filesWithFixes: number;
  fixesApplied: number;
  suggestionsChecked: number;
  crashes: string[];
  reparseErrors: string[];
  notIdempotent: string[];
  unconverged: string[];
  badSuggestions: string[];
  newRuleKinds: string[];
  rules: Record<string, number>;
}
export function createSweeper(options: Pick<Toolchain, 'Linter' | 'tsParser'> & { plugin: PluginLike; configName?: string }): {
  sweep(text: string, filename: string, options?: { kind?: SourceKind; settings?: Record<string, unknown> }): SweepResult;
};
export function summarizeSweep(results: SweepResult[]): SweepSummary;
