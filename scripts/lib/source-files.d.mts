export interface SourceFile {
  file: string;
  size: number;
  pkg: string;
}
export interface InstalledPackage {
  name: string;
  version: string;
  dir: string;
}
export const SOURCE_EXTENSIONS: RegExp;
export const MAX_FILE_BYTES: number;
export function listPackages(nodeModulesDirs: string[]): InstalledPackage[];
export function listPackageFiles(pkgDir: string, options?: { maxBytes?: number }): Array<{ file: string; size: number }>;
export function spread<T>(items: T[], count: number): T[];
export function collectSourceFiles(
  nodeModulesDirs: string[],
  options?: { perPackage?: number; limit?: number; maxBytes?: number; include?: (pkg: InstalledPackage) => boolean },
): SourceFile[];
