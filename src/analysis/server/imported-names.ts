/**
 * A text test for files that write CORS headers under names imported from a
 * module of the project (`ACAO` imported from a constants module, then
 * `res.setHeader(ACAO, ORIGIN)` or `res.set({ [H.ACAO]: '*' })`): their own
 * text never spells `access-control-`. Bounded and cheap: the file's text is
 * scanned for a header setter whose name is a bare name, that name must be
 * imported from a relative (or tsconfig `paths`) module (`projectNames`, read
 * from the file's top-level imports), and only then is that module's text
 * read (never parsed) for a CORS header name.
 */
import { moduleTextMatches } from '../core/module-files.js';
import { CORS_HEADER_TEXT } from './header-names.js';

/**
 * A header name written as a name rather than a string: the first argument of
 * a name-value setter (`res.setHeader(ACAO,`, `headers.set(H.ACAO,`, h3
 * `setResponseHeader(event, ACAO,`), or a computed key (`[ACAO]:`).
 */
const NAMED_HEADER = /\.(?:setHeader|set|header|append|appendHeader)\(\s*([A-Za-z_$][\w$]*)\s*[.,]|setResponseHeader\(\s*[\w$.]+\s*,\s*([A-Za-z_$][\w$]*)\s*[.,]|\[\s*([A-Za-z_$][\w$]*)(?:\s*\.\s*[A-Za-z_$][\w$]*)?\s*\]\s*:/g;

/** Most named header writes, and most modules, looked at in one file. */
const MAX_NAMES = 32;
const MAX_MODULES = 3;

/**
 * True when the file may write CORS headers under names imported from a
 * module of the project whose text holds a CORS header name. `projectNames`
 * maps each name the file imports from a module of the project to that module.
 */
export function writesImportedHeaderNames(text: string, filename: string, projectNames: ReadonlyMap<string, string>): boolean {
  const specifiers = new Set<string>();
  let names = 0;
  NAMED_HEADER.lastIndex = 0;
  for (let match = NAMED_HEADER.exec(text); match !== null && names < MAX_NAMES && specifiers.size < MAX_MODULES; match = NAMED_HEADER.exec(text)) {
    names++;
    const specifier = projectNames.get((match[1] ?? match[2] ?? match[3])!);
    if (specifier !== undefined) specifiers.add(specifier);
  }
  NAMED_HEADER.lastIndex = 0;
  return [...specifiers].some((specifier) => moduleTextMatches(filename, specifier, CORS_HEADER_TEXT));
}
