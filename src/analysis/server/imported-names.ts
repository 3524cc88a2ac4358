/**
 * A text test for files that write CORS headers under names imported from a
 * module of the project (`ACAO` imported from a constants module, then
 * `res.setHeader(ACAO, ORIGIN)` or `res.set({ [H.ACAO]: '*' })`): their own
 * text never spells `access-control-`. Bounded and cheap: the file's text is
 * scanned for a header setter whose name is a bare name, that name must be
 * imported from a relative (or tsconfig `paths`) module, and only then is that
 * module's text read (never parsed) for a CORS header name.
 */
import { moduleTextMatches } from '../core/module-files.js';
import { CORS_HEADER_TEXT } from './header-names.js';

/**
 * A header name written as a name rather than a string: the first argument of
 * a name-value setter (`res.setHeader(ACAO,`, `headers.set(H.ACAO,`, h3
 * `setResponseHeader(event, ACAO,`), or a computed key (`[ACAO]:`).
 */
const NAMED_HEADER = /\.(?:setHeader|set|header|append|appendHeader)\(\s*([A-Za-z_$][\w$]*)\s*[.,]|setResponseHeader\(\s*[\w$.]+\s*,\s*([A-Za-z_$][\w$]*)\s*[.,]|\[\s*([A-Za-z_$][\w$]*)(?:\s*\.\s*[A-Za-z_$][\w$]*)?\s*\]\s*:/g;

/** Imports and requires of the project's own modules, with the names they bind. */
const PROJECT_IMPORT = /\bimport\s+([^;'"]*?)\s+from\s*['"]((?:\.{1,2}|[@~])\/[^'"]+)['"]|\b(?:const|let|var)\s+([^=;]+?)=\s*require\(\s*['"]((?:\.{1,2}|[@~])\/[^'"]+)['"]\s*\)/g;

const IDENTIFIER = /[A-Za-z_$][\w$]*/g;

/** Most named header writes, and most modules, looked at in one file. */
const MAX_NAMES = 32;
const MAX_MODULES = 3;

/** The names a file's header setters use, or an empty set. */
function namedHeaders(text: string): Set<string> {
  const names = new Set<string>();
  NAMED_HEADER.lastIndex = 0;
  for (let match = NAMED_HEADER.exec(text); match !== null && names.size < MAX_NAMES; match = NAMED_HEADER.exec(text)) {
    names.add((match[1] ?? match[2] ?? match[3])!);
  }
  NAMED_HEADER.lastIndex = 0;
  return names;
}

/** The modules of the project that bind one of `names`, in the order they are imported. */
function modulesBinding(text: string, names: ReadonlySet<string>): string[] {
  const specifiers: string[] = [];
  PROJECT_IMPORT.lastIndex = 0;
  for (let match = PROJECT_IMPORT.exec(text); match !== null && specifiers.length < MAX_MODULES; match = PROJECT_IMPORT.exec(text)) {
    const clause = match[1] ?? match[3] ?? '';
    const specifier = (match[2] ?? match[4])!;
    if (!specifiers.includes(specifier) && (clause.match(IDENTIFIER) ?? []).some((name) => names.has(name))) specifiers.push(specifier);
  }
  PROJECT_IMPORT.lastIndex = 0;
  return specifiers;
}

/**
 * True when the file may write CORS headers under names imported from a
 * module of the project whose text holds a CORS header name.
 */
export function writesImportedHeaderNames(text: string, filename: string): boolean {
  if (!text.includes('/')) return false;
  const names = namedHeaders(text);
  if (names.size === 0) return false;
  return modulesBinding(text, names).some((specifier) => moduleTextMatches(filename, specifier, CORS_HEADER_TEXT));
}
