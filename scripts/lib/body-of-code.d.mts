import type { SourceFile } from './source-files.mjs';

export const BENCH_PACKAGES: string[];
export const BENCH_CORPUS_DIR: string;
export function ensureInstalled(dir: string, specs: string[], options?: { log?: (message: string) => void; npmArgs?: string[] }): boolean;
export function benchFiles(options?: { limit?: number; perPackage?: number; projectOnly?: boolean }): SourceFile[];
