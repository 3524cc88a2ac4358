import type { ESLint, Linter } from 'eslint';

export type SourceKind = 'ts' | 'module' | 'commonjs';
export interface Toolchain {
  ESLint: typeof ESLint;
  Linter: typeof Linter;
  espree: unknown;
  tsParser: Linter.Parser;
  versions: { eslint: string; espree: string; tsParser: string };
}
export interface PluginLike {
  meta?: { name?: string; version?: string };
  rules?: Record<string, unknown>;
  configs?: Record<string, unknown>;
}
export const PROJECT_ROOT: string;
export const SOURCE_FILES: string[];
export function loadToolchain(root?: string): Promise<Toolchain>;
export function loadBuiltPlugin(root?: string): Promise<PluginLike>;
export function detectKind(espree: unknown, file: string, text: string): SourceKind | null;
export function languageOptionsFor(kind: SourceKind, tsParser: Linter.Parser): Linter.LanguageOptions;
export function configRules(plugin: PluginLike, configName: string): Record<string, Linter.RuleEntry>;
export function flatConfigFor(options: {
  kind: SourceKind;
  tsParser: Linter.Parser;
  plugin: PluginLike | null;
  configName?: string;
  rules?: Record<string, Linter.RuleEntry>;
  settings?: Record<string, unknown>;
}): Linter.Config[];
export function pluginMessages(messages: Linter.LintMessage[]): Linter.LintMessage[];
export function describeMachine(os: unknown, versions: Toolchain['versions'], plugin: PluginLike): Promise<Record<string, string | number>>;
