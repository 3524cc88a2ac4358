export interface PlannedFile {
  path: string;
  content: string;
}
export interface NewRulePlan {
  /** Files the rule owns, created from templates. */
  create: PlannedFile[];
  /** Existing files changed to register it. */
  update: PlannedFile[];
}
export function camelName(name: string): string;
export function rulePaths(name: string): { rule: string; test: string; doc: string };
export function nameProblem(name: string, root?: string): string | null;
export function registerRule(indexText: string, name: string): string;
export function registerRuleName(indexText: string, name: string): string;
export function planNewRule(name: string, root?: string): NewRulePlan;
export function writePlan(plan: NewRulePlan, root?: string): void;
